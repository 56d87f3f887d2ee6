import { findings } from '../findings';
import { STEPS, type Step } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import { actions, stamp } from './actionCreators';
import type { Action, ActionInput } from './actions';
import { expectedEntry } from './expectedEntry';
import { beyondUseDate, labelsWanted, reconstitutionFor } from './reconstitution';
import { firstUsableLot, quantityToFill, shortageHolds, shortageOf } from './stockLots';
import { encounterStops, expectedQuestions, pickupHappens, rxStops, stepIndex, stopIndex, type QuestionLine } from './plan';

/** Scenario seconds between two expert actions. */
export const SOLVE_STEP_SECONDS = 5;

/** The expert's actions for one step of one prescription. */
function stepMoves(scenario: ResolvedEncounter, rx: Prescription, step: Step): ActionInput[] {
  const id = rx.id;
  switch (step) {
    case 'intake':
      return [actions.acceptPrescription(id)];
    case 'entry': {
      const { daysSupplyError: _why, ...entry } = expectedEntry(scenario, rx);
      // When the rules cannot compute a days' supply the engine accepts any whole number of days.
      return [actions.enterPrescription(id, { ...entry, daysSupply: entry.daysSupply ?? 1 })];
    }
    case 'selection': {
      // The expert reads the expiry dates and takes the first bottle in date.
      const take = [actions.selectProduct(id, rx.product, firstUsableLot(scenario, rx.product)?.lot), actions.scanProduct(id)];
      const short = shortageOf(scenario, rx);
      if (short === null) return take;
      // An empty slot has no bottle to take: the expert goes straight to the pharmacist.
      return [...(short.onHand === 0 ? [] : take), actions.reportShortage(id, short.resolution)];
    }
    case 'count': {
      const facts = reconstitutionFor(scenario, rx);
      const water = facts === null ? [] : [actions.reconstitute(id, facts.waterMl, facts.portions)];
      return [...water, actions.countProduct(id, quantityToFill(scenario, rx))];
    }
    case 'label': {
      const facts = reconstitutionFor(scenario, rx);
      const date = facts === null ? undefined : beyondUseDate(scenario.today, facts);
      return [actions.printLabel(id, labelsWanted(scenario, rx), date)];
    }
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
    // A shortage the pharmacist takes over ends the work at the shelf, once it is reported.
    const last = stop ?? (shortageHolds(scenario, rx) ? stepIndex('count') : STEPS.length);
    STEPS.forEach((step, i) => {
      if (i < last) moves.push(...stepMoves(scenario, rx, step));
    });
    const first = rxStops(found, rx.id)[0];
    if (first !== undefined) moves.push(actions.flagProblem(first.code, { rx: rx.id }));
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
