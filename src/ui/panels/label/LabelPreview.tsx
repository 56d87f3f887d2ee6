import { useTranslation } from 'react-i18next';
import { fullProductName } from '../../../state/productNames';
import { addDays, prescriberName, refillWords, usDate } from '../../format';
import { PHARMACY, rxNumber } from '../../pharmacy';
import { unitWords } from '../counting/countingKind';
import { sigPreview } from '../shared/sigPreview';
import type { LabelLanguage, Prescription, ResolvedEncounter, RxEntry } from '../../../core';

/**
 * The vial label as it will print, built from what was entered (so entry mistakes show up here too).
 * The label prints in the label's language, the one the student chose at the printer, not the
 * screen's: the label is what the patient takes home. The screen's own words (its name, a warning) stay the screen's.
 */
export function LabelPreview({
  scenario,
  rx,
  entry,
  auxiliary,
  language,
}: {
  scenario: ResolvedEncounter;
  rx: Prescription;
  entry: RxEntry;
  auxiliary: string[];
  language: LabelLanguage;
}) {
  const { t: screen } = useTranslation();
  const { t } = useTranslation(undefined, { lng: language });
  const product = scenario.products.get(entry.productId);
  const directions = sigPreview(entry.sig, product?.dispenseUnit, language);
  const controlled = product?.schedule === 'II' || product?.schedule === 'III' || product?.schedule === 'IV';
  const { patient } = scenario;
  return (
    <figure className="vial-label" aria-label={screen('label.preview')}>
      <p className="vial-label-pharmacy">
        <strong>{PHARMACY.name}</strong> · {PHARMACY.address} · {PHARMACY.phone}
      </p>
      <p className="vial-label-row">
        <span>Rx {rxNumber(scenario.id, rx.id)}</span> <span>{t('label.filled', { date: usDate(scenario.today) })}</span>
      </p>
      <p className="vial-label-patient">{`${patient.firstName} ${patient.lastName}`.toUpperCase()}</p>
      <p className="vial-label-directions" lang={language}>
        {directions && 'text' in directions ? directions.text : entry.sig}
      </p>
      {directions && 'error' in directions && (
        <p className="field-error">
          <span aria-hidden="true">⚠ </span>
          {screen('label.unreadable')}
        </p>
      )}
      <p className="vial-label-drug">{product ? fullProductName(product) : entry.productId}</p>
      <p className="vial-label-row">
        <span>{t('label.qty', { n: entry.quantity, unit: product ? unitWords(product, entry.quantity, t) : '' })}</span>
        <span>{t('label.remaining', { refills: refillWords(entry.refills, t) })}</span>
      </p>
      <p className="vial-label-row">
        <span>{t('label.prescriber', { name: prescriberName(rx.prescriber) })}</span>
        {product?.inUseDays && <span>{t('label.discard', { date: usDate(addDays(scenario.today, product.inUseDays)) })}</span>}
      </p>
      {product && <p className="vial-label-small">NDC {product.ndc}</p>}
      {controlled && <p className="vial-label-caution">{t('label.caution')}</p>}
      {auxiliary.length > 0 && (
        <ul className="vial-label-aux" aria-label={screen('label.auxiliary')}>
          {auxiliary.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
