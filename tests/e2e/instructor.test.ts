import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textIn } from '../../src/core';
import { DEFAULT_LANGUAGE, wordsFor } from '../../src/core/wording';
import { readResultsCsv } from '../../src/platform/results/resultsCsv';
import { CLASS_SCENARIOS, STUDENTS, TAMPERED, UNKNOWN_VERSION, classFiles, mistakeIn, shipped } from '../fixtures/classResults';
import { useGame } from './harness/game';

const FILES = classFiles();
const FINDING_NAMES = wordsFor(DEFAULT_LANGUAGE).findingNames;
const COUNTED = STUDENTS.map((_, i) => i).filter((i) => i !== TAMPERED && i !== UNKNOWN_VERSION);

/** Opens the instructor page and chooses files with its file picker, as an instructor does. */
async function openClass(page: Page, files: { name: string; text: string }[]) {
  await page.getByRole('heading', { level: 1, name: 'TechShift — Instructor view' }).waitFor();
  await page.getByTestId('results-file-input').setInputFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: f.name.endsWith('.csv') ? 'text/csv' : 'application/json',
      buffer: Buffer.from(f.text),
    })),
  );
}

const statusText = (page: Page) => page.locator('.instructor-status').textContent();

/** Reloads the page with a recorder of Content Security Policy violations running from its first byte. */
async function recordPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`));
  });
  await page.reload();
  return () => page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? ['(the recorder did not run)']);
}

describe('the instructor view', () => {
  const game = useGame({ viewport: { width: 1280, height: 900 } });

  it('is linked from the menu', async () => {
    const page = await game.open();
    await page.getByRole('link', { name: 'open the instructor view' }).click();
    await page.getByRole('heading', { level: 1, name: 'TechShift — Instructor view' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/instructor\.html$/);
  });

  it("re-scores 30 students' files: the class table, the most-missed list, the hardest scenario, and the two files left out", async () => {
    const page = await game.open('instructor.html');
    const violations = await recordPolicyViolations(page);
    expect(readFileSync(resolve(import.meta.dirname, '../../dist/instructor.html'), 'utf8')).toContain(
      'http-equiv="Content-Security-Policy"',
    );
    await openClass(page, FILES);
    await expect.poll(() => statusText(page)).toBe('Read 30 files: 28 counted, 2 left out.');

    // One row per counted student, with the score the replay gives.
    const overview = page.getByRole('table', { name: /^The class: 28 students, 84 encounters/ });
    const names = await overview.locator('tbody th').allTextContents();
    expect(names).toEqual(COUNTED.map((i) => STUDENTS[i]!).sort((a, b) => a.localeCompare(b)));
    expect(names).not.toContain(STUDENTS[TAMPERED]);
    const ben = overview.getByRole('row', { name: /^Ben Diaz/ });
    expect(await ben.locator('td').allTextContents()).toEqual(['3', '100', '3 of 3 passed', expect.stringMatching(/^\d+:\d\d$/), '0']);
    const ana = page.getByRole('table', { name: 'Results for Ana Diaz' });
    expect(await ana.getByRole('row').count()).toBe(4);
    expect(
      await ana
        .getByRole('row', { name: /Oxycodone/ })
        .locator('td')
        .nth(2)
        .textContent(),
    ).toBe('✖ Fail');

    // The allergy is missed most (by every second student), then the bad DEA number (every third).
    const findings = page.getByRole('region', { name: 'Most-missed findings' });
    const bars = await findings.locator('.bars li').allTextContents();
    const allergy = COUNTED.filter((i) => mistakeIn(i, 2)).length;
    const dea = COUNTED.filter((i) => mistakeIn(i, 1)).length;
    expect(bars[0]).toBe(`ALLERGY — ${FINDING_NAMES.ALLERGY}${allergy} of 28 encounters (${Math.round((100 * allergy) / 28)}%)`);
    expect(bars[1]).toContain(`DEA_INVALID — ${FINDING_NAMES.DEA_INVALID}${dea} of 28 encounters`);
    // The same figures as a table, for anyone who cannot read the bars.
    await findings.getByText('Most-missed findings as a table').click();
    const table = findings.getByRole('table', { name: 'Most-missed findings' });
    expect(
      await table
        .getByRole('row', { name: /ALLERGY/ })
        .locator('td')
        .allTextContents(),
    ).toEqual([String(allergy), '28', `${Math.round((100 * allergy) / 28)}%`]);
    const steps = await page.getByRole('region', { name: 'Steps with the most mistakes' }).locator('.bars li').allTextContents();
    expect(steps.some((s) => s.startsWith('counting'))).toBe(true);

    const hardest = page.getByRole('table', { name: /hardest first/ });
    expect(await hardest.locator('tbody th').first().textContent()).toBe(textIn(shipped(CLASS_SCENARIOS[2]).title, 'en'));

    const leftOut = await page
      .getByRole('region', { name: /Files left out of the totals \(2\)/ })
      .getByRole('listitem')
      .allTextContents();
    expect(leftOut).toHaveLength(2);
    expect(leftOut[0]).toMatch(
      new RegExp(
        `^${FILES[TAMPERED]!.name}: encounter 3 .* records 100 \\(pass\\), but replaying its log gives \\d+ \\(fail, critical: miss\\.ALLERGY.*the file does not match its own log, so this file is left out of the totals$`,
      ),
    );
    expect(leftOut[1]).toMatch(
      new RegExp(
        `^${FILES[UNKNOWN_VERSION]!.name}: encounter 1 .* was played on scenario version 0123456789abcdef, but this TechShift has version [0-9a-f]{16}`,
      ),
    );
    // Reading and re-scoring 30 files ran under the game's Content Security Policy without breaking it once.
    expect(await violations()).toEqual([]);
  });

  it('names the file and the field of a bad file, survives 5 MB of garbage, and reads back the gradebook it writes', async () => {
    const page = await game.open('instructor.html');
    const good = FILES[1]!;
    const wrongShape = JSON.parse(good.text) as { encounters: { score: unknown }[] };
    wrongShape.encounters[1]!.score = 'A+';
    await openClass(page, [
      good,
      { name: 'essay.json', text: 'My week at the pharmacy was great!' },
      { name: 'changed.json', text: JSON.stringify(wrongShape) },
      { name: 'garbage.json', text: 'x'.repeat(5_000_000) },
    ]);
    await expect.poll(() => statusText(page)).toBe('Read 4 files: 1 counted, 3 left out.');
    const leftOut = await page
      .getByRole('region', { name: /Files left out/ })
      .getByRole('listitem')
      .allTextContents();
    expect(leftOut[0]).toMatch(/^essay\.json: not JSON, so not a TechShift results file/);
    expect(leftOut[1]).toMatch(/^changed\.json: encounters\[1\]\.score: /);
    expect(leftOut[2]).toMatch(/^garbage\.json: 5\.0 MB is far too big for a TechShift results file/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download gradebook (CSV)' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const read = readResultsCsv(csv, 'gradebook.csv');
    expect(read.ok && read.submissions.map((s) => [s.student, s.encounters.map((e) => e.claimed.score)])).toEqual([
      [STUDENTS[1], [100, 100, 100]],
    ]);

    await page.getByRole('button', { name: 'Clear' }).click();
    await openClass(page, [{ name: download.suggestedFilename(), text: csv }]);
    await expect.poll(() => statusText(page)).toBe('Read 1 file: 1 counted, 0 left out.');
    expect(
      await page
        .getByRole('table', { name: /^The class: 1 student, 3 encounters/ })
        .locator('tbody th')
        .allTextContents(),
    ).toEqual([STUDENTS[1]]);
  });
});
