import { STEPS, type Finding, type FindingCode, type Step } from '../findings/codes';
import { patientAtCounter, type ErrorDiscovered } from '../scenario/errorDiscoveredSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import { patientToCall, productOnHand } from './errorToOwn';
import { callNeedsLookup, callRx, callStop } from './phonePlan';
import { claimOnPath, encounterStops, expectedQuestions, filledRx, pickupHappens, rxStops, stepIndex, stopIndex } from './plan';
import { registerFacts } from './registerPlan';
import { onHand, shortageHolds, shortageOf } from './stockLots';
import { reconstitutionFor } from './reconstitution';
import type { Skill } from './results';
import type { Delivery } from '../scenario/deliverySchema';
import { deliveryMoves, fridgeOrderMatters } from './deliveryPlan';

/**
 * The scoring scheme. A checkpoint is one thing the expert does that earns points; the
 * possible score of an encounter is the sum over the checkpoints on the expert's path, so
 * the expert scores exactly 100 and nobody can earn more by doing extra work.
 */
export const CHECKPOINT_KINDS = {
  'identity.dropoff': { step: 'intake', skill: 'safety', points: 5 },
  'intake.accept': { step: 'intake', skill: 'accuracy', points: 5 },
  'entry.product': { step: 'entry', skill: 'accuracy', points: 5 },
  'entry.sig': { step: 'entry', skill: 'accuracy', points: 5 },
  'entry.quantity': { step: 'entry', skill: 'accuracy', points: 5 },
  'entry.daysSupply': { step: 'entry', skill: 'accuracy', points: 5 },
  'entry.refills': { step: 'entry', skill: 'accuracy', points: 3 },
  'entry.daw': { step: 'entry', skill: 'accuracy', points: 2 },
  'selection.pick': { step: 'selection', skill: 'safety', points: 10 },
  'selection.scan': { step: 'selection', skill: 'accuracy', points: 5 },
  count: { step: 'count', skill: 'accuracy', points: 5 },
  'label.auxiliary': { step: 'label', skill: 'safety', points: 5 },
  'verify.submit': { step: 'verify', skill: 'efficiency', points: 5 },
  // The step of a catch is the finding's step; 'intake' is only a placeholder.
  catch: { step: 'intake', skill: 'safety', points: 20 },
  'identity.pickup': { step: 'pickup', skill: 'safety', points: 5 },
  'pickup.counseling': { step: 'pickup', skill: 'communication', points: 5 },
  'question.clinical': { step: 'pickup', skill: 'scope', points: 10 },
  'question.general': { step: 'pickup', skill: 'efficiency', points: 5 },
  // Only when the patient asked for a label language: printing it in the language they read.
  'label.language': { step: 'label', skill: 'communication', points: 5 },
  'claim.submit': { step: 'entry', skill: 'accuracy', points: 5 },
  'claim.resolve': { step: 'entry', skill: 'scope', points: 10 },
  'error.tell': { step: 'report', skill: 'communication', points: 10 },
  'error.keep': { step: 'report', skill: 'safety', points: 15 },
  'error.contact': { step: 'report', skill: 'communication', points: 15 },
  'error.report': { step: 'report', skill: 'safety', points: 30 },
  'call.lookup': { step: 'intake', skill: 'accuracy', points: 5 },
  'call.decision': { step: 'intake', skill: 'scope', points: 20 },
  'register.payment': { step: 'pickup', skill: 'accuracy', points: 5 },
  // A register total that is not what the bags add up to is a catch, scored like the others.
  'register.totalCatch': { step: 'pickup', skill: 'accuracy', points: 20 },
  'register.signature': { step: 'pickup', skill: 'communication', points: 5 },
  'register.photoId': { step: 'pickup', skill: 'safety', points: 5 },
  'register.otherBag': { step: 'pickup', skill: 'safety', points: 20 },
  reconstitute: { step: 'count', skill: 'accuracy', points: 5 },
  'label.beyondUse': { step: 'label', skill: 'safety', points: 5 },
  'selection.shortage': { step: 'selection', skill: 'communication', points: 10 },
  // A delivery (engine/receiving.ts): each tote line checked and dealt with, refrigerated items first.
  'receive.check': { step: 'selection', skill: 'accuracy', points: 5 },
  'receive.putAway': { step: 'selection', skill: 'efficiency', points: 5 },
  'receive.fridgeFirst': { step: 'selection', skill: 'safety', points: 10 },
  'receive.report': { step: 'report', skill: 'communication', points: 10 },
  'receive.controlled': { step: 'report', skill: 'scope', points: 15 },
  'receive.pull': { step: 'selection', skill: 'safety', points: 10 },
} as const satisfies Record<string, { step: Step; skill: Skill; points: number }>;

