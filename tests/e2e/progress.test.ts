import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textIn } from '../../src/core';
import { buildResultsFile } from '../../src/platform/results/resultsFile';
import { expertLog, missEverythingLog, shipped } from '../fixtures/classResults';
import { useGame } from './harness/game';
import { menuHeading } from './harness/lab';
import { expertMoves, keyboardStudent, loadScenario, playAll, reportRegion, startFromMenu, waitForPlay } from './harness/play';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';

const progressPanel = (page: Page) => page.getByRole('region', { name: 'Your progress' });
const earnedBadges = (page: Page) => progressPanel(page).locator('.badge.earned .badge-name').allTextContents();

describe('points, badges and bests', () => {
  const game = useGame({ viewport: { width: 1280, height: 900 } });

  it('show on the report and the menu after a patient, survive a reload, and are gone after End session', async () => {
    const scenario = loadScenario(PATH);
    const page = await game.open();
    await menuHeading(page).waitFor();
    expect(await progressPanel(page).getByTestId('progress-points').textContent()).toBe('0 points');
    expect(await earnedBadges(page)).toEqual([]);

    const student = keyboardStudent(page);
    await startFromMenu(student, PATH);
    await waitForPlay(page);
    await playAll(student, scenario, expertMoves(scenario));
    const gains = reportRegion(page).getByTestId('report-gains');
    await expect.poll(() => gains.textContent()).toContain('+125 points');
    expect(await gains.getAttribute('aria-live')).toBe('polite');
    expect(await gains.textContent()).toContain('New badge: First patient');
    expect(await gains.textContent()).toContain('First score on record for this patient: 100.');

    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await menuHeading(page).waitFor();
    expect(await progressPanel(page).getByTestId('progress-points').textContent()).toBe('125 points');
    expect(await earnedBadges(page)).toEqual(['First patient']);
    expect(await progressPanel(page).locator('.progress-bests').textContent()).toContain(`${textIn(scenario.title, 'en')} 100 / 100`);
    expect(await progressPanel(page).textContent()).toContain('Practice streak: 1 day in a row.');

    await page.reload();
    await menuHeading(page).waitFor();
    expect(await progressPanel(page).getByTestId('progress-points').textContent(), 'kept across a reload').toBe('125 points');
    expect(await earnedBadges(page)).toEqual(['First patient']);

    await page.getByRole('main').getByRole('button', { name: 'End session…' }).click();
    await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'Yes, wipe and end the session' }).click();
    await menuHeading(page).waitFor();
    await expect.poll(() => progressPanel(page).getByTestId('progress-points').textContent()).toBe('0 points');
    expect(await earnedBadges(page), 'nothing of the last student shows').toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('techshift:points-and-badges'))).toBeNull();
  });

  it('move to another computer in a progress file, and a bad file changes nothing', async () => {
    const page = await game.open();
    await menuHeading(page).waitFor();
    const record = {
      version: 1,
      pointsByDay: { '2026-11-30': 240 },
      earlierPoints: 0,
      badges: { 'encounter.first': '2026-11-30', 'drill.perfect': '2026-11-30' },
      encounterBests: {},
      shiftBests: {},
      caught: [],
      cleanFillRun: 0,
      openShift: null,
    };
    const file = { format: 'techshift-progress', formatVersion: 1, savedAt: '2026-11-30T18:00:00-05:00', progress: record };
    const input = page.getByTestId('progress-file-input');
    const open = (name: string, text: string) => input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const status = progressPanel(page).getByRole('status');

    await open('broken.json', JSON.stringify({ ...file, progress: { ...record, earlierPoints: -5 } }));
    await expect
      .poll(() => status.textContent())
      .toBe('broken.json: progress.earlierPoints: Too small: expected number to be >=0; your progress here is unchanged.');
    expect(await progressPanel(page).getByTestId('progress-points').textContent()).toBe('0 points');

    await open('mine.json', JSON.stringify(file));
    await expect.poll(() => status.textContent()).toBe('Added mine.json to your progress.');
    expect(await progressPanel(page).getByTestId('progress-points').textContent()).toBe('240 points');
    expect(await earnedBadges(page)).toEqual(['First patient', 'Perfect drill']);
  });
});

describe('the class board', () => {
  const game = useGame({ viewport: { width: 1280, height: 900 } });

  it('is off until turned on, then shows the names students chose with their points and badges, and a projector layout', async () => {
    const oxy = shipped('scenarios/encounters/catch-oxycodone-bad-dea.json');
    const first = buildResultsFile([{ scenario: oxy, mode: 'practice', log: missEverythingLog(oxy) }], {
      exportedAt: '2026-12-01T10:00:00.000Z',
      studentName: 'Ana Diaz',
      displayName: 'Falcon',
    });
    const second = buildResultsFile([{ scenario: oxy, mode: 'assessment', log: expertLog(oxy) }], {
      exportedAt: '2026-12-02T10:00:00.000Z',
      studentName: 'Ben Okafor',
      displayName: 'Owl',
    });
    const page = await game.open('instructor.html');
    await page.getByRole('heading', { level: 1, name: 'TechShift — Instructor view' }).waitFor();
    await page
      .getByTestId('results-file-input')
      .setInputFiles(
        [first, second].map((f, i) => ({ name: `r${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f)) })),
      );
    await expect.poll(() => page.locator('.instructor-status').textContent()).toBe('Read 2 files: 2 counted, 0 left out.');
    expect(await page.getByTestId('class-board').count(), 'off by default').toBe(0);

    await page.getByRole('checkbox', { name: /^Show the class board/ }).check();
    const board = page.getByTestId('class-board');
    const rows = board.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const owl = await rows.nth(0).textContent();
    expect(owl).toMatch(/^Owl/);
    expect(owl).toContain('Flawless assessment');
    expect(await rows.nth(1).locator('th').textContent()).toBe('Falcon');
    expect(await board.textContent(), 'the real names stay in the gradebook tables').not.toContain('Ana Diaz');

    const before = await board
      .locator('tbody th')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await board.getByRole('checkbox', { name: 'Projector layout (large type)' }).check();
    const after = await board
      .locator('tbody th')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThan(before * 1.5);
  });
});
