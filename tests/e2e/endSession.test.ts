import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGame } from './harness/game';
import { menuHeading, originTraces, resumeHeading } from './harness/lab';
import { expertMoves, keyboardStudent, loadScenario, mouseStudent, playAll, stationHeading, tabTo, waitForPlay } from './harness/play';
import { textIn } from '../../src/core';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';

/** Opens Settings and reads the effects volume as shown, then closes the dialog. */
async function effectsVolumeShown(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const shown = await effectsVolumeText(page);
  await dialog.getByRole('button', { name: 'Done' }).click();
  return shown;
}

/** Moves the effects volume slider in Settings, as a student would. */
async function setEffectsVolume(page: Page, percent: number): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('slider', { name: /^Sound effects volume/ }).fill(String(percent));
  expect(await effectsVolumeText(page)).toBe(`${percent}%`);
  await dialog.getByRole('button', { name: 'Done' }).click();
}

const effectsVolumeText = async (page: Page) =>
  (
    (await page
      .getByRole('dialog', { name: 'Settings' })
      .locator('label', { hasText: 'Sound effects volume' })
      .locator('output')
      .textContent()) ?? ''
  ).trim();

/** What the student leaves behind besides the game's own keys: an LMS queue in IndexedDB, a results cache, a tab-only save. */
async function plantStudentLeftovers(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('techshift-statements', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('queue');
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    await (await caches.open('techshift-results')).put('/result.json', new Response('{"score":40}'));
    // The app's offline file cache and another site's key on the same origin are not the student's.
    await (await caches.open('workbox-precache-v2-http://127.0.0.1/')).put('/index.html', new Response('<!doctype html>'));
    localStorage.setItem('another-app:theme', 'dark');
    sessionStorage.setItem('techshift:progress', '{"from":"an earlier tab-only lab setting"}');
  });
}

describe('End session on a shared machine', () => {
  const game = useGame();

  it('from the game: asks in plain words (Escape cancels), then wipes everything the game stored and starts a fresh menu', async () => {
    const scenario = loadScenario(PATH);
    const page = await game.open();
    // A student who turned the effects down, then played part of a patient.
    await setEffectsVolume(page, 20);
    await page.getByRole('radio', { name: new RegExp(`^${textIn(scenario.title, 'en')}`) }).check();
    await page.getByRole('button', { name: 'Start patient' }).click();
    await waitForPlay(page);
    await playAll(mouseStudent(page), scenario, expertMoves(scenario).slice(0, 3));
    await plantStudentLeftovers(page);
    const before = await originTraces(page);
    expect(before.local).toEqual(['another-app:theme', 'techshift:progress', 'techshift:settings']);
    expect(before.databases).toEqual(['techshift-statements']);

    // The question, by keyboard: focus starts on Cancel and stays in the dialog; Escape cancels.
    await keyboardStudent(page).press(page.getByRole('button', { name: 'End session…' }));
    const dialog = page.getByRole('dialog', { name: 'End this session?' });
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await dialog.textContent()).toContain('your progress, any unfinished patient or shift, and your settings');
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(await focused()).toBe('Cancel, keep my work');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Yes, wipe and end the session');
    await page.keyboard.press('Tab');
    expect(await focused(), 'Tab wraps inside the dialog').toBe('Cancel, keep my work');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await stationHeading(page, 'dropoff').isVisible(), 'cancelled: still playing').toBe(true);
    expect((await originTraces(page)).local).toEqual(before.local);

    await keyboardStudent(page).press(page.getByRole('button', { name: 'End session…' }));
    await tabTo(page, dialog.getByRole('button', { name: 'Yes, wipe and end the session' }));
    await page.keyboard.press('Enter');
    await menuHeading(page).waitFor();

    const after = await originTraces(page);
    expect(after.local, 'no game key is left in localStorage').toEqual(['another-app:theme']);
    expect(after.session, 'nor in sessionStorage').toEqual([]);
    expect(after.databases, 'the IndexedDB database the game made is gone').toEqual([]);
    // The app's own caches (its files, and the lab configuration the worker keeps for offline use) stay.
    expect(after.caches, 'the offline file cache stays').toContain('workbox-precache-v2-http://127.0.0.1/');
    expect(
      after.caches.filter((name) => name.startsWith('techshift-')),
      'the results cache goes',
    ).toEqual([]);
    expect(await effectsVolumeShown(page), 'settings are back to the defaults').toBe('80%');

    // The next visit starts clean: no resume prompt, default settings, and still nothing stored.
    await page.reload();
    await menuHeading(page).waitFor();
    expect(await resumeHeading(page).count()).toBe(0);
    expect(await effectsVolumeShown(page)).toBe('80%');
    expect((await originTraces(page)).local).toEqual(['another-app:theme']);
  });

  it("after a ?scenario= link, and from the menu: the link is forgotten, and the menu's own End session wipes the settings", async () => {
    const scenario = loadScenario(PATH);
    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    await playAll(mouseStudent(page), scenario, expertMoves(scenario).slice(0, 1));
    await page.getByRole('button', { name: 'End session…' }).click();
    await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'Yes, wipe and end the session' }).click();
    await menuHeading(page).waitFor();
    expect(new URL(page.url()).searchParams.has('scenario'), 'the link is dropped from the address').toBe(false);
    expect((await originTraces(page)).local).toEqual([]);
    await page.reload();
    await menuHeading(page).waitFor();
    expect(await resumeHeading(page).count(), 'no resume prompt').toBe(0);
    expect(await stationHeading(page, 'dropoff').count(), 'the linked patient does not start again').toBe(0);

    await setEffectsVolume(page, 35);
    expect((await originTraces(page)).local).toEqual(['techshift:settings']);
    await page.getByRole('main').getByRole('button', { name: 'End session…' }).click();
    await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'Yes, wipe and end the session' }).click();
    await expect.poll(() => originTraces(page).then((t) => t.local)).toEqual([]);
    await menuHeading(page).waitFor();
    expect(await effectsVolumeShown(page)).toBe('80%');
  });
});
