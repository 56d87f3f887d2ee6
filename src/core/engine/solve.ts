import { findings } from '../findings';
import { STEPS, type Finding, type Step } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { BLAME_FACTORS, patientAtCounter, type ErrorDiscovered } from '../scenario/errorDiscoveredSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import { patientToCall, productOnHand } from './errorToOwn';
import { actions, stamp } from './actionCreators';
import { OTHER_BAG, type Action, type ActionInput } from './actions';
import { expectedEntry } from './expectedEntry';
import { deliveryMoves, type DeliveryMove } from './deliveryPlan';
import { askedLabelLanguage } from './labelLanguage';
import { DEFAULT_LABEL_LANGUAGE } from '../scenario/labelLanguage';
import { registerFacts } from './registerPlan';
import { callNeedsLookup, callRx, callStop, expectedCallDecision } from './phonePlan';
import { beyondUseDate, labelsWanted, reconstitutionFor } from './reconstitution';
import { firstUsableLot, quantityToFill, shortageHolds, shortageOf } from './stockLots';
import {
  claimOnPath,
  encounterStops,
  filledRx,
  expectedQuestions,
  pickupHappens,
  rxStops,
  stepIndex,
  stopIndex,
  type QuestionLine,
} from './plan';

/** Scenario seconds between two expert actions. */
export const SOLVE_STEP_SECONDS = 5;

/** The expert's actions for one step of one prescription. */
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
      return [...water, actions.countProduct(id, quantity)];
    }
    case 'label': {
      const asked = askedLabelLanguage(scenario);
      // The printer starts in English; the expert switches it only for a patient who asked for another language.
      const language = asked !== undefined && asked !== DEFAULT_LABEL_LANGUAGE ? [actions.chooseLabelLanguage(id, asked)] : [];
      const facts = reconstitutionFor(scenario, rx);
      const date = facts === null ? undefined : beyondUseDate(scenario.today, facts);
      return [...language, actions.printLabel(id, labelsWanted(scenario, rx), date)];
    }
    case 'verify':
      return [actions.submitForVerification(id)];
    case 'pickup':
    case 'report':
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
  if (scenario.delivery !== undefined) return stamped(deliveryMoves(scenario, scenario.delivery).map(deliveryAction));
  if (scenario.errorDiscovered !== undefined) return stamped(ownTheError(scenario.errorDiscovered));
  const found = findings(scenario);
  if (scenario.call !== undefined) return stamped(callMoves(scenario, found));
  const moves: ActionInput[] = [actions.confirmIdentity('dropoff')];
  const questions = expectedQuestions(scenario, found);
  moves.push(...questions.filter((q) => q.stage === 'dropoff').map(respond));

  for (const rx of scenario.prescriptions) {
    const stop = stopIndex(found, rx.id);
    // A shortage the pharmacist takes over ends the work at the shelf, once it is reported.
    const claim = claimOnPath(scenario, found, rx);
    // A claim that holds the prescription (prior authorization, a date, the pharmacist) ends its path after entry.
    const held = claim !== null && !claim.fills;
    const last = held ? stepIndex('entry') + 1 : (stop ?? (shortageHolds(scenario, rx) ? stepIndex('count') : STEPS.length));
    // What is counted: what the claim lets the pharmacy dispense, or what the shelf holds when it is short.
    const quantity = claim?.quantity ?? quantityToFill(scenario, rx);
    STEPS.forEach((step, i) => {
      if (i >= last) return;
      moves.push(...stepMoves(scenario, rx, step, quantity));
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
      moves.push(actions.confirmIdentity('pickup'), actions.offerCounseling(), ...registerMoves(scenario, found), actions.handOut());
    }
  }
  return stamped(moves);
}

/** One move of the expert's delivery as the action that makes it. */
function deliveryAction(m: DeliveryMove): ActionInput {
  switch (m.kind) {
    case 'check':
      return actions.checkToteLine(m.line, m.verdict);
    case 'putAway':
      return actions.putAway(m.line);
    case 'report':
      return actions.reportDiscrepancy(m.line);
    case 'toPharmacist':
      return actions.handToPharmacist(m.line);
    case 'pull':
      return actions.pullExpired(m.lot);
  }
}

/** The expert's moves one SOLVE_STEP_SECONDS apart. */
const stamped = (moves: readonly ActionInput[]): Action[] => moves.map((m, i) => stamp(m, (i + 1) * SOLVE_STEP_SECONDS));

/** The expert's protocol for an error that comes to light: tell, keep, call, and an honest, complete report. */
function ownTheError(facts: ErrorDiscovered): ActionInput[] {
  return [
    ...(patientAtCounter(facts) ? [actions.confirmIdentity('dropoff')] : []),
    actions.tellPharmacist(),
    ...(productOnHand(facts) ? [actions.keepWrongProduct('quarantine')] : []),
    ...(patientToCall(facts) ? [actions.contactPatient()] : []),
    actions.fileErrorReport({
      kind: facts.kind,
      dispensed: facts.dispensed,
      foundBy: facts.foundBy,
      reachedPatient: facts.reachedPatient,
      factors: facts.contributingFactors.filter((f) => !BLAME_FACTORS.has(f)),
      prevention: facts.prevention,
    }),
  ];
}

/** A phone call: look the prescription up when it is a refill, then stop a phoned-in C-II or decide. */
function callMoves(scenario: ResolvedEncounter, found: readonly Finding[]): ActionInput[] {
  const rx = callRx(scenario).id;
  const moves: ActionInput[] = callNeedsLookup(scenario) ? [actions.lookUpRx(rx)] : [];
  const stop = callStop(scenario, found);
  const decision = expectedCallDecision(scenario, found);
  if (stop !== undefined) moves.push(actions.flagProblem(stop.code, { rx }));
  else if (decision !== null) moves.push(actions.answerCall(decision));
  return moves;
}

/** The register at pick-up: set aside another patient's bag, check ID where required, collect the right total, get the signature. */
function registerMoves(scenario: ResolvedEncounter, found: readonly Finding[]): ActionInput[] {
  const facts = registerFacts(scenario, filledRx(scenario, found));
  if (facts === null) return [];
  return [
    ...(scenario.register?.otherBag !== undefined ? [actions.setAsideBag(OTHER_BAG)] : []),
    ...(facts.idNeeded ? [actions.checkPhotoId()] : []),
    actions.collectPayment(facts.total),
    actions.signPickupLog(),
  ];
}