/** One kind of checkpoint. */
export type CheckpointKind = keyof typeof CHECKPOINT_KINDS;

/** One checkpoint on the expert's path. */
export interface Checkpoint {
  id: string;
  kind: CheckpointKind;
  step: Step;
  skill: Skill;
  points: number;
  rx?: string;
  question?: string;
  /** For a catch: the finding the expert stops on. */
  finding?: Finding;
}

/** The id of a checkpoint: kind plus what it is about (an rx id, '@CODE' or a question line id). */
export const checkpointId = (kind: CheckpointKind, about?: string): string => (about === undefined ? kind : `${kind}:${about}`);

/** Checkpoints reported together when missed (the six entry fields are one missed entry). */
export const missGroup = (cp: Checkpoint): string =>
  // A label never printed is one miss, whatever its language or beyond-use date should have been.
  cp.kind.startsWith('entry.') ? `entry:${cp.rx}` : cp.kind.startsWith('label.') ? `label:${cp.rx}` : cp.id;

/** The checkpoint kinds a prescription passes through at each step. */
const RX_STEP_KINDS: Record<Step, CheckpointKind[]> = {
  intake: ['intake.accept'],
  entry: ['entry.product', 'entry.sig', 'entry.quantity', 'entry.daysSupply', 'entry.refills', 'entry.daw'],
  selection: ['selection.pick', 'selection.scan'],
  count: ['count'],
  label: ['label.auxiliary'],
  verify: ['verify.submit'],
  pickup: [],
  report: [],
};

/** The checkpoints a prescription meets only when its powder is made up here: the water, then the beyond-use date. */
const RECONSTITUTE_STEP_KINDS: Partial<Record<Step, CheckpointKind[]>> = {
  count: ['reconstitute', 'count'],
  label: ['label.auxiliary', 'label.beyondUse'],
};

function make(kind: CheckpointKind, extra: Partial<Checkpoint> & { about?: string }): Checkpoint {
  const { about, ...rest } = extra;
  const spec = CHECKPOINT_KINDS[kind];
  return { id: checkpointId(kind, about), kind, step: spec.step, skill: spec.skill, points: spec.points, ...rest };
}

/** A catch checkpoint for a stop finding (rx-level, or encounter-wide as '@CODE'). */
export function catchCheckpoint(finding: Finding): Checkpoint {
  const about = finding.rx ?? `@${finding.code}`;
  return make('catch', { about, step: finding.step, rx: finding.rx, finding });
}

/** The expert's path when an earlier error comes to light: the protocol, not a fill. */
function errorCheckpoints(facts: ErrorDiscovered): Checkpoint[] {
  return [
    ...(patientAtCounter(facts) ? [make('identity.dropoff', {})] : []),
    make('error.tell', {}),
    ...(productOnHand(facts) ? [make('error.keep', {})] : []),
    ...(patientToCall(facts) ? [make('error.contact', {})] : []),
    make('error.report', {}),
  ];
}

/** A phone call's checkpoints: look the prescription up (a refill call), then the decision, or the stop for a phoned-in C-II. */
function callCheckpoints(scenario: ResolvedEncounter, findings: readonly Finding[]): Checkpoint[] {
  const rx = callRx(scenario).id;
  const out: Checkpoint[] = callNeedsLookup(scenario) ? [make('call.lookup', { about: rx, rx })] : [];
  const stop = callStop(scenario, findings);
  out.push(stop !== undefined ? catchCheckpoint(stop) : make('call.decision', { rx }));
  return out;
}

/** The register's checkpoints at a pick-up, in the order the expert works the register. */
function registerCheckpoints(scenario: ResolvedEncounter, findings: readonly Finding[]): Checkpoint[] {
  const facts = registerFacts(scenario, filledRx(scenario, findings));
  if (facts === null) return [];
  const out: Checkpoint[] = [];
  if (scenario.register?.otherBag !== undefined) out.push(make('register.otherBag', {}));
  if (facts.idNeeded) out.push(make('register.photoId', {}));
  out.push(make(facts.mismatch ? 'register.totalCatch' : 'register.payment', {}), make('register.signature', {}));
  return out;
}

