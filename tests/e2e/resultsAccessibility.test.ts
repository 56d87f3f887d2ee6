import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { classFiles } from '../fixtures/classResults';
import { useGame, waitForFirstFrame } from './harness/game';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

describe('accessibility (axe-core, WCAG 2.2 AA) of the results pages', () => {
  const game = useGame({ viewport: { width: 1280, height: 900 } });

  it('the download dialog on a report', async () => {
    const page = await game.open('?scenario=scenarios/encounters/fill-lisinopril-refill-day.json');
    await waitForFirstFrame(page);
    await page.getByRole('button', { name: 'End the encounter…' }).click();
    await page.getByRole('button', { name: 'Yes, end it' }).click();
    await page.getByRole('button', { name: 'Download my results…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Download your results' });
    await dialog.waitFor();
    // A modal dialog: the keyboard starts inside it, and Escape closes it.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('the instructor view with a class open, its chart tables, and the replay viewer', async () => {
    const page = await game.open('instructor.html');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await violations(page)).toEqual([]);
    const files = classFiles();
    await page
      .getByTestId('results-file-input')
      .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    await page.getByRole('table', { name: /^The class/ }).waitFor();
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    expect(await violations(page)).toEqual([]);
    await page
      .getByRole('button', { name: /^Replay .* for Ana Diaz$/ })
      .nth(1)
      .click();
    await page.getByRole('button', { name: 'Forward' }).click();
    await page.getByRole('slider', { name: 'Step' }).focus();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Show the report' }).click();
    expect(await violations(page)).toEqual([]);
  });
});
