import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGame, waitForFirstFrame } from './harness/game';
import { menuHeading, resumeHeading } from './harness/lab';
import { expectedHint, expertMoves, hintText, loadScenario, mouseStudent, playAll, stationHeading, waitForPlay } from './harness/play';
import { textIn } from '../../src/core';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';
const KEY = 'techshift:progress';

const savedProgress = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

/** The resume prompt's details, term by term. */
async function details(page: Page): Promise<Record<string, string>> {
  const terms = await page.locator('.resume-details dt').allTextContents();
  const values = await page.locator('.resume-details dd').allTextContents();
  return Object.fromEntries(terms.map((t, i) => [t, values[i] ?? '']));
}

describe('saved work is offered, never resumed silently', () => {
  const game = useGame();

  it('says whose work it is (patient, case, when) and Continue comes back at the station the student was at', async () => {
    const scenario = loadScenario(PATH);
    const moves = expertMoves(scenario);
    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    const done = await playAll(mouseStudent(page), scenario, moves.slice(0, 2));
    await mouseStudent(page).walk('shelves');
    const saved = await savedProgress(page);
    expect(saved.station, 'walking saves the station').toBe('shelves');
    expect(Date.parse(saved.savedAt), 'the save says when it was made').toBeGreaterThan(Date.now() - 5 * 60_000);

    await page.reload();
    await resumeHeading(page).waitFor();
    expect(await resumeHeading(page).textContent()).toBe('A patient was left open on this computer');
    const when = await page.evaluate(
      (iso) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
      saved.savedAt,
    );
    expect(await details(page)).toEqual({
      Patient: `${scenario.patient.firstName} ${scenario.patient.lastName}: ${textIn(scenario.title, 'en')}`,
      Mode: 'Practice',
      'Last played': when,
    });
    expect(await stationHeading(page, 'dropoff').count(), 'nothing is resumed before the choice').toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('A patient was left open on this computer');

    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForFirstFrame(page);
    await stationHeading(page, 'shelves').waitFor();
    expect(await hintText(page)).toBe(expectedHint(scenario, done));
    // And on from there to the end, as if there had been no reload.
    await playAll(mouseStudent(page), scenario, moves.slice(2), done);
    expect(await page.getByRole('dialog', { name: 'Encounter report' }).locator('.report-score').textContent()).toBe('100 out of 100');
  });

  it('Start fresh keeps nothing of it: with a ?scenario= link the linked patient starts anew; without one, a clean menu', async () => {
    const scenario = loadScenario(PATH);
    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    await playAll(mouseStudent(page), scenario, expertMoves(scenario).slice(0, 1));
    // As an older version saved it: no time, no station. It still loads.
    await page.evaluate((key) => {
      const { savedAt: _t, station: _s, ...old } = JSON.parse(localStorage.getItem(key) ?? '{}');
      localStorage.setItem(key, JSON.stringify(old));
    }, KEY);

    await page.reload();
    await resumeHeading(page).waitFor();
    expect((await details(page))['Last played']).toBe('not recorded (saved by an older version of TechShift)');
    await page.getByRole('button', { name: 'Start fresh' }).click();
    await waitForPlay(page);
    expect(
      await page.locator('.station-panel').getByRole('button', { name: 'Confirm identity' }).isVisible(),
      'the patient starts anew',
    ).toBe(true);
    expect((await savedProgress(page)).log).toEqual([]);

    // Played a little again, then opened without the link: offered; Start fresh leaves a clean menu for good.
    await playAll(mouseStudent(page), scenario, expertMoves(scenario).slice(0, 1));
    await page.goto(new URL('./', page.url()).href);
    await resumeHeading(page).waitFor();
    await page.getByRole('button', { name: 'Start fresh' }).click();
    await menuHeading(page).waitFor();
    expect(await savedProgress(page)).toBeNull();
    await page.reload();
    await menuHeading(page).waitFor();
    expect(await resumeHeading(page).count()).toBe(0);
  });

  it('leaving a shift from a report (Escape) keeps the shift: offered at its next patient, and Continue carries on', async () => {
    const page = await game.open();
    await page.getByRole('radio', { name: /^A calm Monday morning/ }).check();
    await page.getByRole('button', { name: 'Start shift' }).click();
    await waitForFirstFrame(page);
    await page.getByRole('button', { name: 'End the encounter…' }).click();
    await page.getByRole('button', { name: 'Yes, end it' }).click();
    const report = page.getByRole('dialog', { name: 'Encounter report' });
    await report.waitFor();
    expect(await report.getByRole('button', { name: 'Next patient' }).count(), 'a shift has a next patient').toBe(1);

    await page.keyboard.press('Escape');
    await resumeHeading(page).waitFor();
    expect(await resumeHeading(page).textContent()).toBe('A shift was left open on this computer');
    const shown = await details(page);
    expect(shown.Shift).toMatch(/^A calm Monday morning \(patient 2 of 5\)$/);

    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForFirstFrame(page);
    const bar = page.locator('.shift-bar');
    await expect.poll(() => bar.textContent()).toContain('patient 2 of 5');
    const atCounter = ((await bar.locator('.shift-bar-patient').textContent()) ?? '')
      .replace(/^At the counter\s*/, '')
      .replace(/ · patient.*$/, '')
      .trim();
    expect(shown.Patient).toMatch(new RegExp(`^${atCounter}: `));
  });
});
