import type { ClaimBilling } from '../claims/planRecord';
import type { Resolution } from '../claims/rejectCodes';
import type { FindingCode } from '../findings/codes';
import type { Action, ActionInput, ActionInputOf, ActionType, RxEntry } from './actions';

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
  selectProduct: (rx: string, productId: string) => ({ type: 'selectProduct', rx, productId }),
  returnProduct: (rx: string) => ({ type: 'returnProduct', rx }),
  scanProduct: (rx: string) => ({ type: 'scanProduct', rx }),
  countProduct: (rx: string, quantity: number) => ({ type: 'countProduct', rx, quantity }),
  printLabel: (rx: string, auxiliaryLabels: readonly string[]) => ({ type: 'printLabel', rx, auxiliaryLabels: [...auxiliaryLabels] }),
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
  submitClaim: (rx: string, billing: ClaimBilling) => ({ type: 'submitClaim', rx, billing: { ...billing } }),
  resolveClaim: (rx: string, resolution: Resolution) => ({ type: 'resolveClaim', rx, resolution }),
} as const satisfies { [T in ActionType]: (...args: never[]) => ActionInputOf<T> };

/** An action stamped with the scenario second it happened. */
export const stamp = (input: ActionInput, at: number): Action => ({ ...input, at });
