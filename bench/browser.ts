import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { installProbe } from './pageProbe';

/** The viewport every measure uses. */
export const VIEWPORT = { width: 1280, height: 720 };

/** A fresh browser with one page, the probe installed, and errors collected. */
export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** Launches a fresh Debian Chromium (the e2e harness's flags) with one page, 1280×720 unless told otherwise. */
export async function openSession(viewport = VIEWPORT): Promise<Session> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'no-preference' });
  // tsx compiles nested functions with a __name() helper; functions sent into the page need it too.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message.split('\n')[0]}`));
  page.on('console', (m) => {
    // The optional lab configuration is looked for on every boot; Chromium logs its absence, the game does not.
    const missingLabConfig = m.text().includes('status of 404') && m.location().url.endsWith('/techshift.config.json');
    if (m.type() === 'error' && !missingLabConfig) errors.push(`console.error: ${m.text().split('\n')[0]}`);
  });
  return {
    browser,
    context,
    page,
    errors,
    async close() {
      await browser.close();
    },
  };
}
