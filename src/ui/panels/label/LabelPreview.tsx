import { fullProductName } from '../../../state/productNames';
import { addDays, prescriberName, refillWords, usDate } from '../../format';
import { PHARMACY, rxNumber } from '../../pharmacy';
import { unitWords } from '../counting/countingKind';
import { sigPreview } from '../shared/sigPreview';
import type { LabelLanguage, Prescription, ResolvedEncounter, RxEntry } from '../../../core';

const CAUTION = 'Caution: Federal law prohibits the transfer of this drug to any person other than the patient for whom it was prescribed.';

/**
 * The vial label as it will print, built from what was entered (so entry mistakes show up here too).
 * The directions are in the label's language, the one the student chose at the printer, not the
 * screen's: the label is what the patient takes home.
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
  const product = scenario.products.get(entry.productId);
  const directions = sigPreview(entry.sig, product?.dispenseUnit, language);
  const controlled = product?.schedule === 'II' || product?.schedule === 'III' || product?.schedule === 'IV';
  const { patient } = scenario;
  return (
    <figure className="vial-label" aria-label="Label preview">
      <p className="vial-label-pharmacy">
        <strong>{PHARMACY.name}</strong> · {PHARMACY.address} · {PHARMACY.phone}
      </p>
      <p className="vial-label-row">
        <span>Rx {rxNumber(scenario.id, rx.id)}</span> <span>Filled {usDate(scenario.today)}</span>
      </p>
      <p className="vial-label-patient">{`${patient.firstName} ${patient.lastName}`.toUpperCase()}</p>
      <p className="vial-label-directions" lang={language}>
        {directions && 'text' in directions ? directions.text : entry.sig}
      </p>
      {directions && 'error' in directions && (
        <p className="field-error">
          <span aria-hidden="true">⚠ </span>These directions could not be turned into plain words; the label would print the abbreviations.
        </p>
      )}
      <p className="vial-label-drug">{product ? fullProductName(product) : entry.productId}</p>
      <p className="vial-label-row">
        <span>
          Qty: {entry.quantity} {product ? unitWords(product, entry.quantity) : ''}
        </span>
        <span>{refillWords(entry.refills)} remaining</span>
      </p>
      <p className="vial-label-row">
        <span>Prescriber: {prescriberName(rx.prescriber)}</span>
        {product?.inUseDays && <span>Discard after {usDate(addDays(scenario.today, product.inUseDays))}</span>}
      </p>
      {product && <p className="vial-label-small">NDC {product.ndc}</p>}
      {controlled && <p className="vial-label-caution">{CAUTION}</p>}
      {auxiliary.length > 0 && (
        <ul className="vial-label-aux" aria-label="Auxiliary labels">
          {auxiliary.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