/** A delivery's checkpoints, one per expert move, with the order of putting away judged once (at the first shelf item). */
function deliveryCheckpoints(scenario: ResolvedEncounter, delivery: Delivery): Checkpoint[] {
  const out: Checkpoint[] = [];
  const kinds = {
    check: 'receive.check',
    putAway: 'receive.putAway',
    report: 'receive.report',
    toPharmacist: 'receive.controlled',
  } as const;
  for (const m of deliveryMoves(scenario, delivery)) {
    if (m.kind === 'pull') out.push(make('receive.pull', { about: m.lot }));
    else out.push(make(kinds[m.kind], { about: m.line }));
  }
  if (fridgeOrderMatters(scenario, delivery)) out.push(make('receive.fridgeFirst', {}));
  return out;
}

/** Every checkpoint on the expert's path through this scenario, in the order the expert meets them. */
export function expectedCheckpoints(scenario: ResolvedEncounter, findings: readonly Finding[]): Checkpoint[] {
  if (scenario.delivery !== undefined) return deliveryCheckpoints(scenario, scenario.delivery);
  if (scenario.errorDiscovered !== undefined) return errorCheckpoints(scenario.errorDiscovered);
  if (scenario.call !== undefined) return callCheckpoints(scenario, findings);
  const out: Checkpoint[] = [make('identity.dropoff', {})];
  const questions = expectedQuestions(scenario, findings);
  const question = (q: (typeof questions)[number]): Checkpoint =>
    make(q.clinical ? 'question.clinical' : 'question.general', {
      about: q.line.id,
      question: q.line.id,
      step: q.stage === 'dropoff' ? 'intake' : 'pickup',
    });
  out.push(...questions.filter((q) => q.stage === 'dropoff').map(question));

  for (const rx of scenario.prescriptions) {
    const stop = stopIndex(findings, rx.id);
    const claim = claimOnPath(scenario, findings, rx);
    // A claim that holds the prescription (prior authorization, a date, the pharmacist) ends its path after entry.
    const held = claim !== null && !claim.fills;
    // A shortage the pharmacist takes over ends the prescription's path once it is reported at the shelf.
    const last = held ? stepIndex('entry') + 1 : (stop ?? (shortageHolds(scenario, rx) ? stepIndex('count') : STEPS.length));
    const short = shortageOf(scenario, rx) !== null;
    STEPS.forEach((step, i) => {
      if (i >= last) return;
      const kinds = (reconstitutionFor(scenario, rx) !== null ? RECONSTITUTE_STEP_KINDS[step] : undefined) ?? RX_STEP_KINDS[step];
      // An empty slot has no bottle to take or scan: the shortage report is all there is to do at the shelf.
      const empty = onHand(scenario, rx.product) === 0;
      const all = step === 'selection' && short ? [...(empty ? [] : kinds), 'selection.shortage' as const] : kinds;
      out.push(...all.map((kind) => make(kind, { about: rx.id, rx: rx.id })));
      if (step === 'entry' && claim !== null) {
        out.push(make('claim.submit', { about: rx.id, rx: rx.id }));
        if (claim.turns.some((t) => t.resolution !== null)) out.push(make('claim.resolve', { about: rx.id, rx: rx.id }));
      }
      if (step === 'label' && scenario.patient.labelLanguage !== undefined) out.push(make('label.language', { about: rx.id, rx: rx.id }));
    });
    const first = rxStops(findings, rx.id)[0];
    if (first !== undefined && !held) out.push(catchCheckpoint(first));
  }

  if (pickupHappens(scenario, findings)) {
    const wide = encounterStops(findings);
    const seen = new Set<FindingCode>();
    for (const f of wide) if (!seen.has(f.code)) (seen.add(f.code), out.push(catchCheckpoint(f)));
    out.push(...questions.filter((q) => q.stage === 'pickup').map(question));
    if (wide.length === 0) out.push(make('identity.pickup', {}), make('pickup.counseling', {}), ...registerCheckpoints(scenario, findings));
  }
  return out;
}

const cache = new WeakMap<readonly Finding[], Checkpoint[]>();

/** expectedCheckpoints, computed once per encounter (findings are fixed for its lifetime). */
export function checkpointsFor(scenario: ResolvedEncounter, findings: readonly Finding[]): Checkpoint[] {
  let list = cache.get(findings);
  if (list === undefined) cache.set(findings, (list = expectedCheckpoints(scenario, findings)));
  return list;
}
