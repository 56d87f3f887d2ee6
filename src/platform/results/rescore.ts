import { replay, report, textIn, type Report, type ResolvedEncounter } from '../../core';
import type { Loaded } from '../scenarioLibrary';
import { criticalErrorsOf } from './resultsFile';
import { scenarioVersion } from './scenarioVersion';
import { criticalToken, type ClaimedEncounter, type ClaimedScore, type Submission } from './submission';

/** An encounter whose log was replayed on the shipped scenario and gave what the file claims. */
export interface RescoredEncounter extends ClaimedEncounter {
  /** Who sent it, and in which file. */
  from: Pick<Submission, 'student' | 'fileName' | 'exportedAt' | 'appVersion'>;
  scenario: ResolvedEncounter;
  /** The report from the replay: what the instructor view shows and counts. */
  report: Report;
}

/** A submission after re-scoring: counted, or left out with the reason in plain words. */
export type Rescored =
  | { kind: 'accepted'; submission: Submission; encounters: RescoredEncounter[] }
  | { kind: 'rejected'; submission: Submission; message: string };

/** Finds a shipped scenario by its library path. */
export type ScenarioLookup = (source: string) => Loaded<ResolvedEncounter>;

const LEFT_OUT = 'so this file is left out of the totals';

const claimText = (c: ClaimedScore) =>
  `${c.score} (${c.passed ? 'pass' : 'fail'}${c.critical.length ? `, critical: ${c.critical.join(' ')}` : ''})`;

/**
 * Replays every encounter of a submission on the scenarios this TechShift ships. The file is
 * counted only when every encounter names a shipped scenario at the same version and its
 * recorded score, pass and critical errors are what the replay gives; otherwise it is rejected whole.
 */
export function rescore(submission: Submission, lookup: ScenarioLookup): Rescored {
  const reject = (message: string): Rescored => ({ kind: 'rejected', submission, message: `${submission.fileName}: ${message}` });
  const encounters: RescoredEncounter[] = [];
  const from = {
    student: submission.student,
    fileName: submission.fileName,
    exportedAt: submission.exportedAt,
    appVersion: submission.appVersion,
  };
  for (const [i, claimed] of submission.encounters.entries()) {
    const which = `encounter ${i + 1} ("${textIn(claimed.title, 'en')}", ${claimed.source})`;
    const loaded = lookup(claimed.source);
    if (!loaded.ok) return reject(`${which} is not a scenario that ships with this TechShift: its score cannot be checked, ${LEFT_OUT}`);
    const scenario = loaded.value;
    if (scenario.id !== claimed.scenarioId) {
      return reject(
        `${which} names scenario "${claimed.scenarioId}", but that file is now "${scenario.id}": its score cannot be checked, ${LEFT_OUT}`,
      );
    }
    const version = scenarioVersion(scenario);
    if (version !== claimed.scenarioVersion) {
      return reject(
        `${which} was played on scenario version ${claimed.scenarioVersion}, but this TechShift has version ${version}: an unknown version cannot be re-scored, ${LEFT_OUT}`,
      );
    }
    const r = report(replay(scenario, claimed.log));
    const actual: ClaimedScore = { score: r.score, passed: r.passed, critical: criticalErrorsOf(r).map(criticalToken).sort() };
    if (
      actual.score !== claimed.claimed.score ||
      actual.passed !== claimed.claimed.passed ||
      actual.critical.join(' ') !== claimed.claimed.critical.join(' ')
    ) {
      return reject(
        `${which} records ${claimText(claimed.claimed)}, but replaying its log gives ${claimText(actual)}: the file does not match its own log, ${LEFT_OUT}`,
      );
    }
    encounters.push({ ...claimed, from, scenario, report: r });
  }
  return { kind: 'accepted', submission, encounters };
}
