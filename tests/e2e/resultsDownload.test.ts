import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/core/scoring/score';
import { CSV_COLUMNS } from '../../src/platform/results/resultsCsv';
import { resultsFileSchema, type ResultsFile } from '../../src/platform/results/resultsFileSchema';
import { useGame, waitForFirstFrame } from './harness/game';
import { expertMoves, loadScenario, mouseStudent, playAll, readReport, stateAfter, waitForPlay, type Move } from './harness/play';

const HANDOFF = 'scenarios/encounters/handoff-sertraline-side-effects.json';
const CALM_TITLE = 'A calm Monday morning';
const NAME = 'Ana Díaz, "RPhT"';

/** Clicks a download button in the results dialog and reads the file the browser saved. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Opens the results dialog, types a name (when given) and downloads both files. */
async function downloadBoth(page: Page, name?: string) {
  await page.getByRole('button', { name: 'Download my results…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download your results' });
  await dialog.waitFor();
  if (name !== undefined) await dialog.getByLabel('Your name (optional)').fill(name);
  const json = await download(page, dialog.getByRole('button', { name: 'Download JSON file' }));
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Saved ${json.name}`);
  const csv = await download(page, dialog.getByRole('button', { name: 'Download CSV file' }));
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Saved ${csv.name}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const file: ResultsFile = resultsFileSchema.parse(JSON.parse(json.text));
  const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  return { json, csv, file, rows: rows.data };
}

describe('the results a student keeps', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('downloads the report as JSON and CSV, with the name typed and the score on screen', async () => {
    const scenario = loadScenario(HANDOFF);
    const clinical = scenario.dialogue.pickUp.find((l) => l.pharmacistOnly)!;
    // A student who answers the clinical question themselves: a real, failing score below 100.
    const moves = expertMoves(scenario).map((m): Move =>
      m.type === 'respondToQuestion' && m.question === clinical.id ? { ...m, response: 'answer' } : m,
    );
    const expected = report(stateAfter(scenario, moves));

    const page = await game.open(`?scenario=${HANDOFF}`);
    await waitForPlay(page);
    await playAll(mouseStudent(page), scenario, moves);
    const shown = await readReport(page);
    const onScreen = Number(shown.score.replace(' out of 100', ''));
    expect(onScreen).toBe(expected.score);

    const { json, csv, file, rows } = await downloadBoth(page, NAME);
    expect(json.name).toMatch(/^techshift-results-ana-diaz-rpht-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    expect(csv.name).toBe(json.name.replace(/\.json$/, '.csv'));
    expect(file.studentName).toBe(NAME);
    expect(file.encounters).toHaveLength(1);
    const [e] = file.encounters;
    expect(e).toMatchObject({ scenarioId: scenario.id, source: HANDOFF, mode: 'practice', score: onScreen, passed: false });
    expect(e!.log.map((a) => a.type)).toEqual(moves.map((m) => m.type));
    expect(e!.criticalErrors).toHaveLength(shown.critical.length);

    expect(csv.text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ student: NAME, scenario_id: scenario.id, score: String(onScreen), result: 'fail' });
  });

  it('keeps the shift summary across a reload until "End session", opens each patient\'s report, and downloads every patient', async () => {
    const page = await game.open();
    await page.getByRole('radio', { name: new RegExp(`^${CALM_TITLE}`) }).check();
    await page.getByRole('button', { name: 'Start shift' }).click();
    await waitForFirstFrame(page);
    for (let i = 0; i < 5; i++) {
      await expect.poll(() => page.locator('.shift-bar').textContent()).toContain(`patient ${i + 1} of 5`);
      await page.getByRole('button', { name: 'End the encounter…' }).click();
      await page.getByRole('button', { name: 'Yes, end it' }).click();
      await page.getByRole('button', { name: 'Next patient' }).click();
    }
    const summary = page.getByRole('region', { name: `End of shift: ${CALM_TITLE}` });
    await summary.waitFor();
    const before = await summary.getByRole('table').textContent();
    const names = await summary.locator('tbody tr td:first-child').allTextContents();
    expect(names).toHaveLength(5);

    await page.reload();
    // Saved work is never resumed silently; continuing a finished shift shows its summary again.
    await page.getByRole('button', { name: 'Continue' }).click();
    await summary.waitFor();
    expect(await summary.getByRole('table').textContent()).toBe(before);

    // Each patient's report, replayed from their log, opens from the summary.
    await summary.getByRole('button', { name: `Report for ${names[1]}` }).click();
    const opened = summary.getByRole('region', { name: new RegExp(`^Report for ${names[1]}`) });
    await opened.getByRole('heading', { name: 'Encounter report' }).waitFor();
    expect(await opened.locator('.report-score').textContent()).toBe('0 out of 100');
    expect(await opened.getByRole('button', { name: 'Next patient' }).count()).toBe(0);

    const { file, rows } = await downloadBoth(page);
    expect(file.studentName).toBeUndefined();
    expect(file.encounters).toHaveLength(5);
    expect(file.encounters.map((e) => e.shift?.id)).toEqual(Array(5).fill('calm-morning'));
    const tableScores = await summary.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(file.encounters.map((e) => String(e.score))).toEqual(tableScores);
    expect(rows.map((r) => r.score)).toEqual(tableScores);

    await summary.getByRole('button', { name: 'End session…' }).click();
    await page.getByRole('button', { name: 'Yes, wipe and end the session' }).click();
    await page.getByRole('button', { name: 'Start shift' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Start shift' }).waitFor();
    expect(await page.getByRole('region', { name: /End of shift/ }).count()).toBe(0);
  });
});
