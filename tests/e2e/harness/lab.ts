import type { BrowserContext, Page } from 'playwright-core';

/** Serves a `techshift.config.json` beside index.html, as a lab admin would put it there. */
export async function serveLabConfig(context: BrowserContext, body: string | object): Promise<void> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  await context.route('**/techshift.config.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
}

/** Everything the page's origin holds: web-storage keys (both kinds), IndexedDB database names, Cache Storage names. */
export async function originTraces(page: Page) {
  return page.evaluate(async () => {
    const keys = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i) ?? '').sort();
    return {
      local: keys(localStorage),
      session: keys(sessionStorage),
      databases: (await indexedDB.databases()).map((d) => d.name ?? '').sort(),
      caches: (await caches.keys()).sort(),
    };
  });
}

/** The main menu's heading: the game is at a fresh menu. */
export const menuHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'TechShift' });

/** The resume prompt's heading (a patient or a shift left open). */
export const resumeHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /was left open on this computer$/ });
