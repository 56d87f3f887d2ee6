import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { filesTheGameNeeds } from './harness/buildFiles';
import { useGame } from './harness/game';
import { expertMoves, hintText, keyboardStudent, loadScenario, playAll, readReport, startFromMenu, waitForPlay } from './harness/play';
import { serveFolder, type StaticServer } from './harness/staticServer';

const DIST = resolve(import.meta.dirname, '../../dist');
const FILL = 'scenarios/encounters/fill-lisinopril-refill-day.json';

/** A copy of the build on its own server, so a test can take the server away or publish a new version. */
async function servedCopy(): Promise<{ dir: string; server: StaticServer }> {
  const dir = mkdtempSync(join(tmpdir(), 'techshift-offline-'));
  cpSync(DIST, dir, { recursive: true });
  return { dir, server: await serveFolder(dir) };
}

/** Waits until the offline worker controls the page and reports its cache complete. */
async function waitUntilReadyOffline(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await page.waitForSelector('html[data-offline="ready"]', { state: 'attached', timeout: 60_000 });
}

/** Paths (relative to the game's folder) that the page's caches hold. */
function cachedFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const base = new URL('./', location.href).href;
    const found: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys())
        found.push(new URL(request.url).href.slice(base.length).replace(/\?.*$/, ''));
    }
    return found;
  });
}

const menuHeading = (page: Page | Frame) => page.getByRole('heading', { name: 'TechShift', level: 1 });

describe('the game keeps working offline after one visit', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('caches every file on the first visit, then reloads and plays a fill to 100 with the server and the network gone', async () => {
    const { dir, server } = await servedCopy();
    cleanups.push(
      () => rmSync(dir, { recursive: true, force: true }),
      () => server.close(),
    );

    const page = await game.open(server.url);
    await menuHeading(page).waitFor();
    await waitUntilReadyOffline(page);
    const cached = await cachedFiles(page);
    expect(
      filesTheGameNeeds(dir).filter((f) => !cached.includes(f)),
      'files of the build missing from the offline cache',
    ).toEqual([]);

    // A lab's settings file beside index.html is not in the build: the copy last fetched is kept for offline use.
    const labSettings = '{ "note": "this lab\'s settings" }';
    writeFileSync(join(dir, 'techshift.config.json'), labSettings);
    const fetchLabSettings = () => page.evaluate(async () => (await fetch('./techshift.config.json')).text());
    expect(await fetchLabSettings()).toBe(labSettings);

    await server.close();
    await page.context().setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    const sounds: { url: string; fromCache: boolean }[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/audio/')) sounds.push({ url: r.url(), fromCache: r.fromServiceWorker() });
    });
    await page.reload();
    await menuHeading(page).waitFor();
    expect(await fetchLabSettings()).toBe(labSettings);

    const scenario = loadScenario(FILL);
    const student = keyboardStudent(page);
    await startFromMenu(student, FILL);
    await waitForPlay(page);
    await playAll(student, scenario, expertMoves(scenario));
    const report = await readReport(page);
    expect(report.score).toBe('100 out of 100');

    // The Start press loaded the sounds: from the offline cache, since there is nothing else.
    await expect.poll(() => sounds.some((s) => s.url.endsWith('/audio/door-chime.ogg'))).toBe(true);
    expect(sounds.filter((s) => !s.fromCache)).toEqual([]);
    expect(failed, 'requests that failed while offline').toEqual([]);
  });

  it('a new version waits for the student: the shift carries on until "Reload to update" is pressed', async () => {
    const { dir, server } = await servedCopy();
    cleanups.push(
      () => rmSync(dir, { recursive: true, force: true }),
      () => server.close(),
    );

    const page = await game.open(server.url);
    await waitUntilReadyOffline(page);
    const scenario = loadScenario(FILL);
    const student = keyboardStudent(page);
    await startFromMenu(student, FILL);
    await waitForPlay(page);
    const moves = expertMoves(scenario);
    await playAll(student, scenario, moves.slice(0, 3));
    const hint = await hintText(page);
    await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));

    // The lab publishes a new build; the browser checks for it (as it does on its own every so often).
    appendFileSync(join(dir, 'sw.js'), '\n// the next version\n');
    await page.evaluate(async () => void (await navigator.serviceWorker.getRegistration())?.update());

    const notice = page.getByRole('region', { name: 'Update available' });
    await notice.waitFor();
    await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument), 'the page has not reloaded').toBe(true);
    expect(await hintText(page), 'the encounter is where the student left it').toBe(hint);
    expect(await page.getByRole('status').filter({ hasText: 'A new version of TechShift is ready' }).count()).toBe(1);

    const reloaded = page.waitForEvent('load');
    await student.press(notice.getByRole('button', { name: 'Reload to update' }));
    await reloaded;
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
    await page.waitForSelector('html[data-offline="ready"]', { state: 'attached' });
    const worker = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: !!r?.waiting, active: r?.active?.state };
    });
    expect(worker).toEqual({ waiting: false, active: 'activated' });
    expect(await notice.count()).toBe(0);
  });
});

describe('inside an LMS frame the offline worker stays off', () => {
  const game = useGame();
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  /** Serves a folder with a course page that frames `gameUrl`. */
  async function lmsPage(dir: string, gameUrl: string): Promise<StaticServer> {
    writeFileSync(
      join(dir, 'course.html'),
      `<!doctype html><title>Course</title><link rel="icon" href="data:,"><iframe src="${gameUrl}" title="TechShift" width="1200" height="700"></iframe>`,
    );
    return serveFolder(dir);
  }

  async function expectNotRegistered(page: Page): Promise<void> {
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error('the course page has no frame');
    await menuHeading(frame).waitFor();
    await frame.waitForSelector('html[data-offline]', { state: 'attached' });
    expect(await frame.evaluate(() => document.documentElement.dataset.offline)).toBe('in-a-frame');
    expect(await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  }

  it('is not registered when another site frames the game', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techshift-lms-'));
    const lms = await lmsPage(dir, inject('baseUrl'));
    cleanups.push(
      () => rmSync(dir, { recursive: true, force: true }),
      () => lms.close(),
    );
    expect(new URL(lms.url).origin).not.toBe(new URL(inject('baseUrl')).origin);

    await expectNotRegistered(await game.open(`${lms.url}course.html`));
  });

  it('is not registered when a page of the same site frames the game', async () => {
    const { dir, server } = await servedCopy();
    writeFileSync(
      join(dir, 'course.html'),
      '<!doctype html><title>Course</title><link rel="icon" href="data:,"><iframe src="./index.html" title="TechShift" width="1200" height="700"></iframe>',
    );
    cleanups.push(
      () => rmSync(dir, { recursive: true, force: true }),
      () => server.close(),
    );

    const page = await game.open(`${server.url}course.html`);
    await expectNotRegistered(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  });
});
