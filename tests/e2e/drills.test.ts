import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  buildDrill,
  CHOICE_KEYS,
  DRILL_TOPICS,
  loadCatalogText,
  renderDrillExplanation,
  type Drill,
  type DrillQuestion,
} from '../../src/core';
import { useGame } from './harness/game';

const SEED = 'CLASS-7';

/** The drill the page must build for SEED with every topic, computed here in Node from the same core and catalog. */
function expectedDrill(): Drill {
  const path = 'scenarios/catalog/products.json';
  const catalog = loadCatalogText(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), path);
  if (!catalog.ok) throw new Error('the shipped catalog does not load');
  return buildDrill({ seed: SEED, topics: DRILL_TOPICS }, catalog.value);
}

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

/** From the menu, by keyboard: the seed field, the fixed seed, Enter. */
async function startDrill(page: Page): Promise<void> {
  const seed = page.getByLabel('Seed', { exact: true });
  await seed.waitFor();
  await seed.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(SEED);
  await page.keyboard.press('Enter');
}

/** Answers the question on screen with keys only: a number and Enter, or its letter. */
async function answer(page: Page, q: DrillQuestion, right: boolean): Promise<void> {
  if (q.answer.kind === 'number') {
    await page.keyboard.type(String(right ? q.answer.value : q.answer.value + 1));
    await page.keyboard.press('Enter');
  } else {
    const index = right ? q.answer.correct : (q.answer.correct + 1) % q.answer.choices.length;
    await page.keyboard.press(CHOICE_KEYS[index]!);
  }
}

describe('board-exam drills', () => {
  const game = useGame();
  const drill = expectedDrill();

  it('plays a seeded drill of ten by keyboard alone, to a 10/10 report', async () => {
    const page = await game.open();
    await startDrill(page);
    const status = page.locator('.drill-feedback[role="status"]');
    for (const [i, q] of drill.questions.entries()) {
      await page.getByRole('heading', { name: new RegExp(`^Question ${i + 1} of 10`) }).waitFor();
      await answer(page, q, true);
      await expect.poll(() => status.textContent()).toContain('Right.');
      const next = page.getByRole('button', { name: i === 9 ? 'See the drill report' : 'Next question' });
      await expect.poll(() => next.evaluate((b) => b === document.activeElement), { message: 'Next has the focus' }).toBe(true);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Drill report' }).waitFor();
    expect(await page.locator('.drill-score').textContent()).toBe('Score: 10/10');
    expect(await page.locator('.drill-report').textContent()).toContain('Nothing to review');
    await page.getByRole('button', { name: 'Same seed again' }).click();
    await page.getByRole('heading', { name: /^Question 1 of 10/ }).waitFor();
  });

  it('explains a wrong answer, what / why / how, and lists its topic to review (with no WCAG 2.2 AA violations)', async () => {
    const page = await game.open();
    await startDrill(page);
    const first = drill.questions[0]!;
    await page.getByRole('heading', { name: /^Question 1 of 10/ }).waitFor();
    await answer(page, first, false);
    const status = page.locator('.drill-feedback[role="status"]');
    const explained = renderDrillExplanation(first, 'en');
    await expect.poll(() => status.textContent()).toContain('Not quite.');
    const text = (await status.textContent()) ?? '';
    expect(text).toContain(explained.what);
    expect(text).toContain(explained.why);
    expect(text).toContain(explained.how);
    expect(await violations(page), 'an answered question').toEqual([]);
    for (const [i, q] of drill.questions.entries()) {
      if (i > 0) {
        await page.getByRole('heading', { name: new RegExp(`^Question ${i + 1} of 10`) }).waitFor();
        await answer(page, q, true);
      }
      await page.getByRole('button', { name: /^(Next question|See the drill report)$/ }).waitFor();
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Drill report' }).waitFor();
    expect(await page.locator('.drill-score').textContent()).toBe('Score: 9/10');
    const review = await page.locator('.drill-review-topic').allTextContents();
    expect(review).toHaveLength(1);
    expect(review[0]).toContain(explained.what);
    expect(await violations(page), 'the drill report').toEqual([]);
    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await page.getByRole('button', { name: 'Begin drill' }).waitFor();
  });
});
