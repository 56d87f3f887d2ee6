import type { Action, ActionType, ResolvedEncounter } from '../../core';

type Words = { [T in ActionType]: (action: Extract<Action, { type: T }>, scenario: ResolvedEncounter) => string };

const onRx = (rx: string) => ` (${rx})`;

/** Each kind of action as one short line of what the student did; typed so a new action cannot go without words. */
const WORDS: Words = {
  confirmIdentity: (a) => `Confirmed the identity at ${a.stage === 'dropoff' ? 'drop-off' : 'pick-up'}`,
  acceptPrescription: (a) => `Accepted the prescription${onRx(a.rx)}`,
  flagProblem: (a) => `Flagged a problem: ${a.code}${a.rx ? onRx(a.rx) : ' (the whole encounter)'}`,
  enterPrescription: (a) => `Submitted data entry${onRx(a.rx)}: ${a.entry.sig}, quantity ${a.entry.quantity}, ${a.entry.daysSupply} days`,
  selectProduct: (a, s) => `Took ${productName(s, a.productId)} from the shelf${onRx(a.rx)}`,
  returnProduct: (a) => `Put the bottle back${onRx(a.rx)}`,
  scanProduct: (a) => `Scanned the bottle${onRx(a.rx)}`,
  countProduct: (a) => `Placed ${a.quantity} in the vial${onRx(a.rx)}`,
  printLabel: (a) => `Printed the label${a.auxiliaryLabels.length ? ` with ${a.auxiliaryLabels.join(', ')}` : ''}${onRx(a.rx)}`,
  submitForVerification: (a) => `Handed the basket to the pharmacist${onRx(a.rx)}`,
  offerCounseling: () => 'Offered counseling by the pharmacist',
  respondToQuestion: (a, s) => `${a.response === 'refer' ? 'Referred to the pharmacist' : 'Answered'}: “${lineText(s, a.question)}”`,
  handOut: () => 'Handed out the bag',
  endEncounter: () => 'Ended the encounter',
  submitClaim: (a) => `Submitted the insurance claim to the ${a.billing.payer === 'plan' ? "profile's plan" : 'second plan'}${onRx(a.rx)}`,
  resolveClaim: (a) => `Answered the rejected claim: ${a.resolution}${onRx(a.rx)}`,
};

function productName(scenario: ResolvedEncounter, id: string): string {
  const p = scenario.products.get(id);
  return p ? `${p.tallMan ?? p.generic} ${p.strength}` : id;
}

function lineText(scenario: ResolvedEncounter, id: string): string {
  return [...scenario.dialogue.dropOff, ...scenario.dialogue.pickUp].find((l) => l.id === id)?.text ?? id;
}

/** What the student did in one action, in plain words (shown as text, never HTML). */
export function actionWords(action: Action, scenario: ResolvedEncounter): string {
  return (WORDS[action.type] as (a: Action, s: ResolvedEncounter) => string)(action, scenario);
}
