import { textIn } from '../../core';
import type { ClassSummary } from './classSummary';
import { criticalErrorsOf } from './resultsFile';
import { resultsCsv, type ResultsRow } from './resultsCsv';
import type { RescoredEncounter } from './rescore';
import { criticalToken } from './submission';

/** A re-scored encounter as a gradebook row: the replay's scores, the student's own log. */
export function gradebookRow(e: RescoredEncounter): ResultsRow {
  return {
    student: e.from.student,
    exportedAt: e.from.exportedAt,
    appVersion: e.from.appVersion,
    shift: e.shift,
    scenarioId: e.scenarioId,
    title: textIn(e.scenario.title, 'en'),
    source: e.source,
    scenarioVersion: e.scenarioVersion,
    mode: e.mode,
    score: e.report.score,
    passed: e.report.passed,
    critical: criticalErrorsOf(e.report).map(criticalToken),
    skills: e.report.skills,
    timeTakenSeconds: e.timeTakenSeconds,
    log: e.log,
  };
}

/** The class's gradebook: one row per counted encounter, in the results CSV's columns, so this page can read it back. */
export function gradebookCsv(summary: ClassSummary): string {
  return resultsCsv(summary.students.flatMap((s) => s.encounters.map(gradebookRow)));
}
