import type { Action, Finding, Report, ResolvedEncounter, Result } from '../../core';

/** Practice shows feedback as it happens; assessment holds it until the report. */
export type ResultMode = 'practice' | 'assessment';

/** Where a finished encounter sat in a shift. */
export interface ShiftSlot {
  shiftId: string;
  /** The shift file, when known. */
  path?: string;
  /** 0-based position of this patient in the shift. */
  index: number;
  /** How many patients the shift has. */
  count: number;
}

/** Everything the LMS layers need about one finished encounter; all of it comes from the core's replay. */
export interface EncounterResult {
  /** The scenario played: id, title and source path (scenario files carry no version number yet). */
  scenario: ResolvedEncounter;
  mode: ResultMode;
  /** The action log; each action's `at` (scenario seconds) gives step latencies. */
  log: readonly Action[];
  /** The core's report: score, passed, skills, feedback. */
  report: Report;
  /** Every judged result, with its result code, checkpoint and finding (missed steps included). */
  results: readonly Result[];
  /** What the rules found in this scenario. */
  findings: readonly Finding[];
  shift?: ShiftSlot;
}

/** A shift that has ended: every patient seen, or the time limit passed. */
export interface ShiftResult {
  shiftId: string;
  path?: string;
  /** How many patients it had. */
  count: number;
  /** How many were seen before it ended (fewer than `count` when time ran out). */
  seen: number;
}

/** Something that wants to know when play produces results: an LMS, a results file, a class view. */
export interface ResultsSink {
  encounterEnded(result: EncounterResult): void;
  shiftEnded?(result: ShiftResult): void;
}
