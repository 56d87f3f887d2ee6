import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { actions, OTHER_BAG, registerFacts, type ResolvedEncounter } from '../../../core';
import { selectDispatch, selectEncounter } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { usDate } from '../../format';
import { NumberField } from '../shared/NumberField';
import { useFormats } from '../../i18n/formats';

/** One bag in will-call as the register lists it. */
interface Bag {
  id: string;
  label: string;
  copay?: number;
}

/** The register at pick-up: the bags pulled, the screen's total, the payment, the photo ID and the signature. */
export function RegisterBlock({ scenario }: { scenario: ResolvedEncounter }) {
  const { t } = useTranslation();
  const { money } = useFormats();
  const dispatch = useAppStore(selectDispatch);
  const register = useAppStore((s) => selectEncounter(s)?.register);
  const bagged = useAppStore(
    useShallow((s) =>
      Object.values(selectEncounter(s)?.rx ?? {})
        .filter((p) => p.status === 'verified')
        .map((p) => p.id),
    ),
  );
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | undefined>();
  const facts = registerFacts(scenario, bagged);
  if (!scenario.register || !register || facts === null || bagged.length === 0) return null;
  const bags: Bag[] = scenario.prescriptions
    .filter((p) => bagged.includes(p.id))
    .map((p) => ({
      id: p.id,
      label: t('register.bag', { name: p.patientName, drug: p.drugAsWritten }),
      ...(p.copay !== undefined ? { copay: p.copay } : {}),
    }));
  const other = scenario.register.otherBag;
  // The extra bag sits among the patient's, as it would in the will-call bin.
  if (other)
    bags.splice(1, 0, {
      id: OTHER_BAG,
      label: `${t('register.bag', { name: other.name, drug: other.drug })} (${t('register.born', { date: usDate(other.dateOfBirth) })})`,
    });
  const collect = () => {
    const n = Number(amount.replace(/[$,\s]/g, ''));
    if (amount.trim() === '' || !Number.isFinite(n)) return setError(t('register.notANumber'));
    setError(undefined);
    dispatch(actions.collectPayment(n));
  };
  return (
    <section className="panel-block" aria-labelledby="register-heading">
      <h3 id="register-heading">{t('register.heading')}</h3>
      <h4>{t('register.bags')}</h4>
      <ul className="register-bags">
        {bags.map((b) => {
          const away = b.id === OTHER_BAG && register.bagSetAside;
          return (
            <li key={b.id}>
              {b.label}
              {b.copay !== undefined ? ` — ${t('register.copay', { amount: money(b.copay) })}` : ''}{' '}
              {away ? (
                <span className="status-done">({t('register.putBackDone')})</span>
              ) : (
                <button type="button" className="btn btn-quiet" onClick={() => dispatch(actions.setAsideBag(b.id))}>
                  {t('register.putBack')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="register-screen">{t('register.screenTotal', { amount: money(scenario.register.shownTotal ?? facts.total) })}</p>
      {register.paid === null ? (
        <div className="btn-row">
          <NumberField label={t('register.amount')} name="register-amount" value={amount} onChange={setAmount} error={error} decimal />
          <button type="button" className="btn" onClick={collect}>
            {t('register.collect')}
          </button>
        </div>
      ) : (
        <p className="status-done">{t('register.paid', { amount: money(register.paid) })}</p>
      )}
      <div className="btn-row">
        {register.idChecked ? (
          <p className="status-done">{t('register.photoIdDone')}</p>
        ) : (
          <button type="button" className="btn" onClick={() => dispatch(actions.checkPhotoId())}>
            {t('register.photoId')}
          </button>
        )}
        {register.signed ? (
          <p className="status-done">{t('register.signed')}</p>
        ) : (
          <button type="button" className="btn" onClick={() => dispatch(actions.signPickupLog())}>
            {t('register.sign')}
          </button>
        )}
      </div>
    </section>
  );
}
