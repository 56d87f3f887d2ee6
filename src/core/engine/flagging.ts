import { FINDING_CODES, type Finding, type FindingCode } from '../findings/codes';
import { CHECKPOINT_KINDS } from './checkpoints';
import { info, onCheckpoint, penalty, say, type Move } from './judge';
import { isNudge, workable, type Workable } from './order';
import { encounterStops, rxStops, stepIndex } from './plan';
import { rxRef, rxStep, updateRx } from './progress';
import { referPending } from './questions';
import { catchCode } from './resultCodes';
import type { Result } from './results';
import type { EncounterState } from './state';

const FULL = CHECKPOINT_KINDS.catch.points;

/** A flag on a clean prescription or encounter: the pharmacist checks, finds nothing, and work goes on. */
function falseAlarm(state: EncounterState, index: number, code: FindingCode, rx?: string): Move {
  const step = rx === undefined ? 'pickup' : rxStep(state.rx[rx]?.status ?? 'intake');
  return say(
    state,
    penalty(
      index,
      'flag.falseAlarm',
      { step, ...(rx !== undefined ? { rx } : {}) },
      {
        skill: 'efficiency',
        points: -3,
        outcome: 'mistake',
        params: { about: rx === undefined ? null : rxRef(state.scenario, rx), flagged: code },
      },
    ),
  );
}

/** A flag on one prescription: right reason on time, right reason late, wrong reason, or a false alarm. */
function flagRx(state: EncounterState, index: number, w: Workable, code: FindingCode): Move {
  const rx = w.progress.id;
  const stops = rxStops(state.findings, rx);
  const noted = updateRx(state, rx, { flagged: [...w.progress.flagged, code] });
  if (stops.length === 0) return { ...falseAlarm(state, index, code, rx), state: noted };
  const now = stepIndex(rxStep(w.progress.status));
  const where = { about: rx, rx, step: rxStep(w.progress.status) };
  const match = stops.find((f) => f.code === code);
  const first = stops[0]!;
  let result: Result;
  if (match !== undefined && now <= stepIndex(match.step)) {
    result = onCheckpoint(state, index, 'catch', where, {
      code: catchCode(code),
      outcome: 'good',
      finding: code,
      params: { via: 'flag', rx: rxRef(state.scenario, rx), finding: match },
    });
  } else if (match !== undefined) {
    result = onCheckpoint(state, index, 'catch', where, {
      code: 'flag.late',
      outcome: 'mistake',
      finding: code,
      points: FULL / 2,
      params: { catchable: match.step, finding: match },
    });
  } else {
    const onTime = now <= stepIndex(first.step);
    result = onCheckpoint(state, index, 'catch', where, {
      code: 'flag.wrongReason',
      outcome: 'mistake',
      finding: first.code,
      points: onTime ? FULL / 2 : FULL / 4,
      params: { rx: rxRef(state.scenario, rx), flagged: code, finding: first },
    });
  }
  // Whatever the reason given, the pharmacist now holds the prescription.
  return say(updateRx(noted, rx, { status: 'held' }), result);
}

/** A flag on the encounter as a whole (someone other than the patient at the pick-up window). */
function flagEncounter(state: EncounterState, index: number, finding: Finding): Move {
  if (flaggedEncounter(state, finding.code)) {
    return say(state, info(index, 'order.alreadyDone', { step: finding.step }, { done: 'flag' }));
  }
  return say(
    state,
    onCheckpoint(
      state,
      index,
      'catch',
      { about: `@${finding.code}`, step: finding.step },
      {
        code: catchCode(finding.code),
        outcome: 'good',
        finding: finding.code,
        params: { via: 'window', finding },
      },
    ),
  );
}

/** Stop and route a problem to the pharmacist, for one prescription (rx) or the encounter (no rx). */
export function flagProblem(state: EncounterState, index: number, rx: string | undefined, code: FindingCode): Move {
  if (!(FINDING_CODES as readonly string[]).includes(code)) {
    return say(state, info(index, 'action.unknown', { step: 'intake' }, { problem: 'unknownCode', code: String(code) }));
  }
  if (code === 'CLINICAL_QUESTION') {
    return referPending(state, index) ?? falseAlarm(state, index, code);
  }
  const wide = encounterStops(state.findings).find((f) => f.code === code);
  const ownStops = rx === undefined ? [] : rxStops(state.findings, rx).map((f) => f.code);
  if (wide !== undefined && !ownStops.includes(code)) return flagEncounter(state, index, wide);
  if (code === 'LASA_RISK') {
    return say(state, info(index, 'flag.notAStop', { step: 'selection', ...(rx !== undefined ? { rx } : {}) }, {}));
  }
  if (rx !== undefined) {
    const w = workable(state, index, rx, 'intake');
    return isNudge(w) ? say(state, w) : flagRx(state, index, w, code);
  }
  // No prescription named: the flag applies to every open prescription stopped for this reason.
  const targets = Object.values(state.rx).filter(
    (p) => p.status !== 'held' && p.status !== 'verified' && rxStops(state.findings, p.id).some((f) => f.code === code),
  );
  if (targets.length === 0) return falseAlarm(state, index, code);
  return targets.reduce<Move>(
    (move, p) => {
      const w = workable(move.state, index, p.id, 'intake') as Workable;
      const next = flagRx(move.state, index, w, code);
      return { state: next.state, results: [...move.results, ...next.results] };
    },
    { state, results: [] },
  );
}

/** True when the student flagged this encounter-wide finding. */
export const flaggedEncounter = (state: EncounterState, code: FindingCode): boolean =>
  state.results.some((r) => r.code === catchCode(code) && r.rx === undefined);
