import type { ResultMode } from '../results/resultsSink';

/** What an LMS launch opens: the whole library, one shift, or one encounter. */
export type LaunchTarget = { kind: 'library' } | { kind: 'encounter'; path: string } | { kind: 'shift'; path: string };

/** A scenario path without a leading "./" or "/", so links and saved paths compare equal. */
export const cleanPath = (path: string): string => path.trim().replace(/^\.?\//, '');

/** The launch target named by the page's query (`?scenario=…`): a path under shifts/ is a shift. */
export function launchTarget(query: URLSearchParams): LaunchTarget {
  const path = query.get('scenario');
  if (!path) return { kind: 'library' };
  return /(^|\/)shifts\//.test(path) ? { kind: 'shift', path: cleanPath(path) } : { kind: 'encounter', path: cleanPath(path) };
}

/** The mode the launch asks for (`?mode=practice|assessment`); null when it names none. */
export function launchMode(query: URLSearchParams): ResultMode | null {
  const mode = query.get('mode');
  return mode === 'practice' || mode === 'assessment' ? mode : null;
}
