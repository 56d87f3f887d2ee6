import type { ResultsSink } from '../../results/resultsSink';
import { attemptOutcome, countsFor, isLaunchedShift, record, type AttemptLedger, type AttemptOutcome } from '../attempt';
import type { LaunchTarget } from '../launchTarget';
import type { LmsStatusBoard } from '../lmsStatus';
import { interactionsFor } from './interactions';
import type { ScormConnection } from './scormConnection';
import type { SuspendSlot } from './suspendSlot';
import { scormTimespan } from './timespan';

/** The SCORM side of results, plus what to do when the page goes away. */
export interface ScormReporter extends ResultsSink {
  /** Time, commit and LMSFinish; called on pagehide. */
  pageHidden(): void;
}

/**
 * Writes each finished encounter of the launched activity to the LMS: one interaction per scored
 * step, the attempt's score and status, the session time and the suspend data, then LMSCommit.
 * When the launched encounter or shift is over it also calls LMSFinish.
 */
export function scormReporter(
  connection: ScormConnection,
  slot: SuspendSlot,
  target: LaunchTarget,
  sessionSeconds: () => number,
  board: LmsStatusBoard,
): ScormReporter {
  const writeTime = () => connection.set('cmi.core.session_time', scormTimespan(sessionSeconds()), 'the time you spent');

  /** Score, status, time and suspend data, committed; LMSFinish when the attempt is over. */
  function writeOutcome(ledger: AttemptLedger, outcome: AttemptOutcome, ok: boolean): void {
    const set = (element: string, value: string, what: string) => (ok = connection.set(element, value, what) && ok);
    set('cmi.core.score.min', '0', 'your score');
    set('cmi.core.score.max', '100', 'your score');
    set('cmi.core.score.raw', String(outcome.score), 'your score');
    set('cmi.core.lesson_status', outcome.status, 'your result');
    ok = writeTime() && ok;
    ok = slot.write({ ledger }) && ok;
    set('cmi.core.exit', outcome.over ? '' : 'suspend', 'your place in the game');
    ok = connection.commit('your score') && ok;
    if (outcome.over) {
      ok = connection.finish() && ok;
      board.update({ sent: ok });
    }
  }

  return {
    encounterEnded(result) {
      if (connection.finished || !countsFor(target, result)) return;
      const ledger = record(slot.payload.ledger, target, result);
      const outcome = attemptOutcome(ledger, target, result.shift ? { count: result.shift.count, ended: false } : null);
      let ok = true;
      let n = Number.parseInt(connection.get('cmi.interactions._count'), 10) || 0;
      for (const interaction of interactionsFor(result)) {
        const at = `cmi.interactions.${n}`;
        const set = (field: string, value: string) => (ok = connection.set(`${at}.${field}`, value, 'your answers for the report') && ok);
        set('id', interaction.id);
        set('type', interaction.type);
        set('weighting', interaction.weighting);
        set('student_response', interaction.studentResponse);
        set('result', interaction.result);
        if (interaction.latency) set('latency', interaction.latency);
        n++;
      }
      writeOutcome(ledger, outcome, ok);
    },
    shiftEnded(ended) {
      // A shift that ran out of time ends before its last patient: that is when it is graded.
      if (connection.finished || !isLaunchedShift(target, ended)) return;
      const ledger = slot.payload.ledger;
      writeOutcome(ledger, attemptOutcome(ledger, target, { count: ended.count, ended: true }), true);
    },
    pageHidden() {
      if (connection.finished) return;
      writeTime();
      connection.commit('the time you spent');
      connection.finish();
    },
  };
}
