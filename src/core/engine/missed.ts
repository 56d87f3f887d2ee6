import { checkpointsFor, missGroup, type Checkpoint, type CheckpointKind } from './checkpoints';
import { isScored } from './judge';
import { capital as cap } from './order';
import { rxName } from './progress';
import { missCode, type ResultCode } from './resultCodes';
import type { Result } from './results';
import type { EncounterState } from './state';

type Wording = (cp: Checkpoint, state: EncounterState) => { code: ResultCode; detail: string };

const rx = (cp: Checkpoint, state: EncounterState): string => rxName(state.scenario, cp.rx ?? '');
const line = (cp: Checkpoint, state: EncounterState): string => {
  const all = [...state.scenario.dialogue.dropOff, ...state.scenario.dialogue.pickUp];
  return all.find((l) => l.id === cp.question)?.text ?? cp.question ?? '';
};

const entry: Wording = (cp, s) => ({ code: 'entry.missed', detail: `${cap(rx(cp, s))} was never entered.` });

/** What to say about each kind of checkpoint nobody reached. */
const WORDING: Record<CheckpointKind, Wording> = {
  'identity.dropoff': () => ({ code: 'identity.dropoff.missed', detail: "The patient's name and date of birth were never checked at drop-off." }),
  'intake.accept': (cp, s) => ({ code: 'intake.missed', detail: `${cap(rx(cp, s))} was never reviewed and accepted at intake.` }),
  'entry.product': entry,
  'entry.sig': entry,
  'entry.quantity': entry,
  'entry.daysSupply': entry,
  'entry.refills': entry,
  'entry.daw': entry,
  'selection.pick': (cp, s) => ({ code: 'selection.missed', detail: `No stock bottle was pulled for ${rx(cp, s)}.` }),
  'selection.scan': (cp, s) => ({ code: 'scan.missed', detail: `The stock bottle for ${rx(cp, s)} was never scanned.` }),
  count: (cp, s) => ({ code: 'count.missed', detail: `${cap(rx(cp, s))} was never counted.` }),
  'label.auxiliary': (cp, s) => ({ code: 'label.missed', detail: `${cap(rx(cp, s))} was never labelled.` }),
  'verify.submit': (cp, s) => ({ code: 'verify.missed', detail: `${cap(rx(cp, s))} never went to the pharmacist for verification.` }),
  catch: (cp) => ({
    code: missCode(cp.finding?.code ?? 'RX_INCOMPLETE'),
    detail: `${cp.finding?.detail ?? ''} Nobody flagged it for the pharmacist.`.trim(),
  }),
  'identity.pickup': () => ({ code: 'identity.pickup.missed', detail: "The name and date of birth of the person collecting were never checked." }),
  'pickup.counseling': () => ({ code: 'counseling.missed', detail: 'Counseling by the pharmacist was never offered.' }),
  'question.clinical': (cp, s) => ({ code: 'miss.CLINICAL_QUESTION', detail: `"${line(cp, s)}" was never passed to the pharmacist.` }),
  'question.general': (cp, s) => ({ code: 'question.missed', detail: `"${line(cp, s)}" was never answered.` }),
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
    const { code, detail } = WORDING[first.kind](first, state);
    return {
      code,
      ...(first.finding !== undefined ? { finding: first.finding.code } : {}),
      ...(first.kind === 'question.clinical' ? { finding: 'CLINICAL_QUESTION' as const } : {}),
      step: first.step,
      ...(first.rx !== undefined ? { rx: first.rx } : {}),
      ...(first.question !== undefined ? { question: first.question } : {}),
      skill: first.skill,
      outcome: 'mistake' as const,
      points: 0,
      maxPoints: cps.reduce((sum, cp) => sum + cp.points, 0),
      detail,
      actionIndex: -1,
      checkpoint: group,
    };
  });
}
