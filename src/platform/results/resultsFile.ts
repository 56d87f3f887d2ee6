import { replay, report, textIn, type Action, type Report, type ResolvedEncounter } from '../../core';
import { APP_VERSION } from './appVersion';
import {
  RESULTS_FORMAT,
  RESULTS_FORMAT_VERSION,
  resultsFileSchema,
  type CriticalError,
  type EncounterRecord,
  type ResultsFile,
  type ShiftTag,
} from './resultsFileSchema';
import { scenarioVersion } from './scenarioVersion';

/** An encounter as the student played it: enough to replay and score it. */
export interface PlayedEncounter {
  scenario: ResolvedEncounter;
  mode: 'practice' | 'assessment';
  log: readonly Action[];
  shift?: ShiftTag;
}

/** The critical errors of a report, as codes: the wording stays with the catalogue that renders it. */
export function criticalErrorsOf(r: Report): CriticalError[] {
  return r.critical.map((c) => ({
    code: c.code,
    step: c.step,
    ...(c.finding !== undefined ? { finding: c.finding } : {}),
    ...(c.rx !== undefined ? { rx: c.rx } : {}),
  }));
}

/** One encounter's record, scored by replaying its log: the file says what the core says, nothing the page remembered. */
export function encounterRecord(played: PlayedEncounter): EncounterRecord {
  const { scenario, mode, log, shift } = played;
  const r = report(replay(scenario, log));
  return {
    scenarioId: scenario.id,
    title: textIn(scenario.title, 'en'),
    source: scenario.source,
    scenarioVersion: scenarioVersion(scenario),
    mode,
    ...(shift ? { shift } : {}),
    log: [...log],
    score: r.score,
    passed: r.passed,
    passThreshold: r.passThreshold,
    criticalErrors: criticalErrorsOf(r),
    skills: { ...r.skills },
    timeTakenSeconds: log.at(-1)?.at ?? 0,
  };
}

/** What goes into a results file besides the encounters; the caller reads the clock. */
export interface ResultsFileOptions {
  /** ISO 8601 time of the download. */
  exportedAt: string;
  /** Whatever the student typed; blank means no name. */
  studentName?: string;
  /** The name for the class board; blank means none. */
  displayName?: string;
}

/** The results file for these encounters, checked against its own schema before it is offered for download. */
export function buildResultsFile(encounters: readonly PlayedEncounter[], options: ResultsFileOptions): ResultsFile {
  const name = options.studentName?.trim();
  const shown = options.displayName?.trim();
  return resultsFileSchema.parse({
    format: RESULTS_FORMAT,
    formatVersion: RESULTS_FORMAT_VERSION,
    appVersion: APP_VERSION,
    exportedAt: options.exportedAt,
    ...(name ? { studentName: name } : {}),
    ...(shown ? { displayName: shown } : {}),
    encounters: encounters.map(encounterRecord),
  });
}

/** "techshift-results-ana-diaz-2026-11-03-1405.json": the student's name (when given), the date and time, the extension. */
export function resultsFileName(file: Pick<ResultsFile, 'exportedAt' | 'studentName'>, extension: 'json' | 'csv'): string {
  const who = (file.studentName ?? '')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 40);
  const when = file.exportedAt.slice(0, 16).replace('T', '-').replace(':', '');
  return ['techshift-results', who, when].filter(Boolean).join('-') + `.${extension}`;
}
