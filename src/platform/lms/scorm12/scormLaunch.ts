import type { KeyValueBackend } from '../../keyValueBackend';
import type { ProgressKeeper } from '../../progress/progressKeeper';
import type { ResultsSink } from '../../results/resultsSink';
import { createProgressStore, type ProgressStore } from '../../storage';
import type { LaunchTarget } from '../launchTarget';
import { displayName, type LmsStatusBoard } from '../lmsStatus';
import { decodeSuspend } from '../suspendData';
import type { Scorm12Api } from './scormApi';
import { openScorm } from './scormConnection';
import { scormReporter } from './scormReporter';
import { suspendProgressStore } from './suspendProgressStore';
import { suspendSlot } from './suspendSlot';

/** A running SCORM 1.2 session: where progress is saved, and the sink that reports results. */
export interface ScormLink {
  progressStore(backend: KeyValueBackend, namespace: string): ProgressStore;
  /** Points and badges in cmi.suspend_data, beside the saved shift. */
  pointsKeeper: ProgressKeeper;
  sink: ResultsSink;
}

export interface ScormLaunchDeps {
  target: LaunchTarget;
  board: LmsStatusBoard;
  /** Milliseconds, for the session time. */
  now(): number;
  /** Registers the page-hide handler (window.addEventListener('pagehide', …) in the browser). */
  onPageHide(handler: () => void): void;
}

/**
 * LMSInitialize, then read who the learner is and, unless this is a new attempt, where they
 * were (cmi.suspend_data). Null when the LMS refuses to start the session: the student is told,
 * and the game keeps their work in this browser as it does outside an LMS.
 */
export function launchScorm(api: Scorm12Api, deps: ScormLaunchDeps): ScormLink | null {
  const connection = openScorm(api, (message) => deps.board.update({ alert: message }));
  if (!connection) return null;
  const startedAt = deps.now();
  const learnerId = connection.get('cmi.core.student_id');
  const name = displayName(connection.get('cmi.core.student_name'));
  const entry = connection.get('cmi.core.entry');
  // LMSs disagree on "" vs "resume" for a returning learner; only "ab-initio" surely means a fresh attempt.
  const kept = entry === 'ab-initio' ? null : decodeSuspend(connection.get('cmi.suspend_data'));
  const slot = suspendSlot(connection, kept ?? { progress: null, ledger: {} });

  const status = connection.get('cmi.core.lesson_status');
  if (status === '' || status === 'not attempted') connection.set('cmi.core.lesson_status', 'incomplete', 'the start of this session');
  connection.set('cmi.core.exit', 'suspend', 'your place in the game');
  connection.commit('the start of this session');

  deps.board.update({ via: 'scorm', learner: name || null });
  const sink = scormReporter(connection, slot, deps.target, () => (deps.now() - startedAt) / 1000, deps.board);
  deps.onPageHide(() => sink.pageHidden());

  return {
    sink,
    pointsKeeper: {
      load: () => slot.payload.points ?? null,
      save: (points) => !connection.finished && slot.write({ points }) && connection.commit('your points and badges'),
    },
    progressStore(backend, namespace) {
      const keys = { owner: `${namespace}:lms-learner`, behind: `${namespace}:lms-behind` };
      return suspendProgressStore(connection, slot, createProgressStore(backend, namespace), backend, keys, learnerId);
    },
  };
}
