import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../src/ui/i18n/locales/en.json';
import es from '../../src/ui/i18n/locales/es.json';
import { useGame } from './harness/game';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const SCENARIO = '?scenario=scenarios/encounters/fill-lisinopril-refill-day.json';

/**
 * Parts of the screen whose words are not the UI catalogue's, left out of the "no English" check.
 * Widen the check by removing entries as their words arrive in Spanish.
 */
export const NOT_YET_SPANISH = [
  // The scenario's own text: this test plays a file written in both languages; the menu lists others as their authors wrote them.
  '.menu-entry', // titles and summaries on the menu
  // Not translated by design: the prescriber's paper pad prints as written.
  '.rx-pad',
];

type Tree = { [key: string]: string | Tree };
const leaves = (t: Tree, p = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[`${p}${k}`, v] as [string, string]] : leaves(v, `${p}${k}.`)));

/** English catalogue words that differ from Spanish: each fixed run of text between `{{…}}`, of two words or more. */
export function englishOnly(): string[] {
  const spanish = leaves(es as Tree)
    .map(([, v]) => v)
    .join('\n');
  const fragments = leaves(en as Tree).flatMap(([, v]) => v.split(/\{\{[^}]*\}\}/));
  const phrases = fragments.map((f) => f.replace(/^[\s·:(),.—–-]+|[\s·:(),.—–-]+$/g, '')).filter((f) => /\p{L}+\s+\p{L}+/u.test(f));
  return [...new Set(phrases)].filter((f) => !spanish.includes(f));
}

/** The text a student sees or hears on the page outside NOT_YET_SPANISH: visible text nodes and accessible labels. */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate((skip) => {
    const out: string[] = [];
    const skipped = (el: Element | null) => !el || skip.some((s) => el.closest(s));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!skipped(el) && el!.checkVisibility() && n.textContent!.trim()) out.push(n.textContent!.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skipped(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
    }
    return out.join('\n');
  }, NOT_YET_SPANISH);
}

/** English catalogue phrases found on the screen. */
async function englishOnScreen(page: Page): Promise<string[]> {
  const text = await chromeText(page);
  return englishOnly().filter((phrase) => text.includes(phrase));
}

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

/** Tabs from the top of the page to the language list, as a keyboard user would. */
async function tabToLanguage(page: Page): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const onIt = await page.evaluate(() => document.activeElement?.closest('.language-picker') !== null);
    if (onIt) return;
  }
  throw new Error('Tab never reached the language list');
}

describe('the game in Spanish', () => {
  const game = useGame();

  it('the check would see English: the English menu shows catalogue phrases it looks for', async () => {
    const page = await game.open();
    await page.getByRole('button', { name: /^Start/ }).waitFor();
    expect(englishOnly()).toContain('Choose a shift or a single patient');
    expect(await englishOnScreen(page)).toContain('Choose a shift or a single patient');
  });

  it('is chosen on the menu by keyboard, and the menu, settings, a station and the report are in Spanish', async () => {
    const page = await game.open();
    await page.getByRole('button', { name: /^Start/ }).waitFor();
    await tabToLanguage(page);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('button', { name: /^Comenzar/ }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Idioma' }).inputValue()).toBe('es');
    expect(await violations(page), 'menu').toEqual([]);
    expect(await englishOnScreen(page), 'menu').toEqual([]);

    await page.getByRole('button', { name: 'Configuración' }).click();
    const settings = page.getByRole('dialog', { name: 'Configuración' });
    await settings.waitFor();
    expect(await violations(page), 'settings').toEqual([]);
    expect(await englishOnScreen(page), 'settings').toEqual([]);
    await settings.getByRole('button', { name: 'Listo' }).click();

    // The choice is remembered: a new page in the same browser opens in Spanish, at a station.
    const played = await game.open(SCENARIO);
    await played.getByRole('heading', { level: 2, name: es.stations.dropoff }).waitFor();
    expect(await played.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await violations(played), 'drop-off station').toEqual([]);
    expect(await englishOnScreen(played), 'drop-off station').toEqual([]);

    await played.getByRole('button', { name: es.station.end }).click();
    await played.getByRole('button', { name: es.station.endYes }).click();
    await played.getByRole('region', { name: es.report.title }).waitFor();
    expect(await violations(played), 'report').toEqual([]);
    expect(await englishOnScreen(played), 'report').toEqual([]);
  });

  it('survives a reload', async () => {
    const page = await game.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('button', { name: /^Comenzar/ }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^Comenzar/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.getByRole('combobox', { name: 'Idioma' }).inputValue()).toBe('es');
  });
});
