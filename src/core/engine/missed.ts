import { expectedCallDecision } from './phonePlan';
import { checkpointsFor, missGroup, type Checkpoint, type CheckpointKind } from './checkpoints';
import { isScored } from './judge';
import { productRef, rxRef } from './progress';
import { lineSchedule } from './deliveryPlan';
import { toteLineRef } from './receiving';
import { missCode } from './resultCodes';
import type { Result, ResultWords } from './results';
import type { EncounterState } from './state';
import type { LocalText } from '../scenario/primitives';

/** The code and params of a checkpoint nobody reached. */
type Missed = (cp: Checkpoint, state: EncounterState) => ResultWords;

const rx = (cp: Checkpoint, state: EncounterState) => rxRef(state.scenario, cp.rx ?? '');
const line = (cp: Checkpoint, state: EncounterState): LocalText => {
  const all = [...state.scenario.dialogue.dropOff, ...state.scenario.dialogue.pickUp];
  return all.find((l) => l.id === cp.question)?.text ?? cp.question ?? '';
};

/** The tote line a delivery checkpoint is about (its id ends with the invoice line id). */
const aboutOf = (cp: Checkpoint): string => cp.id.slice(cp.kind.length + 1);
const tote = (cp: Checkpoint, s: EncounterState) => toteLineRef(s, aboutOf(cp));
const scheduleOf = (cp: Checkpoint, s: EncounterState): string => {
  const d = s.scenario.delivery;
  const l = d?.tote.find((x) => x.invoiceLine === aboutOf(cp));
  return d === undefined || l === undefined ? '' : (lineSchedule(s.scenario, d, l) ?? '');
};
const shelfLot = (cp: Checkpoint, s: EncounterState) => {
  const b = s.scenario.delivery?.pullFromShelf.find((x) => x.lot === aboutOf(cp));
  return { product: productRef(s.scenario, b?.product ?? ''), lot: aboutOf(cp), expires: b?.expires ?? '' };
};

const entry: Missed = (cp, s) => ({ code: 'entry.missed', params: { rx: rx(cp, s) } });

