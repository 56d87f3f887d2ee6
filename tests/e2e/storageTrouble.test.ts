import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGame } from './harness/game';
import { menuHeading } from './harness/lab';
import { expertMoves, loadScenario, mouseStudent, playAll, startFromMenu, waitForPlay } from './harness/play';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';

/** Every alert on the page about saving. */
const savingAlerts = (page: Page) => page.getByRole('alert').filter({ hasText: /save/ });

describe('storage full or unavailable', () => {
  const game = useGame();

  it('storage full: one clear alert that stays, play goes on, and once there is room the next save writes the whole log', async () => {
    const scenario = loadScenario(PATH);
    const moves = expertMoves(scenario);
    const page = await game.open('', async (context) => {
      await context.addInitScript(() => {
        // A full disk quota: every write refused while the flag is up.
        const w = window as unknown as { __storageFull: boolean };
        w.__storageFull = true;
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key: string, value: string) {
          if (w.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          setItem.call(this, key, value);
        };
      });
    });
    await menuHeading(page).waitFor();
    expect(await savingAlerts(page).count(), 'nothing to say before anything is saved').toBe(0);
    await startFromMenu(mouseStudent(page), PATH);
    await waitForPlay(page);
    const done = await playAll(mouseStudent(page), scenario, moves.slice(0, 2));
    await savingAlerts(page).first().waitFor();
    expect(await savingAlerts(page).count()).toBe(1);
    expect(await savingAlerts(page).textContent()).toContain("this browser's storage is full");
    expect(await page.evaluate(() => localStorage.getItem('techshift:progress'))).toBeNull();

    await playAll(mouseStudent(page), scenario, moves.slice(2, 3), done);
    expect(await savingAlerts(page).count(), 'said once, not once per step').toBe(1);

    await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = false));
    await playAll(mouseStudent(page), scenario, moves.slice(3, 4), done);
    await page.getByRole('status').filter({ hasText: 'Saving works again' }).waitFor();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('techshift:progress') ?? 'null'));
    expect(
      saved.log.map((a: { type: string }) => a.type),
      'nothing played while full is lost',
    ).toEqual(done.map((m) => m.type));
  });

  it('storage unavailable (window.localStorage throws): the game boots, says so once, plays from memory, and End session still works', async () => {
    const scenario = loadScenario(PATH);
    const page = await game.open('', async (context) => {
      await context.addInitScript(() => {
        for (const name of ['localStorage', 'sessionStorage']) {
          Object.defineProperty(window, name, {
            configurable: true,
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        }
      });
    });
    await menuHeading(page).waitFor();
    const alert = savingAlerts(page);
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This browser is not letting TechShift save anything');
    await startFromMenu(mouseStudent(page), PATH);
    await waitForPlay(page);
    await playAll(mouseStudent(page), scenario, expertMoves(scenario).slice(0, 3));
    expect(await savingAlerts(page).count()).toBe(1);
    await page.getByRole('region', { name: 'Saving' }).getByRole('button', { name: 'Dismiss' }).click();
    expect(await savingAlerts(page).count(), 'dismissed, it stays away').toBe(0);

    await page.getByRole('button', { name: 'End session…' }).click();
    await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'Yes, wipe and end the session' }).click();
    await menuHeading(page).waitFor();
  });
});
