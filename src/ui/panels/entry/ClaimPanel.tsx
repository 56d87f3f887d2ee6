import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actions,
  hasSecondary,
  profileBilling,
  rejectMessage,
  rejectOf,
  RESOLUTIONS,
  type ClaimBilling,
  type Payer,
  type Prescription,
  type ResolvedEncounter,
  type RxProgress,
} from '../../../core';
import { selectDispatch } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { useFormats } from '../../i18n/formats';

/** The card the patient hands over for one payer: the plan's routing numbers and the member as printed. */
function Card({ scenario, payer }: { scenario: ResolvedEncounter; payer: Payer }) {
  const { t } = useTranslation();
  const insurance = scenario.patient.insurance;
  const member = payer === 'plan' ? insurance : insurance?.secondary;
  const plan = member?.planId === undefined ? undefined : scenario.planById?.get(member.planId);
  if (!insurance || !member || !plan) return null;
  const card = payer === 'plan' ? insurance.card : undefined;
  return (
    <div className="claim-card">
      <h4>{payer === 'plan' ? t('claim.cardHeading') : t('claim.secondaryCardHeading')}</h4>
      <p>{t('claim.plan', { name: plan.name })}</p>
      <p>{t('claim.bin', { bin: plan.bin, pcn: plan.pcn ?? '—', group: plan.group ?? '—' })}</p>
      <p>{t('claim.member', { id: card?.memberId ?? member.memberId, personCode: card?.personCode ?? member.personCode })}</p>
    </div>
  );
}

/** The plan's last answer as a real plan screen shows it: PAID with the copay, or REJECTED with the code and message. */
function Response({ progress }: { progress: RxProgress }) {
  const { t } = useTranslation();
  const { money } = useFormats();
  const response = progress.claim?.response;
  if (!response) return null;
  const reject = rejectOf(response);
  return (
    <div className="claim-response system-screen" role="status">
      <h4>{t('claim.responseHeading')}</h4>
      <p className={reject ? 'claim-rejected' : 'claim-paid'}>
        {response.status === 'paid'
          ? t('claim.paid', { copay: money(response.copay), tier: response.tier })
          : t('claim.rejected', { code: reject!.code, message: rejectMessage(reject!) })}
      </p>
    </div>
  );
}

/** The claim sub-step of data entry: the cards, the billing fields, the plan's response and the answers to a reject. */
export function ClaimPanel({ scenario, rx, progress }: { scenario: ResolvedEncounter; rx: Prescription; progress: RxProgress }) {
  const { t } = useTranslation();
  const dispatch = useAppStore(selectDispatch);
  const id = useId();
  const [billing, setBilling] = useState<ClaimBilling>(() => profileBilling(scenario, rx));
  const set = (patch: Partial<ClaimBilling>) => setBilling((b) => ({ ...b, ...patch }));
  const choosePayer = (payer: Payer) => {
    const fresh = profileBilling(scenario, rx, payer);
    setBilling((b) => ({ ...b, payer, memberId: fresh.memberId, personCode: fresh.personCode }));
  };
  const claim = progress.claim;
  const reject = claim ? rejectOf(claim.response) : undefined;
  const open = progress.status !== 'held' && !claim?.settled;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    dispatch(actions.submitClaim(rx.id, billing));
  };
  const npiOnFile = rx.prescriber.npiOnFile ?? rx.prescriber.npi;
  const field = (key: 'memberId' | 'personCode' | 'dateOfBirth' | 'prescriberNpi') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`claim.${key}`)}</label>
      <input id={`${id}-${key}`} type="text" autoComplete="off" value={billing[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </div>
  );

  return (
    <section className="panel-block claim-panel" aria-label={t('claim.heading')}>
      <h3>{t('claim.heading')}</h3>
      <div className="claim-cards">
        <Card scenario={scenario} payer="plan" />
        {hasSecondary(scenario) && <Card scenario={scenario} payer="secondary" />}
        {npiOnFile !== undefined && (
          <div className="claim-card">
            <h4>{t('claim.registryHeading')}</h4>
            <p>
              {t('claim.registry', {
                name: `${rx.prescriber.firstName} ${rx.prescriber.lastName}, ${rx.prescriber.credentials}`,
                npi: npiOnFile,
              })}
            </p>
          </div>
        )}
      </div>
      {open && (
        <form className="system-screen claim-form" onSubmit={submit} noValidate aria-label={t('claim.heading')}>
          {hasSecondary(scenario) && (
            <fieldset className="field">
              <legend>{t('claim.payerLegend')}</legend>
              {(['plan', 'secondary'] as const).map((payer) => (
                <label key={payer} className="radio">
                  <input type="radio" name={`${id}-payer`} checked={billing.payer === payer} onChange={() => choosePayer(payer)} />{' '}
                  {t(`claim.payer.${payer}`)}
                </label>
              ))}
            </fieldset>
          )}
          <div className="field-grid">
            {field('memberId')}
            {field('personCode')}
            {field('dateOfBirth')}
            {field('prescriberNpi')}
          </div>
          <button type="submit" className="btn btn-primary">
            {t('claim.submit')}
          </button>
        </form>
      )}
      <Response progress={progress} />
      {open && reject && (
        <fieldset className="claim-resolutions">
          <legend>{t('claim.resolveLegend')}</legend>
          {RESOLUTIONS.map((r) => (
            <button key={r} type="button" className="btn" onClick={() => dispatch(actions.resolveClaim(rx.id, r))}>
              {t(`claim.resolutions.${r}`)}
            </button>
          ))}
        </fieldset>
      )}
      {claim?.settled && <p className="status-done">{t(`claim.settled.${claim.settled}`)}</p>}
      {progress.status === 'held' && claim && <p className="hint">{t('claim.held')}</p>}
    </section>
  );
}