/** What each kind of checkpoint nobody reached is reported as. */
const MISSED: Record<CheckpointKind, Missed> = {
  'identity.dropoff': () => ({ code: 'identity.dropoff.missed', params: {} }),
  'intake.accept': (cp, s) => ({ code: 'intake.missed', params: { rx: rx(cp, s) } }),
  'entry.product': entry,
  'entry.sig': entry,
  'entry.quantity': entry,
  'entry.daysSupply': entry,
  'entry.refills': entry,
  'entry.daw': entry,
  'selection.pick': (cp, s) => ({ code: 'selection.missed', params: { rx: rx(cp, s) } }),
  'selection.scan': (cp, s) => ({ code: 'scan.missed', params: { rx: rx(cp, s) } }),
  count: (cp, s) => ({ code: 'count.missed', params: { rx: rx(cp, s) } }),
  'label.auxiliary': (cp, s) => ({ code: 'label.missed', params: { rx: rx(cp, s) } }),
  'verify.submit': (cp, s) => ({ code: 'verify.missed', params: { rx: rx(cp, s) } }),
  catch: (cp) => ({
    code: missCode(cp.finding?.code ?? 'RX_INCOMPLETE'),
    params: cp.finding === undefined ? { via: 'unflagged' } : { via: 'unflagged', finding: cp.finding },
  }),
  'identity.pickup': () => ({ code: 'identity.pickup.missed', params: {} }),
  'pickup.counseling': () => ({ code: 'counseling.missed', params: {} }),
  'question.clinical': (cp, s) => ({ code: 'miss.CLINICAL_QUESTION', params: { via: 'unreferred', line: line(cp, s) } }),
  'question.general': (cp, s) => ({ code: 'question.missed', params: { line: line(cp, s) } }),
  'label.language': (cp, s) => ({ code: 'label.missed', params: { rx: rx(cp, s) } }),
  'error.tell': () => ({ code: 'error.tell.missed', params: {} }),
  'error.keep': () => ({ code: 'error.keep.missed', params: {} }),
  'error.contact': () => ({ code: 'error.contact.missed', params: {} }),
  'error.report': () => ({ code: 'report.missed', params: {} }),
  'call.lookup': (cp, s) => ({ code: 'call.lookup.missed', params: { rx: rx(cp, s) } }),
  'call.decision': (cp, s) => ({
    code: 'call.missed',
    params: {
      kind: s.scenario.call?.kind ?? 'refill',
      rx: rx(cp, s),
      expected: expectedCallDecision(s.scenario, s.findings) ?? 'toPharmacist',
    },
  }),
  'register.payment': () => ({ code: 'register.payment.missed', params: {} }),
  'register.totalCatch': () => ({ code: 'register.total.missed', params: {} }),
  'register.signature': () => ({ code: 'register.signature.missed', params: {} }),
  'register.photoId': () => ({ code: 'register.photoId.missed', params: {} }),
  'register.otherBag': (_cp, s) => ({
    code: 'register.otherBag.missed',
    params: { name: s.scenario.register?.otherBag?.name ?? '', drug: s.scenario.register?.otherBag?.drug ?? '' },
  }),
  reconstitute: (cp, s) => ({ code: 'reconstitute.missed', params: { rx: rx(cp, s) } }),
  'selection.shortage': (cp, s) => ({ code: 'shortage.missed', params: { rx: rx(cp, s) } }),
  // Reported with the label it belongs on, as one missed label.
  'label.beyondUse': (cp, s) => ({ code: 'label.missed', params: { rx: rx(cp, s) } }),
  'claim.submit': (cp, s) => ({ code: 'claim.missed', params: { rx: rx(cp, s) } }),
  'claim.resolve': (cp, s) => ({ code: 'claim.unresolved', params: { rx: rx(cp, s) } }),
  'receive.check': (cp, s) => ({ code: 'receive.check.missed', params: { line: tote(cp, s) } }),
  'receive.putAway': (cp, s) => ({ code: 'receive.putAway.missed', params: { line: tote(cp, s) } }),
  'receive.fridgeFirst': () => ({ code: 'receive.fridgeFirst.missed', params: {} }),
  'receive.report': (cp, s) => ({ code: 'receive.report.missed', params: { line: tote(cp, s) } }),
  'receive.controlled': (cp, s) => ({ code: 'receive.controlled.missed', params: { line: tote(cp, s), schedule: scheduleOf(cp, s) } }),
  'receive.pull': (cp, s) => ({ code: 'receive.pull.missed', params: shelfLot(cp, s) }),
};

/**
 * One result per expected checkpoint (or group of them) nobody reached. They are appended
 * when the encounter closes, and listed by the report for a state still in progress.
 */
export function missedResults(state: EncounterState): Result[] {
  const open = checkpointsFor(state.scenario, state.findings).filter((cp) => !isScored(state, cp.id));
  const groups = new Map<string, Checkpoint[]>();
  for (const cp of open) groups.set(missGroup(cp), [...(groups.get(missGroup(cp)) ?? []), cp]);
  return [...groups.entries()].map(([group, cps]) => {
    const first = cps[0]!;
    return {
      ...MISSED[first.kind](first, state),
      ...(first.finding !== undefined ? { finding: first.finding.code } : {}),
      ...(first.kind === 'question.clinical' ? { finding: 'CLINICAL_QUESTION' as const } : {}),
      step: first.step,
      ...(first.rx !== undefined ? { rx: first.rx } : {}),
      ...(first.question !== undefined ? { question: first.question } : {}),
      skill: first.skill,
      outcome: 'mistake' as const,
      points: 0,
      maxPoints: cps.reduce((sum, cp) => sum + cp.points, 0),
      actionIndex: -1,
      checkpoint: group,
    };
  });
}
