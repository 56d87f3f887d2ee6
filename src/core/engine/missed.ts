import { checkpointsFor, missGroup, type Checkpoint, type CheckpointKind } from './checkpoints';
import { isScored } from './judge';
import { rxRef } from './progress';
import { missCode } from './resultCodes';
import type { Result, ResultWords } from './results';
import type { EncounterState } from './state';

/** The code and params of a checkpoint nobody reached. */
type Missed = (cp: Checkpoint, state: EncounterState) => ResultWords;

const rx = (cp: Checkpoint, state: EncounterState) => rxRef(state.scenario, cp.rx ?? '');
const line = (cp: Checkpoint, state: EncounterState): string => {
  const all = [...state.scenario.dialogue.dropOff, ...state.scenario.dialogue.pickUp];
  return all.find((l) => l.id === cp.question)?.text ?? cp.question ?? '';
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
  'claim.submit': (cp, s) => ({ code: 'claim.missed', params: { rx: rx(cp, s) } }),
  'claim.resolve': (cp, s) => ({ code: 'claim.unresolved', params: { rx: rx(cp, s) } }),
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
