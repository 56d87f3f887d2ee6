import type { ResultsSink } from '../../results/resultsSink';
import { attemptOutcome, countsFor, record } from '../attempt';
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

  return {
    encounterEnded(result) {
      if (connection.finished || !countsFor(target, result)) return;
      const ledger = record(slot.payload.ledger, target, result);
      const outcome = attemptOutcome(ledger, target, result.shift?.count ?? null);
      let ok = true;
      const set = (element: string, value: string, what: string) => (ok = connection.set(element, value, what) && ok);

      let n = Number.parseInt(connection.get('cmi.interactions._count'), 10) || 0;
      for (const interaction of interactionsFor(result)) {
        const at = `cmi.interactions.${n}`;
        set(`${at}.id`, interaction.id, 'your answers for the report');
        set(`${at}.type`, interaction.type, 'your answers for the report');
        set(`${at}.weighting`, interaction.weighting, 'your answers for the report');
        set(`${at}.student_response`, interaction.studentResponse, 'your answers for the report');
        set(`${at}.result`, interaction.result, 'your answers for the report');
        if (interaction.latency) set(`${at}.latency`, interaction.latency, 'your answers for the report');
        n++;
      }
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
    },
    pageHidden() {
      if (connection.finished) return;
      writeTime();
      connection.commit('the time you spent');
      connection.finish();
    },
  };
}
