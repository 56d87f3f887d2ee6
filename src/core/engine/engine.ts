import { findings } from '../findings';
import type { ResolvedEncounter } from '../scenario/resolve';
import { actionSchema, type Action } from './actions';
import { resolveClaim, submitClaim } from './claims';
import { close, endEncounter, endsByItself } from './completion';
import { countProduct } from './counting';
import { contactPatient, fileErrorReport, keepWrongProduct, tellPharmacist } from './errorProtocol';
import { isErrorVisit } from './errorToOwn';
import { enterPrescription } from './dataEntry';
import { flagProblem } from './flagging';
import { acceptPrescription, confirmDropoffIdentity } from './intake';
import { info, say, type Move } from './judge';
import { printLabel } from './labelling';
import { chooseLabelLanguage } from './labelLanguage';
import { answerCall, lookUpRx } from './phone';
import { confirmPickupIdentity, handOut, offerCounseling } from './pickup';
import { checkPhotoId, collectPayment, setAsideBag, signPickupLog } from './register';
import { questionLines } from './plan';
import { returnProduct, scanProduct, selectProduct } from './productSelection';
import { reconstitute } from './reconstitution';
import { checkToteLine, handToPharmacist, pullExpired, putAway, reportDiscrepancy } from './receiving';
import { reportShortage } from './shortage';
import { respondToQuestion } from './questions';
import type { Result } from './results';
import type { EncounterState, QuestionStatus, RxProgress } from './state';
import { whyUnusable } from './unusableAction';
import { submitForVerification } from './verification';

export { nextStep } from './nextStep';

/** The state before the first action: every prescription at intake, every question open. */
export function start(scenario: ResolvedEncounter): EncounterState {
  const found = findings(scenario);
  const rx: Record<string, RxProgress> = {};
  // An earlier error's prescription is not filled again here: it is with the pharmacist.
  const status = isErrorVisit(scenario) ? 'held' : 'intake';
  for (const p of scenario.prescriptions) {
    rx[p.id] = {
      id: p.id,
      status,
      entry: null,
      selectedProductId: null,
      scanned: false,
      counted: null,
      auxiliaryLabels: null,
      lot: null,
      reconstituted: false,
      shortageReported: false,
      beyondUseDate: null,
      flagged: [],
      claim: null,
    };
  }
  const questions: Record<string, QuestionStatus> = {};
  for (const q of questionLines(scenario, found)) questions[q.line.id] = 'pending';
  return {
    scenario,
    findings: found,
    identity: { dropoff: false, pickup: false },
    rx,
    questions,
    counselingOffered: false,
    errorProtocol: { told: false, wrongProduct: null, contacted: false, reported: false },
    handedOut: false,
    call: { lookedUp: false, decision: null },
    register: { paid: null, signed: false, idChecked: false, bagSetAside: false },
    delivery: { checked: {}, putAway: [], reported: [], toPharmacist: [], pulled: [] },
    complete: false,
    results: [],
    actionCount: 0,
    clock: 0,
  };
}

/** Routes one checked action to its step module. */
function dispatch(state: EncounterState, a: Action, index: number): Move {
  switch (a.type) {
    case 'confirmIdentity':
      return a.stage === 'dropoff' ? confirmDropoffIdentity(state, index) : confirmPickupIdentity(state, index);
    case 'acceptPrescription':
      return acceptPrescription(state, index, a.rx);
    case 'flagProblem':
      return flagProblem(state, index, a.rx, a.code);
    case 'enterPrescription':
      return enterPrescription(state, index, a.rx, a.entry);
    case 'selectProduct':
      return selectProduct(state, index, a.rx, a.productId, a.lot);
    case 'returnProduct':
      return returnProduct(state, index, a.rx);
    case 'scanProduct':
      return scanProduct(state, index, a.rx);
    case 'countProduct':
      return countProduct(state, index, a.rx, a.quantity);
    case 'printLabel':
      return printLabel(state, index, a.rx, a.auxiliaryLabels, a.beyondUseDate);
    case 'submitForVerification':
      return submitForVerification(state, index, a.rx);
    case 'offerCounseling':
      return offerCounseling(state, index);
    case 'respondToQuestion':
      return respondToQuestion(state, index, a.question, a.response);
    case 'handOut':
      return handOut(state, index);
    case 'endEncounter':
      return endEncounter(state, index);
    case 'chooseLabelLanguage':
      return chooseLabelLanguage(state, index, a.rx, a.language);
    case 'tellPharmacist':
      return tellPharmacist(state, index);
    case 'keepWrongProduct':
      return keepWrongProduct(state, index, a.choice);
    case 'contactPatient':
      return contactPatient(state, index);
    case 'fileErrorReport':
      return fileErrorReport(state, index, a.report);
    case 'lookUpRx':
      return lookUpRx(state, index, a.rx);
    case 'answerCall':
      return answerCall(state, index, a.decision);
    case 'collectPayment':
      return collectPayment(state, index, a.amount);
    case 'signPickupLog':
      return signPickupLog(state, index);
    case 'checkPhotoId':
      return checkPhotoId(state, index);
    case 'setAsideBag':
      return setAsideBag(state, index, a.bag);
    case 'reconstitute':
      return reconstitute(state, index, a.rx, a.waterMl, a.portions);
    case 'reportShortage':
      return reportShortage(state, index, a.rx, a.resolution);
    case 'submitClaim':
      return submitClaim(state, index, a.rx, a.billing);
    case 'resolveClaim':
      return resolveClaim(state, index, a.rx, a.resolution);
    case 'checkToteLine':
      return checkToteLine(state, index, a.line, a.verdict);
    case 'putAway':
      return putAway(state, index, a.line);
    case 'reportDiscrepancy':
      return reportDiscrepancy(state, index, a.line);
    case 'handToPharmacist':
      return handToPharmacist(state, index, a.line);
    case 'pullExpired':
      return pullExpired(state, index, a.lot);
  }
}

/** Applies one action: pure, and never throws; out-of-order actions come back as helpful results. */
export function apply(state: EncounterState, action: Action): { state: EncounterState; results: Result[] } {
  const index = state.actionCount;
  const at = (action as { at?: unknown } | null)?.at;
  const base: EncounterState = {
    ...state,
    actionCount: index + 1,
    clock: typeof at === 'number' && Number.isFinite(at) ? Math.max(state.clock, at) : state.clock,
  };
  let move: Move;
  if (state.complete) {
    move = say(base, info(index, 'encounter.over', { step: 'pickup' }, {}));
  } else if (typeof action !== 'object' || action === null) {
    move = say(base, info(index, 'action.unknown', { step: 'intake' }, { problem: 'unreadable' }));
  } else {
    // Actions come from saved files and UI code the core cannot vouch for: check the shape first.
    const checked = actionSchema.safeParse(action);
    if (!checked.success) {
      move = say(base, info(index, 'action.unknown', { step: 'intake' }, whyUnusable(action, checked.error)));
    } else {
      try {
        move = dispatch(base, checked.data, index);
      } catch {
        // A defect in a step module must not cost the student their shift: report it and carry on.
        move = say(base, info(index, 'action.unknown', { step: 'intake' }, { problem: 'failed' }));
      }
    }
  }
  let next: EncounterState = { ...move.state, results: [...state.results, ...move.results] };
  if (endsByItself(next) || (next.complete && !state.complete)) next = close(next);
  return { state: next, results: next.results.slice(state.results.length) };
}

/** The state after a whole action log: the only way state is ever built. */
export function replay(scenario: ResolvedEncounter, log: readonly Action[]): EncounterState {
  return log.reduce((state, action) => apply(state, action).state, start(scenario));
}
