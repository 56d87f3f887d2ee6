import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useGame, waitForFirstFrame } from './harness/game';
import { textIn } from '../../src/core';

const ROOT = resolve(import.meta.dirname, '../..');
const CALM = 'scenarios/shifts/calm-morning.json';
const RUSH = 'scenarios/shifts/busy-afternoon.json';

interface ShiftFile {
  title: string;
  startsAt: string;
  encounters: { file: string; arrivesAfterMinutes: number }[];
}

/** The shift as an instructor wrote it, with each patient's name and arrival clock time, in arrival order. */
function shiftOf(shiftPath: string) {
  const shift = JSON.parse(readFileSync(resolve(ROOT, shiftPath), 'utf8')) as ShiftFile;
  const [h, m] = shift.startsAt.split(':').map(Number) as [number, number];
  const patients = [...shift.encounters]
    .sort((a, b) => a.arrivesAfterMinutes - b.arrivesAfterMinutes)
    .map(({ file, arrivesAfterMinutes }) => {
      const e = JSON.parse(readFileSync(resolve(ROOT, 'scenarios/shifts', file), 'utf8')) as {
        patient: { firstName: string; lastName: string };
      };
      const t = h * 60 + m + arrivesAfterMinutes;
      return {
        name: `${e.patient.firstName} ${e.patient.lastName}`,
        arrives: `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`,
      };
    });
  return { title: textIn(shift.title, 'en'), patients };
}

async function startShift(page: Page, title: string) {
  await page.getByRole('radio', { name: new RegExp(`^${title}`) }).check();
  await page.getByRole('button', { name: 'Start shift' }).click();
  await waitForFirstFrame(page);
}

/** The names the waiting-area panel says are waiting in line, in order (the station must be open). */
async function inLineInWords(page: Page): Promise<string[]> {
  const lines = await page.locator('.station-panel li').allTextContents();
  return lines.filter((l) => l.endsWith(': waiting in line')).map((l) => l.replace(/: waiting in line$/, ''));
}

/** The names the 3D scene stands in the queue, in order (from its view model; `?debug` only). */
const inLineIn3D = (page: Page) => page.evaluate(() => window.__techshift?.queue ?? null);

describe('a shift plays its patients in order and ends with a summary', () => {
  const game = useGame();

  it('calls each patient when they arrive, moves on with "Next patient", and summarises every patient', async () => {
    const { title, patients } = shiftOf(CALM);
    const page = await game.open();
    await startShift(page, title);

    for (const [i, { name, arrives }] of patients.entries()) {
      const bar = page.locator('.shift-bar');
      await expect.poll(() => bar.textContent()).toContain(`${name} · patient ${i + 1} of ${patients.length}`);
      // Sent on within seconds, the student is ahead of the shift: the next patient has not walked in
      // yet, so nobody waits, and the clock moves on to when they do.
      expect(await bar.textContent()).toContain('Waiting nobody');
      await expect.poll(() => bar.textContent()).toContain(`Clock ${arrives}`);
      if (i === 0) {
        await page.keyboard.press('9');
        const panel = page.locator('.station-panel');
        await expect.poll(() => panel.textContent()).toContain(`${name}: at the drop-off window`);
        expect(await inLineInWords(page)).toEqual([]);
      }
      // Send this patient on without working the prescription: it should be scored as not done.
      await page.getByRole('button', { name: 'End the encounter…' }).click();
      await page.getByRole('button', { name: 'Yes, end it' }).click();
      await page.getByRole('button', { name: 'Next patient' }).click();
    }

    const summary = page.getByRole('region', { name: /End of shift/ });
    await summary.waitFor();
    const rows = summary.getByRole('row');
    expect(await rows.count()).toBe(patients.length + 1);
    for (const { name } of patients) expect(await summary.textContent()).toContain(name);
    expect(await summary.textContent()).toContain(`0 of ${patients.length} patients passed`);
    await summary.getByRole('button', { name: 'Back to the menu' }).click();
    await page.getByRole('button', { name: /^Start/ }).waitFor();
  });

  it('in the after-work rush, lets patients walk in over time: the 3D queue and the words show the same people in the same order', async () => {
    const { title, patients } = shiftOf(RUSH);
    const page = await game.open('?debug');
    // The page's clock, faked so the test can move the shift on by minutes; it still runs in real time otherwise.
    await page.clock.install();
    await page.reload();
    await startShift(page, title);
    await page.keyboard.press('9');
    const panel = page.locator('.station-panel');
    await expect.poll(() => panel.textContent()).toContain(`${patients[0]!.name}: at the drop-off window`);

    // 16:00: only the first patient is in; the other nine have not arrived.
    const bar = page.locator('.shift-bar');
    expect(await bar.textContent()).toContain('Waiting nobody');
    expect(await inLineInWords(page)).toEqual([]);
    expect(await inLineIn3D(page)).toEqual([]);

    // 16:08: the second and third patients (due 16:03 and 16:07) have walked in, the fourth (16:12) has not.
    await page.clock.fastForward('08:00');
    const arrived = patients.slice(1, 3).map((p) => p.name);
    await expect.poll(() => bar.textContent()).toContain(`Waiting ${arrived.join(', ')}`);
    await expect.poll(() => inLineInWords(page)).toEqual(arrived);
    expect(await inLineIn3D(page)).toEqual(arrived);
  });

  it('logs time-up when the rush runs out of time, keeps it across a reload, and ends after the patient at the counter', async () => {
    const { title, patients } = shiftOf(RUSH);
    const page = await game.open();
    await page.clock.install();
    await page.reload();
    await startShift(page, title);
    const bar = page.locator('.shift-bar');
    await page.clock.fastForward('01:01:00');
    await expect.poll(() => bar.textContent()).toContain('Time is up');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('techshift:progress') ?? 'null'));
    expect(saved?.shift?.log).toEqual([{ type: 'timeUp', at: expect.any(Number) }]);

    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => bar.textContent()).toContain(`${patients[0]!.name} · patient 1 of ${patients.length}`);
    await expect.poll(() => bar.textContent()).toContain('Time is up');
    await page.getByRole('button', { name: 'End the encounter…' }).click();
    await page.getByRole('button', { name: 'Yes, end it' }).click();
    await page.getByRole('button', { name: 'Next patient' }).click();
    const summary = page.getByRole('region', { name: /End of shift/ });
    await summary.waitFor();
    expect(await summary.textContent()).toContain("The shift's time limit was reached before every patient was seen.");
    expect(await summary.getByRole('row').count()).toBe(2);
  });
});
