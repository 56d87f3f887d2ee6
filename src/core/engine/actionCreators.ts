import type { ClaimBilling } from '../claims/planRecord';
import type { Resolution } from '../claims/rejectCodes';
import type { FindingCode } from '../findings/codes';
import type { LabelLanguage } from '../scenario/labelLanguage';
import type { Action, ActionInput, ActionInputOf, ActionType, CallDecision, ErrorReport, RxEntry } from './actions';
import type { ShortageResolution } from '../scenario/encounterSchema';
import type { ToteVerdict } from '../scenario/deliverySchema';

/** Who is at the window when identity is checked. */
type Stage = ActionInputOf<'confirmIdentity'>['stage'];

/**
 * The one way to build an action outside the engine: the UI, the expert solver and the tests all
 * call these, so an action's shape is written once. They leave `at` off; the caller stamps it.
 */
export const actions = {
  confirmIdentity: (stage: Stage) => ({ type: 'confirmIdentity', stage }),
  acceptPrescription: (rx: string) => ({ type: 'acceptPrescription', rx }),
  /** No rx flags the encounter as a whole; an empty note is left out. */
  flagProblem: (code: FindingCode, about: { rx?: string | undefined; note?: string | undefined } = {}) => ({
    type: 'flagProblem',
    code,
    ...(about.rx !== undefined ? { rx: about.rx } : {}),
    ...(about.note ? { note: about.note } : {}),
  }),
  enterPrescription: (rx: string, entry: RxEntry) => ({ type: 'enterPrescription', rx, entry }),
  /** Without a lot the front bottle is taken. */
  selectProduct: (rx: string, productId: string, lot?: string) => ({
    type: 'selectProduct',
    rx,
    productId,
    ...(lot === undefined ? {} : { lot }),
  }),
  returnProduct: (rx: string) => ({ type: 'returnProduct', rx }),
  scanProduct: (rx: string) => ({ type: 'scanProduct', rx }),
  countProduct: (rx: string, quantity: number) => ({ type: 'countProduct', rx, quantity }),
  /** The beyond-use date only on a reconstituted suspension's label. */
  printLabel: (rx: string, auxiliaryLabels: readonly string[], beyondUseDate?: string) => ({
    type: 'printLabel',
    rx,
    auxiliaryLabels: [...auxiliaryLabels],
    ...(beyondUseDate === undefined ? {} : { beyondUseDate }),
  }),
  submitForVerification: (rx: string) => ({ type: 'submitForVerification', rx }),
  offerCounseling: () => ({ type: 'offerCounseling' }),
  respondToQuestion: (question: string, response: 'answer' | 'refer', said?: string) => ({
    type: 'respondToQuestion',
    question,
    response,
    ...(said === undefined ? {} : { said }),
  }),
  handOut: () => ({ type: 'handOut' }),
  endEncounter: () => ({ type: 'endEncounter' }),
  /** The language the next label for this prescription prints in. */
  chooseLabelLanguage: (rx: string, language: LabelLanguage) => ({ type: 'chooseLabelLanguage', rx, language }),
  tellPharmacist: () => ({ type: 'tellPharmacist' }),
  keepWrongProduct: (choice: ActionInputOf<'keepWrongProduct'>['choice']) => ({ type: 'keepWrongProduct', choice }),
  contactPatient: () => ({ type: 'contactPatient' }),
  fileErrorReport: (report: ErrorReport) => ({ type: 'fileErrorReport', report: { ...report, factors: [...report.factors] } }),
  lookUpRx: (rx: string) => ({ type: 'lookUpRx', rx }),
  answerCall: (decision: CallDecision) => ({ type: 'answerCall', decision }),
  collectPayment: (amount: number) => ({ type: 'collectPayment', amount }),
  signPickupLog: () => ({ type: 'signPickupLog' }),
  checkPhotoId: () => ({ type: 'checkPhotoId' }),
  /** bag: a prescription id, or OTHER_BAG for the extra bag in will-call. */
  setAsideBag: (bag: string) => ({ type: 'setAsideBag', bag }),
  reconstitute: (rx: string, waterMl: number, portions: number) => ({ type: 'reconstitute', rx, waterMl, portions }),
  reportShortage: (rx: string, resolution: ShortageResolution) => ({ type: 'reportShortage', rx, resolution }),
  submitClaim: (rx: string, billing: ClaimBilling) => ({ type: 'submitClaim', rx, billing: { ...billing } }),
  resolveClaim: (rx: string, resolution: Resolution) => ({ type: 'resolveClaim', rx, resolution }),
  checkToteLine: (line: string, verdict: ToteVerdict) => ({ type: 'checkToteLine', line, verdict }),
  putAway: (line: string) => ({ type: 'putAway', line }),
  reportDiscrepancy: (line: string) => ({ type: 'reportDiscrepancy', line }),
  handToPharmacist: (line: string) => ({ type: 'handToPharmacist', line }),
  pullExpired: (lot: string) => ({ type: 'pullExpired', lot }),
} as const satisfies { [T in ActionType]: (...args: never[]) => ActionInputOf<T> };

/** An action stamped with the scenario second it happened. */
export const stamp = (input: ActionInput, at: number): Action => ({ ...input, at });
