import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium';
import { useGame } from './harness/game';

const INDEX = resolve(import.meta.dirname, '../../dist/index.html');

/**
 * Chromium refuses module scripts (and their stylesheet) from file://, so the game cannot start
 * from disk; the page must say so and say how to serve it, rather than stay blank.
 */
describe('dist/index.html opened from disk', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('explains that the folder must be served, with the command, instead of a blank page', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      const consoleErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      await page.goto(pathToFileURL(INDEX).href);

      await page.getByRole('heading', { name: 'TechShift did not start', level: 1 }).waitFor();
      await expect.poll(() => page.getByText('python3 -m http.server 8000', { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(/address starts with\s+file:\/\//).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: /^Start/ }).count(), 'the menu cannot appear from disk').toBe(0);

      expect(pageErrors).toEqual([]);
      // The only complaints are the browser's own refusals of the game's files.
      expect(consoleErrors.filter((e) => !/blocked by CORS policy|Failed to load resource: net::ERR_FAILED/.test(e))).toEqual([]);
      expect(consoleErrors.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('the same page served over http', () => {
  const game = useGame();

  it('replaces the explanation with the menu once the game starts', async () => {
    const page = await game.open();
    await page.getByRole('heading', { name: 'TechShift', level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: 'TechShift did not start', includeHidden: true }).count()).toBe(0);
    expect(await page.getByText('python3 -m http.server 8000').count()).toBe(0);
  });
});
