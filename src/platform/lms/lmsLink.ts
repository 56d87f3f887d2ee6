import type { KeyValueBackend } from '../keyValueBackend';
import type { ResultsSink } from '../results/resultsSink';
import type { ProgressStore } from '../storage';
import { launchTarget } from './launchTarget';
import { lmsStatusBoard } from './lmsStatus';
import { findScormApi } from './scorm12/findApi';
import { launchScorm } from './scorm12/scormLaunch';

/** What a course launch changes: where progress is kept, and who hears about results. */
export interface LmsLink {
  /** A progress store backed by the LMS (mirrored in `backend`), or null to keep the browser's own. */
  progressStore(backend: KeyValueBackend, namespace: string): ProgressStore | null;
  sinks: readonly ResultsSink[];
}

let link: LmsLink | null | undefined;

/** Looks for a course once per page: a SCORM 1.2 API in a parent or opener window. Null outside an LMS. */
export function lmsLink(): LmsLink | null {
  if (link === undefined) link = detect();
  return link;
}

function detect(): LmsLink | null {
  if (typeof window === 'undefined') return null;
  const query = new URLSearchParams(window.location.search);
  const api = findScormApi(window);
  if (!api) return null;
  const scorm = launchScorm(api, {
    target: launchTarget(query),
    board: lmsStatusBoard,
    now: () => performance.now(),
    onPageHide: (handler) => window.addEventListener('pagehide', handler),
  });
  return scorm ? { progressStore: (backend, namespace) => scorm.progressStore(backend, namespace), sinks: [scorm.sink] } : null;
}

/** The progress store for this page when a course launched it; null outside an LMS. */
export function lmsProgressStore(backend: KeyValueBackend, namespace: string): ProgressStore | null {
  return lmsLink()?.progressStore(backend, namespace) ?? null;
}
