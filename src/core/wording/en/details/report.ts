import type { ReportGap, ReportHidden } from '../../../engine/resultParams';
import type { ErrorKind } from '../../../scenario/errorDiscoveredSchema';
import type { DetailSlice } from '../../catalogue';
import type { ReportCode } from '../../families';
import { capital, listPhrase, productName } from '../phrases';

/** Each kind of error as a sentence names it. */
export const ERROR_KIND_NAMES: Record<ErrorKind, string> = {
  wrongDrug: 'the wrong drug',
  wrongStrength: 'the wrong strength',
  wrongQuantity: 'the wrong quantity',
  wrongDirections: 'the wrong directions',
  wrongPatient: 'the wrong patient',
  labellingError: 'a labelling error',
};

const HIDDEN: Record<ReportHidden, string> = {
  reachedPatient: 'says the error did not reach the patient, when it did',
  dispensed: 'does not name the product that was actually dispensed',
};

const GAPS: Record<ReportGap, string> = {
  kind: 'what kind of error it was',
  foundBy: 'how it was found',
  reachedPatient: 'whether it reached the patient',
  factors: 'a contributing factor that fits what happened',
  prevention: 'how to prevent it next time',
};

/** The pharmacist's category, with what it means (pharmacy-rules.md §13.1). */
const category = (c: string, reached: boolean): string =>
  `The pharmacist assigns NCC MERP category ${c} (${reached ? 'it reached the patient' : 'it did not reach the patient'}).`;

/** Owning a mistake: telling, keeping the product, calling the patient, and the report. */
export const REPORT_DETAILS: DetailSlice<ReportCode> = {
  'error.nothingToOwn': () => 'There is no error to report in this encounter.',
  'error.told': (p) =>
    p.madeBy === 'you'
      ? 'You told the pharmacist about your error straight away.'
      : "You told the pharmacist straight away, though the fill was a colleague's.",
  'error.tell.missed': () => 'The pharmacist was never told about the error.',
  'error.quarantined': (p) => `You set ${productName(p.product)} aside in quarantine for the pharmacist.`,
  'error.reshelved': (p) => `You put ${productName(p.product)} back on the shelf, where it can be dispensed again.`,
  'error.discarded': (p) => `You threw ${productName(p.product)} away, and with it the evidence the pharmacist needs.`,
  'error.keep.missed': () => 'The wrong product was never set aside for the pharmacist.',
  'error.contacted': (p) =>
    p.taken
      ? 'You helped the pharmacist call the patient, who has already taken some of it.'
      : 'You helped the pharmacist call the patient before they took any of it.',
  'error.contact.notNeeded': (p) =>
    p.reason === 'productWithPatient'
      ? `${capital(productName(p.product))} is at the patient's home, not in the pharmacy: call the patient instead.`
      : p.reason === 'patientHere'
        ? 'The patient is here at the counter: no call is needed.'
        : 'The wrong product never left the pharmacy: there is no patient to call.',
  'error.contact.missed': () => 'Nobody called the patient who took the wrong medicine home.',
  'report.honest': (p) =>
    `Your report says plainly what happened: ${ERROR_KIND_NAMES[p.kind]}, ${productName(p.dispensed)} dispensed. ${category(p.harmCategory, p.reachedPatient)}`,
  'report.incomplete': (p) =>
    `Your report is honest but leaves out or gets wrong ${listPhrase(p.missing.map((g) => GAPS[g]))}. ${category(p.harmCategory, p.reachedPatient)}`,
  'report.hides': (p) =>
    `Your report ${listPhrase(p.hidden.map((h) => HIDDEN[h]))}: ${productName(p.dispensed)} was dispensed${p.reachedPatient ? ' and reached the patient' : ''}. ${category(p.harmCategory, p.reachedPatient)}`,
  'report.blame': () => 'Your report puts the blame on a colleague.',
  'report.alreadyFiled': () => 'You already filed the error report.',
  'report.missed': () => 'No error report was filed.',
};
