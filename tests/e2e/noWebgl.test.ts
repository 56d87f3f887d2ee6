import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../src/ui/i18n/locales/en.json';
import { NO_WEBGL_ARGS } from './harness/chromium';
import { useGame } from './harness/game';
import { STATION_IDS } from '../../src/core';
import {
  expectedHint,
  expertMoves,
  hintText,
  keyboardStudent,
  loadScenario,
  mouseStudent,
  pharmacyPlan,
  playAll,
  readReport,
  startFromMenu,
  stationHeading,
  stationAfter,
  waitForPlay,
} from './harness/play';

const FILL = 'scenarios/encounters/fill-lisinopril-refill-day.json';
const CATCH = 'scenarios/encounters/catch-penicillin-allergy.json';
const RUSH = 'scenarios/shifts/busy-afternoon.json';
const ROOT = resolve(import.meta.dirname, '../..');
const NO_WEBGL_NOTICE =
  'This browser could not start 3D graphics (WebGL), so TechShift shows a simple 2D plan; everything works and scores the same.';

/** Records every three.js or 3D-scene chunk the page asks for. */
function watchThreeChunks(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.split('/').pop() ?? '';
    if (/^(three|PharmacyCanvas)-.*\.js$/.test(file)) asked.push(file);
  });
  return asked;
}

/** The plan's card for a station, and its button. */
const planCard = (page: Page, name: string) =>
  pharmacyPlan(page)
    .locator('.plan-station')
    .filter({ has: page.getByRole('button', { name, exact: true }) });

describe('a browser without WebGL plays the whole game on the 2D plan', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 }, chromiumArgs: NO_WEBGL_ARGS });

  it('the build has the chunks this file watches for, so "never requested" means something', () => {
    const files = readdirSync(resolve(ROOT, 'dist/assets'));
    expect(files.some((f) => /^three-.*\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /^PharmacyCanvas-.*\.js$/.test(f))).toBe(true);
  });

  it('the menu says why, and a fill played by keyboard scores 100 with no canvas and no three.js download', async () => {
    const page = await game.open();
    const three = watchThreeChunks(page);
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2')), 'this browser really has no WebGL').toBeNull();
    await expect.poll(() => page.getByRole('main').getByText(NO_WEBGL_NOTICE, { exact: true }).isVisible()).toBe(true);

    const scenario = loadScenario(FILL);
    const student = keyboardStudent(page);
    await startFromMenu(student, FILL);
    await waitForPlay(page, 'plan');
    await playAll(student, scenario, expertMoves(scenario));

    const report = await readReport(page);
    expect(report.score).toBe('100 out of 100');
    expect(report.verdict).toMatch(/^✔ PASS\b/);
    expect(await page.locator('canvas').count(), 'no canvas element').toBe(0);
    expect(three, 'three.js and the 3D scene are never downloaded').toEqual([]);
  });

  it('the plan marks where the student is, shows the patient at the window and who waits, and its stations walk there', async () => {
    const scenario = loadScenario(FILL);
    const page = await game.open(`?scenario=${FILL}`);
    await waitForPlay(page, 'plan');

    const dropOff = planCard(page, en.stations.dropoff);
    expect(await dropOff.getByRole('button').getAttribute('aria-current')).toBe('location');
    expect(await dropOff.getByText('You are here').isVisible()).toBe(true);
    expect(await dropOff.textContent()).toContain(`${scenario.patient.firstName} ${scenario.patient.lastName}`);
    expect(await pharmacyPlan(page).getByText('You are here').count(), 'one station is marked').toBe(1);

    await pharmacyPlan(page).getByRole('button', { name: en.stations.shelves, exact: true }).click();
    await stationHeading(page, 'shelves').waitFor();
    const shelves = planCard(page, en.stations.shelves);
    expect(await shelves.getByRole('button').getAttribute('aria-current')).toBe('location');
    expect(await shelves.getByText('You are here').isVisible()).toBe(true);
    expect(await dropOff.getByText('You are here').count()).toBe(0);
  });

  it('the menu with its notice, and the plan at every station, pass axe-core (WCAG 2.2 AA)', async () => {
    const violations = async (page: Page) =>
      (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`),
      );
    const page = await game.open();
    await page.getByRole('main').getByText(NO_WEBGL_NOTICE).waitFor();
    expect(await violations(page), 'menu').toEqual([]);
    await page.goto(`${page.url()}?scenario=${RUSH}`);
    await waitForPlay(page, 'plan');
    for (const id of STATION_IDS) {
      await pharmacyPlan(page).getByRole('button', { name: en.stations[id], exact: true }).click();
      await stationHeading(page, id).waitFor();
      expect(await violations(page), `plan at ${id}`).toEqual([]);
    }
  });

  it("in a shift, the patients who have walked in wait in the plan's waiting area, by name and in arrival order", async () => {
    const shift = JSON.parse(readFileSync(resolve(ROOT, RUSH), 'utf8')) as { encounters: { file: string; arrivesAfterMinutes: number }[] };
    const name = (file: string) => {
      const p = loadScenario(join(dirname(RUSH), file)).patient;
      return `${p.firstName} ${p.lastName}`;
    };
    const page = await game.open();
    // The page's clock, faked so the test can move the shift on by minutes.
    await page.clock.install();
    await page.goto(`${page.url().split('?')[0]}?scenario=${RUSH}`);
    await waitForPlay(page, 'plan');
    const waiting = () => planCard(page, en.stations.waiting).locator('.plan-people li').allTextContents();
    // At the start only the first patient is in: nobody waits yet.
    expect(await waiting()).toEqual([]);
    // Eight minutes on, the patients due by then stand in the waiting area in arrival order; the rest have not come.
    await page.clock.fastForward('08:00');
    const arrived = shift.encounters
      .slice(1)
      .filter((e) => e.arrivesAfterMinutes <= 8)
      .map((e) => name(e.file));
    expect(arrived.length).toBeGreaterThan(0);
    await expect.poll(async () => (await waiting()).map((t) => t.trim())).toEqual(arrived);
  });

  it('a catch with the flag dialog, by mouse, scores 100', async () => {
    const scenario = loadScenario(CATCH);
    const moves = expertMoves(scenario);
    expect(moves.map((m) => m.type)).toContain('flagProblem');
    const page = await game.open(`?scenario=${CATCH}`);
    await waitForPlay(page, 'plan');
    await playAll(mouseStudent(page), scenario, moves);

    const report = await readReport(page);
    expect(report.score).toBe('100 out of 100');
    expect(report.critical).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(0);
  });

  it('reloading mid-encounter lands back in play on the plan, at the same step, not a white page', async () => {
    const scenario = loadScenario(FILL);
    const moves = expertMoves(scenario);
    const split = moves.findIndex((m) => m.type === 'enterPrescription') + 1;
    const page = await game.open(`?scenario=${FILL}`);
    await waitForPlay(page, 'plan');
    const done = await playAll(mouseStudent(page), scenario, moves.slice(0, split));

    await page.reload();
    // Saved work is never resumed silently: the student says it is theirs.
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForPlay(page, 'plan', stationAfter(scenario, done));
    expect(await hintText(page)).toBe(expectedHint(scenario, done));
    await playAll(mouseStudent(page), scenario, moves.slice(split), done);
    expect((await readReport(page)).score).toBe('100 out of 100');
  });
});
