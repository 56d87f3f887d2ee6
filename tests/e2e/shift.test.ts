import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useGame, waitForFirstFrame } from './harness/game';

const ROOT = resolve(import.meta.dirname, '../..');
const SHIFT = 'scenarios/shifts/calm-morning.json';

/** The patients of the shift, in order, read from the files as an instructor wrote them. */
function patientsOf(shiftPath: string): string[] {
  const shift = JSON.parse(readFileSync(resolve(ROOT, shiftPath), 'utf8')) as { encounters: { file: string }[] };
  return shift.encounters.map(({ file }) => {
    const e = JSON.parse(readFileSync(resolve(ROOT, 'scenarios/shifts', file), 'utf8')) as { patient: { firstName: string; lastName: string } };
    return `${e.patient.firstName} ${e.patient.lastName}`;
  });
}

describe('a shift plays its patients in order and ends with a summary', () => {
  const game = useGame();

  it('shows the queue and clock, moves on with "Next patient", and summarises every patient', async () => {
    const patients = patientsOf(SHIFT);
    const { title } = JSON.parse(readFileSync(resolve(ROOT, SHIFT), 'utf8')) as { title: string };
    const page = await game.open();
    await page.getByRole('radio', { name: new RegExp(`^${title}`) }).check();
    await page.getByRole('button', { name: 'Start shift' }).click();
    await waitForFirstFrame(page);

    for (const [i, name] of patients.entries()) {
      const bar = page.locator('.shift-bar');
      await expect.poll(() => bar.textContent()).toContain(`${name} · patient ${i + 1} of ${patients.length}`);
      const waiting = patients.slice(i + 1);
      expect(await bar.textContent()).toContain(waiting.length ? waiting.join(', ') : 'nobody');
      expect(await bar.textContent()).toMatch(/Clock \d\d:\d\d/);
      if (i === 0) {
        // The waiting area says the same as the queue line, in words.
        await page.keyboard.press('9');
        const panel = page.locator('.station-panel');
        await expect.poll(() => panel.textContent()).toContain(`${waiting[0]}: waiting in line`);
        for (const next of waiting) expect(await panel.textContent()).toContain(`${next}: waiting in line`);
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
    for (const name of patients) expect(await summary.textContent()).toContain(name);
    expect(await summary.textContent()).toContain(`0 of ${patients.length} patients passed`);
    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await page.getByRole('button', { name: /^Start/ }).waitFor();
  });
});
