import type { Action } from '../../core';
import type { EncounterRecord, ResultsFile, ShiftTag } from './resultsFileSchema';

/** What a file says the report was. The instructor view treats it as a claim and checks it by replaying the log. */
export interface ClaimedScore {
  score: number;
  passed: boolean;
  /** Critical errors as `code` or `code@rx`, sorted. */
  critical: string[];
}

/** One encounter from a results file or a gradebook row, before it is re-scored. */
export interface ClaimedEncounter {
  scenarioId: string;
  title: string;
  source: string;
  scenarioVersion: string;
  mode: 'practice' | 'assessment';
  shift?: ShiftTag;
  log: readonly Action[];
  timeTakenSeconds: number;
  claimed: ClaimedScore;
}

/** One student's file (or one student's rows of a gradebook CSV), as the instructor dropped it. */
export interface Submission {
  /** The file it came from. */
  fileName: string;
  /** The name the student typed; else the file name without its extension. */
  student: string;
  /** The name the student chose for the class board, when they chose one. */
  displayName?: string;
  exportedAt: string;
  appVersion: string;
  encounters: ClaimedEncounter[];
}

/** "miss.DEA_INVALID@rx1": a critical error in a form that is the same in JSON and CSV. */
export function criticalToken(c: { code: string; rx?: string | undefined }): string {
  return c.rx ? `${c.code}@${c.rx}` : c.code;
}

/** The encounter as the instructor view reads it. */
export function claimedEncounter(record: EncounterRecord): ClaimedEncounter {
  return {
    scenarioId: record.scenarioId,
    title: record.title,
    source: record.source,
    scenarioVersion: record.scenarioVersion,
    mode: record.mode,
    ...(record.shift ? { shift: record.shift } : {}),
    log: record.log,
    timeTakenSeconds: record.timeTakenSeconds,
    claimed: { score: record.score, passed: record.passed, critical: record.criticalErrors.map(criticalToken).sort() },
  };
}

/** A results file as one submission. */
export function submissionOf(file: ResultsFile, fileName: string): Submission {
  return {
    fileName,
    student: file.studentName ?? withoutExtension(fileName),
    ...(file.displayName ? { displayName: file.displayName } : {}),
    exportedAt: file.exportedAt,
    appVersion: file.appVersion,
    encounters: file.encounters.map(claimedEncounter),
  };
}

/** "ana.json" → "ana". */
export function withoutExtension(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || fileName;
}
