import { findings } from '../findings';
import { STEPS, type Step } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import type { Action } from './actions';
import { expectedEntry } from './expectedEntry';
import { encounterStops, expectedQuestions, pickupHappens, rxStops, stopIndex, type QuestionLine } from './plan';

/** Scenario seconds between two expert actions. */
export const SOLVE_STEP_SECONDS = 5;

/** An action before its time stamp is added. */
type Move = Action extends infer A ? (A extends Action ? Omit<A, 'at'> : never) : never;

/** The expert's actions for one step of one prescription. */
function stepMoves(scenario: ResolvedEncounter, rx: Prescription, step: Step): Move[] {
  const id = rx.id;
  switch (step) {
    case 'intake':
      return [{ type: 'acceptPrescription', rx: id }];
    case 'entry': {
      const { daysSupplyError: _why, ...entry } = expectedEntry(scenario, rx);
      // When the rules cannot compute a days' supply the engine accepts any whole number of days.
      return [{ type: 'enterPrescription', rx: id, entry: { ...entry, daysSupply: entry.daysSupply ?? 1 } }];
    }
    case 'selection':
      return [{ type: 'selectProduct', rx: id, productId: rx.product }, { type: 'scanProduct', rx: id }];
    case 'count':
      return [{ type: 'countProduct', rx: id, quantity: rx.quantity }];
    case 'label':
      return [{ type: 'printLabel', rx: id, auxiliaryLabels: [...(scenario.products.get(rx.product)?.auxiliaryLabels ?? [])] }];
    case 'verify':
      return [{ type: 'submitForVerification', rx: id }];
    case 'pickup':
      return [];
  }
}

const respond = (q: QuestionLine): Move => ({ type: 'respondToQuestion', question: q.line.id, response: q.clinical ? 'refer' : 'answer' });

/**
 * The expert's action log for a scenario, built from the scenario and the rules' findings:
 * each prescription is worked step by step and stopped, with the earliest finding's code,
 * at the step where that finding is caught; the bag is handed out only when nothing stops
 * the pick-up. Replaying it scores 100 on any well-formed scenario.
 */
export function solve(scenario: ResolvedEncounter): Action[] {
  const found = findings(scenario);
  const moves: Move[] = [{ type: 'confirmIdentity', stage: 'dropoff' }];
  const questions = expectedQuestions(scenario, found);
  moves.push(...questions.filter((q) => q.stage === 'dropoff').map(respond));

  for (const rx of scenario.prescriptions) {
    const stop = stopIndex(found, rx.id);
    STEPS.forEach((step, i) => {
      if (i < (stop ?? STEPS.length)) moves.push(...stepMoves(scenario, rx, step));
    });
    const first = rxStops(found, rx.id)[0];
    if (first !== undefined) moves.push({ type: 'flagProblem', rx: rx.id, code: first.code });
  }

  if (pickupHappens(scenario, found)) {
    moves.push(...questions.filter((q) => q.stage === 'pickup').map(respond));
    const wide = [...new Set(encounterStops(found).map((f) => f.code))];
    if (wide.length > 0) {
      moves.push(...wide.map((code): Move => ({ type: 'flagProblem', code })), { type: 'endEncounter' });
    } else {
      moves.push({ type: 'confirmIdentity', stage: 'pickup' }, { type: 'offerCounseling' }, { type: 'handOut' });
    }
  }
  return moves.map((m, i) => ({ ...m, at: (i + 1) * SOLVE_STEP_SECONDS }) as Action);
}
