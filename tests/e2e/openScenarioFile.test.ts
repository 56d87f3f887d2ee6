import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropFiles } from './harness/dropFile';
import { useGame, waitForFirstFrame } from './harness/game';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

describe('an instructor opens their own scenario file in the running game', () => {
  const game = useGame();

  it("shows a broken file's problems with file, line and column, and keeps the menu running", async () => {
    const page = await game.open();
    await dropFiles(page, [{ name: 'my-case.json', text: read('tests/fixtures/broken-scenarios/unknown-key.json') }]);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect
      .poll(() => alert.textContent())
      .toContain('imported/my-case.json:24:7 prescriptions[0].quantiy: unknown field "quantiy" — did you mean "quantity"?');
    // The menu is still there and still works.
    await expect.poll(() => page.getByRole('button', { name: /^Start/ }).isEnabled()).toBe(true);
  });

  it('plays a good dropped file at once, and a later broken drop leaves that game running', async () => {
    const page = await game.open();
    const text = read('scenarios/encounters/fill-lisinopril-refill-day.json');
    const patient = (JSON.parse(text) as { patient: { firstName: string; lastName: string } }).patient;
    await dropFiles(page, [{ name: 'my-own-fill.json', text }]);
    await waitForFirstFrame(page);
    await expect.poll(() => page.locator('.shift-bar').textContent()).toContain(`${patient.firstName} ${patient.lastName}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Drop-off window' }).isVisible()).toBe(true);

    await dropFiles(page, [{ name: 'typo.json', text: read('tests/fixtures/broken-scenarios/wrong-types.json') }]);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect
      .poll(() => alert.textContent())
      .toContain('imported/typo.json:24:19 prescriptions[0].quantity: expected a number, got "thirty"');
    await expect.poll(() => page.locator('.shift-bar').textContent()).toContain(`${patient.firstName} ${patient.lastName}`);
  });

  it("plays a file whose declared findings disagree with the rules, and shows the checker's warning", async () => {
    const page = await game.open();
    const scenario = JSON.parse(read('scenarios/encounters/fill-lisinopril-refill-day.json')) as {
      prescriptions: { id: string }[];
      intent: { findings: { code: string; rx?: string }[] };
    };
    scenario.intent.findings = [{ code: 'ALLERGY', rx: scenario.prescriptions[0]?.id }];
    await dropFiles(page, [{ name: 'wrong-intent.json', text: JSON.stringify(scenario, null, 2) }]);
    await waitForFirstFrame(page);
    const warning = page.getByRole('status').filter({ hasText: 'checker warnings' });
    await expect
      .poll(() => warning.textContent())
      .toMatch(/imported\/wrong-intent\.json:\d+:\d+ intent\.findings\[0\]: you declared ALLERGY/);
  });

  it('starts an opened file in the mode chosen on the menu', async () => {
    const page = await game.open();
    await page.getByRole('radio', { name: /^Assessment/ }).check();
    await dropFiles(page, [{ name: 'assessed.json', text: read('scenarios/encounters/fill-lisinopril-refill-day.json') }]);
    await waitForFirstFrame(page);
    await page.locator('.station-panel').getByRole('button', { name: 'Confirm identity' }).click();
    await expect.poll(() => page.locator('.feedback').textContent()).toContain('kept for your report');
  });

  it('opens a file through the file picker too', async () => {
    const page = await game.open();
    await page.getByTestId('scenario-file-input').setInputFiles({
      name: 'picked.json',
      mimeType: 'application/json',
      buffer: Buffer.from(read('tests/fixtures/broken-scenarios/bad-date.json')),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect.poll(() => alert.textContent()).toMatch(/imported\/picked\.json:\d+:\d+ .*YYYY-MM-DD/);
  });
});
