import { describe, expect, it } from 'vitest';
import { replay } from '../../../../src/core/engine/engine';
import { report } from '../../../../src/core/scoring/score';
import { buildResultsFile, resultsFileName } from '../../../../src/platform/results/resultsFile';
import { resultsFileSchema } from '../../../../src/platform/results/resultsFileSchema';
import { scenarioVersion } from '../../../../src/platform/results/scenarioVersion';
import { expertLog, missEverythingLog, shipped } from '../../../fixtures/classResults';

const CATCH = shipped('scenarios/encounters/catch-oxycodone-bad-dea.json');
const AT = '2026-11-03T14:05:09.000Z';

describe('the results file a student downloads', () => {
  it('holds, per encounter, the scenario id, path and version, the mode, the log and the replayed report', () => {
    const log = missEverythingLog(CATCH);
    const file = buildResultsFile([{ scenario: CATCH, mode: 'assessment', log }], { exportedAt: AT, studentName: '  Ana Diaz ' });
    const r = report(replay(CATCH, log));
    expect(file).toMatchObject({ format: 'techshift-results', formatVersion: 1, exportedAt: AT, studentName: 'Ana Diaz' });
    expect(file.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    const [e] = file.encounters;
    expect(e).toMatchObject({
      scenarioId: CATCH.id,
      source: 'scenarios/encounters/catch-oxycodone-bad-dea.json',
      scenarioVersion: scenarioVersion(CATCH),
      mode: 'assessment',
      score: r.score,
      passed: false,
      skills: r.skills,
      timeTakenSeconds: log.at(-1)!.at,
    });
    expect(e!.log).toEqual(log);
    expect(e!.criticalErrors.map((c) => c.code)).toEqual(r.critical.map((c) => c.code));
    expect(e!.criticalErrors[0]).toMatchObject({ code: 'miss.DEA_INVALID', finding: 'DEA_INVALID' });
    // What was written reads back through the same schema.
    expect(resultsFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
  });

  it('never needs a name: a blank one is left out of the file and the file name', () => {
    const file = buildResultsFile([{ scenario: CATCH, mode: 'practice', log: expertLog(CATCH) }], { exportedAt: AT, studentName: '   ' });
    expect('studentName' in file).toBe(false);
    expect(file.encounters[0]!.score).toBe(100);
    expect(resultsFileName(file, 'json')).toBe('techshift-results-2026-11-03-1405.json');
    expect(resultsFileName({ exportedAt: AT, studentName: "Zoë O'Brien-Smith" }, 'csv')).toBe(
      'techshift-results-zoe-obrien-smith-2026-11-03-1405.csv',
    );
  });
});
