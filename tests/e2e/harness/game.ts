import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium } from './chromium';

export interface GameSession {
  /** The current page; a fresh one per test. */
  readonly page: Page;
  /** Page errors and console errors seen since the test began. */
  readonly errors: string[];
  /**
   * Opens the built game at a path relative to the served root (e.g. `?debug`). `prepare` runs once,
   * on the test's new context before its first page (routes, init scripts).
   */
  open(path?: string, prepare?: (context: BrowserContext) => Promise<void>): Promise<Page>;
  /** Opens another tab in the same context (same storage, as a second tab of one browser). */
  openTab(path?: string): Promise<Page>;
}

/** How the test file's browser is launched and its pages opened. */
export interface GameOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: boolean;
  /** Extra Chromium flags for this file's browser, e.g. NO_WEBGL_ARGS. */
  chromiumArgs?: readonly string[];
}

/**
 * Registers hooks for one browser per test file and a fresh context per test.
 * Any page error or console error fails the test that caused it.
 */
export function useGame(options: GameOptions = {}): GameSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium(options.chromiumArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    page = undefined;
    const seen = errors.splice(0);
    expect(seen, 'page or console errors during the test').toEqual([]);
  });

  const watch = (p: Page) => {
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error' && !isMissingLabConfig(m)) errors.push(`console.error: ${m.text()}`);
    });
  };

  return {
    get page() {
      if (!page) throw new Error('call open() first');
      return page;
    },
    errors,
    async open(path = '', prepare) {
      if (!browser) throw new Error('browser not launched');
      if (!context) {
        context = await browser.newContext({
          viewport: options.viewport ?? { width: 1280, height: 720 },
          reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
        });
        await prepare?.(context);
      }
      page = await context.newPage();
      watch(page);
      await page.goto(new URL(path, inject('baseUrl')).href);
      return page;
    },
    async openTab(path = '') {
      if (!context) throw new Error('call open() first');
      const tab = await context.newPage();
      watch(tab);
      await tab.goto(new URL(path, inject('baseUrl')).href);
      return tab;
    },
  };
}

/**
 * The optional lab configuration is looked for on every boot; where there is none, Chromium itself
 * logs the 404 as a console error. That line is the browser's, not the game's (which stays silent).
 */
export function isMissingLabConfig(m: ConsoleMessage): boolean {
  return m.text().includes('status of 404') && m.location().url.endsWith('/techshift.config.json');
}

/** Waits until the scene has drawn its first WebGL frame (the app marks the canvas host). */
export async function waitForFirstFrame(page: Page): Promise<void> {
  await page.waitForSelector('[data-first-frame="done"]', { timeout: 60_000 });
}

/** Mean and variance of luminance over a PNG screenshot; a blank canvas has variance near 0. */
export function pixelStats(png: Buffer): { mean: number; variance: number; distinctColours: number } {
  const img = PNG.sync.read(png);
  let sum = 0;
  let sumSq = 0;
  const colours = new Set<number>();
  const n = img.width * img.height;
  for (let i = 0; i < n; i++) {
    const r = img.data[i * 4]!;
    const g = img.data[i * 4 + 1]!;
    const b = img.data[i * 4 + 2]!;
    const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    sum += y;
    sumSq += y * y;
    if (colours.size < 5000) colours.add((r << 16) | (g << 8) | b);
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean, distinctColours: colours.size };
}

/**
 * A screenshot of what WebGL drew and nothing else: every DOM overlay (shift bar, toasts, panels) is
 * hidden for the shot, so a blank canvas over a busy page still reads as blank.
 */
export async function canvasOnlyScreenshot(page: Page): Promise<Buffer> {
  // A constructed stylesheet, not a <style> tag: the page's Content Security Policy refuses inline styles.
  const overlaysHidden = 'body * { visibility: hidden !important; } .scene-host, .scene-host * { visibility: visible !important; }';
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, overlaysHidden);
  try {
    return await page.locator('canvas').screenshot();
  } finally {
    await page.evaluate(() => void (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)));
  }
}
