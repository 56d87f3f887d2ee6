import { findings } from '../findings';
import { STEPS, type Step } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import { actions, stamp } from './actionCreators';
import type { Action, ActionInput } from './actions';
import { expectedEntry } from './expectedEntry';
import { claimOnPath, encounterStops, expectedQuestions, pickupHappens, rxStops, stepIndex, stopIndex, type QuestionLine } from './plan';

/** Scenario seconds between two expert actions. */
export const SOLVE_STEP_SECONDS = 5;

/** The expert's actions for one step of one prescription; `quantity` is what the claim lets them dispense. */
function stepMoves(scenario: ResolvedEncounter, rx: Prescription, step: Step, quantity: number): ActionInput[] {
  const id = rx.id;
  switch (step) {
    case 'intake':
      return [actions.acceptPrescription(id)];
    case 'entry': {
      const { daysSupplyError: _why, ...entry } = expectedEntry(scenario, rx);
      // When the rules cannot compute a days' supply the engine accepts any whole number of days.
      return [actions.enterPrescription(id, { ...entry, daysSupply: entry.daysSupply ?? 1 })];
    }
    case 'selection':
      return [actions.selectProduct(id, rx.product), actions.scanProduct(id)];
    case 'count':
      return [actions.countProduct(id, quantity)];
    case 'label':
      return [actions.printLabel(id, scenario.products.get(rx.product)?.auxiliaryLabels ?? [])];
    case 'verify':
      return [actions.submitForVerification(id)];
    case 'pickup':
      return [];
  }
}

const respond = (q: QuestionLine): ActionInput => actions.respondToQuestion(q.line.id, q.clinical ? 'refer' : 'answer');

/**
 * The expert's action log for a scenario, built from the scenario and the rules' findings:
 * each prescription is worked step by step and stopped, with the earliest finding's code,
 * at the step where that finding is caught; the bag is handed out only when nothing stops
 * the pick-up. Replaying it scores 100 on any well-formed scenario.
 */
export function solve(scenario: ResolvedEncounter): Action[] {
  const found = findings(scenario);
  const moves: ActionInput[] = [actions.confirmIdentity('dropoff')];
  const questions = expectedQuestions(scenario, found);
  moves.push(...questions.filter((q) => q.stage === 'dropoff').map(respond));

  for (const rx of scenario.prescriptions) {
    const stop = stopIndex(found, rx.id);
    const claim = claimOnPath(scenario, found, rx);
    const held = claim !== null && !claim.fills;
    const last = held ? stepIndex('entry') + 1 : (stop ?? STEPS.length);
    STEPS.forEach((step, i) => {
      if (i >= last) return;
      moves.push(...stepMoves(scenario, rx, step, claim?.quantity ?? rx.quantity));
      if (step === 'entry' && claim !== null) {
        moves.push(actions.submitClaim(rx.id, claim.billing));
        for (const turn of claim.turns) if (turn.resolution !== null) moves.push(actions.resolveClaim(rx.id, turn.resolution));
      }
    });
    const first = rxStops(found, rx.id)[0];
    if (first !== undefined && !held) moves.push(actions.flagProblem(first.code, { rx: rx.id }));
  }

  if (pickupHappens(scenario, found)) {
    moves.push(...questions.filter((q) => q.stage === 'pickup').map(respond));
    const wide = [...new Set(encounterStops(found).map((f) => f.code))];
    if (wide.length > 0) {
      moves.push(...wide.map((code) => actions.flagProblem(code)), actions.endEncounter());
    } else {
      moves.push(actions.confirmIdentity('pickup'), actions.offerCounseling(), actions.handOut());
    }
  }
  return moves.map((m, i) => stamp(m, (i + 1) * SOLVE_STEP_SECONDS));
}
