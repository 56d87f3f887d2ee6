import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useGame, waitForFirstFrame } from './harness/game';
import { STATION_IDS } from '../../src/core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

describe('accessibility (axe-core, WCAG 2.2 AA) of the DOM a student uses', () => {
  const game = useGame();

  it('the menu and the settings dialog', async () => {
    const page = await game.open();
    await page.getByRole('button', { name: /^Start/ }).waitFor();
    expect(await violations(page)).toEqual([]);
    // The check sees the page: a button with no name is reported.
    await page.evaluate(() => document.querySelector('.menu')?.append(document.createElement('button')));
    expect((await violations(page)).some((v) => v.startsWith('button-name'))).toBe(true);
    await page.evaluate(() => document.querySelector('.menu > button:last-child')?.remove());
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('every station panel and the flag dialog', async () => {
    const page = await game.open('?scenario=scenarios/encounters/fill-hydroxyzine-hydralazine.json');
    await waitForFirstFrame(page);
    for (const [i, id] of STATION_IDS.entries()) {
      await page.keyboard.press(String(i + 1));
      await page.locator(`.scene-host[data-station="${id}"]`).waitFor({ state: 'attached' });
      expect(await violations(page), `station ${id}`).toEqual([]);
    }
    await page.keyboard.press('f');
    await page.getByRole('dialog').waitFor();
    expect(await violations(page), 'flag dialog').toEqual([]);
  });

  it('the end-of-encounter report', async () => {
    const page = await game.open('?scenario=scenarios/encounters/fill-hydroxyzine-hydralazine.json');
    await waitForFirstFrame(page);
    await page.getByRole('button', { name: 'End the encounter…' }).click();
    await page.getByRole('button', { name: 'Yes, end it' }).click();
    await page.getByRole('region', { name: 'Encounter report' }).waitFor();
    expect(await violations(page)).toEqual([]);
    // Keyboard focus stays with the report: the station panel behind it is inert.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const inPanel = await page.evaluate(() => !!document.activeElement?.closest('.station-panel'));
      expect(inPanel, 'Tab reached the station panel behind the report').toBe(false);
    }
  });
});
