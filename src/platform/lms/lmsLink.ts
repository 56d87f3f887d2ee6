import type { BadgeCode } from '../../core';
import { browserBackend, type KeyValueBackend } from '../keyValueBackend';
import type { ProgressKeeper } from '../progress/progressKeeper';
import type { ResultsSink } from '../results/resultsSink';
import type { ProgressStore } from '../storage';
import { launchCmi5 } from './cmi5/cmi5Launch';
import { cmi5Launch } from './cmi5/launchParams';
import { launchTarget } from './launchTarget';
import { lmsStatusBoard } from './lmsStatus';
import { findScormApi } from './scorm12/findApi';
import { launchScorm } from './scorm12/scormLaunch';

/** What a course launch changes: where progress is kept, and who hears about results. */
export interface LmsLink {
  /** A progress store backed by the LMS (mirrored in `backend`), or null to keep the browser's own. */
  progressStore(backend: KeyValueBackend, namespace: string): ProgressStore | null;
  /** Where points and badges are kept in the course, or null to keep them in the browser. */
  pointsKeeper: ProgressKeeper | null;
  /** Tells the course about badges just earned (cmi5 sends an xAPI statement for each); absent when it does not listen. */
  badgesEarned?(codes: readonly BadgeCode[]): void;
  sinks: readonly ResultsSink[];
}

let link: LmsLink | null | undefined;

/**
 * Looks for a course once per page: a SCORM 1.2 API in a parent or opener window, else cmi5
 * launch parameters in the URL. Null outside an LMS.
 */
export function lmsLink(): LmsLink | null {
  if (link === undefined) link = detect();
  return link;
}

function detect(): LmsLink | null {
  if (typeof window === 'undefined') return null;
  const query = new URLSearchParams(window.location.search);
  const api = findScormApi(window);
  if (!api) return detectCmi5(query);
  const scorm = launchScorm(api, {
    target: launchTarget(query),
    board: lmsStatusBoard,
    now: () => performance.now(),
    onPageHide: (handler) => window.addEventListener('pagehide', handler),
  });
  return scorm
    ? {
        progressStore: (backend, namespace) => scorm.progressStore(backend, namespace),
        pointsKeeper: scorm.pointsKeeper,
        sinks: [scorm.sink],
      }
    : null;
}

/** A cmi5 launch keeps progress in the browser as usual and sends statements to the course's LRS. */
function detectCmi5(query: URLSearchParams): LmsLink | null {
  const launch = cmi5Launch(query);
  if (!launch) return null;
  const sink = launchCmi5(launch, {
    target: launchTarget(query),
    board: lmsStatusBoard,
    backend: browserBackend(),
    fetch: (...args) => window.fetch(...args),
    now: () => Date.now(),
    later: (run, ms) => void window.setTimeout(run, ms),
    onOnline: (handler) => window.addEventListener('online', handler),
  });
  return { progressStore: () => null, pointsKeeper: null, badgesEarned: (codes) => sink.badgesEarned(codes), sinks: [sink] };
}

/** The progress store for this page when a course launched it; null outside an LMS. */
export function lmsProgressStore(backend: KeyValueBackend, namespace: string): ProgressStore | null {
  return lmsLink()?.progressStore(backend, namespace) ?? null;
}
