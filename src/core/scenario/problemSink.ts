import { say } from './checkerWords';
import { words } from './placer';
import { FILE_PATH, sortProblems, type Problem } from './problems';

/** Most problems reported for one file; the rest are counted in one closing line. */
export const MAX_PROBLEMS = 50;

/** Collects problems up to a limit; past it, only counts them (so a flood costs almost nothing). */
export interface ProblemSink {
  /** Adds a problem, built only while under the limit. */
  add(make: () => Problem | undefined): void;
  /** How many have been added or counted. */
  readonly count: number;
  /** The problems in reading order, plus "… and N more problems" when some were only counted. */
  problems(): Problem[];
}

/** A ProblemSink for one file. */
export function problemSink(file: string, limit = MAX_PROBLEMS): ProblemSink {
  const kept: Problem[] = [];
  let extra = 0;
  return {
    add(make) {
      if (kept.length >= limit) {
        extra++;
        return;
      }
      const p = make();
      if (p) kept.push(p);
    },
    get count() {
      return kept.length + extra;
    },
    problems() {
      const sorted = sortProblems(kept);
      if (extra === 0) return sorted;
      const last = sorted[sorted.length - 1];
      return [
        ...sorted,
        {
          file,
          line: last?.line ?? 1,
          column: last?.column ?? 1,
          path: FILE_PATH,
          ...words(say('moreProblems', { extra })),
          severity: 'error',
        },
      ];
    },
  };
}
