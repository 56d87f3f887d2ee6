import { textIn, type Action, type ActionType, type ResolvedEncounter } from '../../core';
import { labelLanguageWords } from '../panels/label/labelLanguageWords';

type Words = { [T in ActionType]: (action: Extract<Action, { type: T }>, scenario: ResolvedEncounter) => string };

const onRx = (rx: string) => ` (${rx})`;

/** Each kind of action as one short line of what the student did; typed so a new action cannot go without words. */
const WORDS: Words = {
  confirmIdentity: (a) => `Confirmed the identity at ${a.stage === 'dropoff' ? 'drop-off' : 'pick-up'}`,
  acceptPrescription: (a) => `Accepted the prescription${onRx(a.rx)}`,
  flagProblem: (a) => `Flagged a problem: ${a.code}${a.rx ? onRx(a.rx) : ' (the whole encounter)'}`,
  enterPrescription: (a) => `Submitted data entry${onRx(a.rx)}: ${a.entry.sig}, quantity ${a.entry.quantity}, ${a.entry.daysSupply} days`,
  selectProduct: (a, s) => `Took ${productName(s, a.productId)}${a.lot ? `, lot ${a.lot},` : ''} from the shelf${onRx(a.rx)}`,
  returnProduct: (a) => `Put the bottle back${onRx(a.rx)}`,
  scanProduct: (a) => `Scanned the bottle${onRx(a.rx)}`,
  countProduct: (a) => `Placed ${a.quantity} in the vial${onRx(a.rx)}`,
  printLabel: (a) =>
    `Printed the label${a.auxiliaryLabels.length ? ` with ${a.auxiliaryLabels.join(', ')}` : ''}${a.beyondUseDate ? `, discard after ${a.beyondUseDate}` : ''}${onRx(a.rx)}`,
  submitForVerification: (a) => `Handed the basket to the pharmacist${onRx(a.rx)}`,
  offerCounseling: () => 'Offered counseling by the pharmacist',
  respondToQuestion: (a, s) => `${a.response === 'refer' ? 'Referred to the pharmacist' : 'Answered'}: “${lineText(s, a.question)}”`,
  handOut: () => 'Handed out the bag',
  endEncounter: () => 'Ended the encounter',
  chooseLabelLanguage: (a) => `${labelLanguageWords.chose(a.language)}${onRx(a.rx)}`,
  tellPharmacist: () => 'Told the pharmacist about the error',
  keepWrongProduct: (a) => `Wrong product: ${a.choice}`,
  contactPatient: () => 'Called the patient with the pharmacist',
  fileErrorReport: (a) => `Filed the error report (reached the patient: ${a.report.reachedPatient ? 'yes' : 'no'})`,
  lookUpRx: (a) => `Looked the prescription up${onRx(a.rx)}`,
  answerCall: (a) => `Dealt with the call: ${a.decision}`,
  collectPayment: (a) => `Collected $${a.amount.toFixed(2)}`,
  signPickupLog: () => 'Got the signature for the pick-up log',
  checkPhotoId: () => 'Checked and recorded the photo ID',
  setAsideBag: (a) => `Put a bag back in will-call (${a.bag})`,
  reportShortage: (a) => `Told the pharmacist the shelf is short (${a.resolution})${onRx(a.rx)}`,
  reconstitute: (a) => `Added ${a.waterMl} mL of water in ${a.portions} portions${onRx(a.rx)}`,
  checkToteLine: (a) => `Checked tote line ${a.line} against the invoice: ${a.verdict}`,
  putAway: (a) => `Put tote line ${a.line} away`,
  reportDiscrepancy: (a) => `Reported a discrepancy on tote line ${a.line}`,
  handToPharmacist: (a) => `Handed tote line ${a.line} to the pharmacist for check-in`,
  pullExpired: (a) => `Pulled expired lot ${a.lot} into quarantine`,
};

function productName(scenario: ResolvedEncounter, id: string): string {
  const p = scenario.products.get(id);
  return p ? `${p.tallMan ?? p.generic} ${p.strength}` : id;
}

function lineText(scenario: ResolvedEncounter, id: string): string {
  const line = [...scenario.dialogue.dropOff, ...scenario.dialogue.pickUp].find((l) => l.id === id);
  return line === undefined ? id : textIn(line.text, 'en');
}

/** What the student did in one action, in plain words (shown as text, never HTML). */
export function actionWords(action: Action, scenario: ResolvedEncounter): string {
  return (WORDS[action.type] as (a: Action, s: ResolvedEncounter) => string)(action, scenario);
}
