import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useGame } from './harness/game';
import { expertMoves, loadScenario, mouseStudent, pharmacyPlan, playAll, readReport, stationAfter, waitForPlay } from './harness/play';

const FILL = 'scenarios/encounters/fill-lisinopril-refill-day.json';
const SETTING_NOTICE = 'Simple 2D view is on in Settings.';
const NO_WEBGL_NOTICE =
  'This browser could not start 3D graphics (WebGL), so TechShift shows a simple 2D plan; everything works and scores the same.';

/** Records every three.js or 3D-scene chunk the page asks for. */
function watchThreeChunks(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.split('/').pop() ?? '';
    if (/^(three|PharmacyCanvas)-.*\.js$/.test(file)) asked.push(file);
  });
  return asked;
}

describe('with WebGL available, the 2D plan when the student asks for it or the 3D view fails', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('"Simple 2D view" in Settings is saved, the menu says it is on, and play runs with no canvas and no three.js download', async () => {
    const page = await game.open();
    const three = watchThreeChunks(page);
    const menu = page.getByRole('main');
    await menu.getByRole('heading', { name: 'TechShift', level: 1 }).waitFor();
    expect(await menu.getByText(SETTING_NOTICE).count(), 'no notice while the 3D view is in use').toBe(0);

    await menu.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('checkbox', { name: /^Simple 2D view/ }).check();
    await settings.getByRole('button', { name: 'Done' }).click();
    await settings.waitFor({ state: 'hidden' });
    await menu.getByText(SETTING_NOTICE, { exact: true }).waitFor();

    // Saved like the other settings: a new visit still has it.
    await page.reload();
    await menu.getByText(SETTING_NOTICE, { exact: true }).waitFor();

    await menu.locator(`input[type="radio"][value="${FILL}"]`).click();
    await menu.getByRole('button', { name: 'Start patient' }).click();
    await waitForPlay(page, 'plan');
    expect(await pharmacyPlan(page).getByRole('button').count(), 'one button per station').toBe(9);

    const scenario = loadScenario(FILL);
    await playAll(mouseStudent(page), scenario, expertMoves(scenario));
    expect((await readReport(page)).score).toBe('100 out of 100');
    expect(await page.locator('canvas').count(), 'no canvas element').toBe(0);
    expect(three, 'three.js and the 3D scene are never requested').toEqual([]);
  });

  it('when the 3D view cannot get a context even though the probe could, the plan takes over instead of a white page', async () => {
    const page = await game.open();
    // Like a driver that answers a throwaway probe but fails the real canvas: only canvases in the page get no context.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        if (this.isConnected && kind.startsWith('webgl')) return null;
        return (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof original;
    });
    await page.goto(`${page.url()}?scenario=${FILL}`);
    await waitForPlay(page, 'plan');
    expect(await page.locator('canvas').count()).toBe(0);

    // Handled, but three.js and React both report the failed context on the console: exactly these two, nothing else.
    const onlyTheFailedContext = () =>
      expect(game.errors.splice(0)).toEqual([
        'console.error: THREE.WebGLRenderer: THREE.WebGLRenderer: Error creating WebGL context.',
        expect.stringMatching(/^console\.error: Error: THREE\.WebGLRenderer: Error creating WebGL context\./),
      ]);
    onlyTheFailedContext();

    // A reload tries 3D again, falls back again, and the saved patient carries on; the menu then says why.
    const scenario = loadScenario(FILL);
    const moves = expertMoves(scenario);
    await playAll(mouseStudent(page), scenario, moves.slice(0, 3));
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForPlay(page, 'plan', stationAfter(scenario, moves.slice(0, 3)));
    onlyTheFailedContext();
    await playAll(mouseStudent(page), scenario, moves.slice(3), moves.slice(0, 3));
    expect((await readReport(page)).score).toBe('100 out of 100');
    await page.getByRole('button', { name: 'Back to the menu' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('main').getByText(NO_WEBGL_NOTICE, { exact: true }).waitFor();
  });
});
