import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dropFiles } from './harness/dropFile';
import { useGame } from './harness/game';
import { menuHeading, originTraces, resumeHeading, serveLabConfig } from './harness/lab';
import { expertMoves, loadScenario, mouseStudent, playAll, stationHeading, waitForPlay } from './harness/play';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';

/** Console warnings from the page, as the admin sees them in the developer tools. */
function warnings(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') seen.push(m.text());
  });
  return seen;
}

describe('techshift.config.json, the lab configuration', () => {
  const game = useGame();

  it('a missing file is silent and a broken one is ignored with a console note naming the problem; the game boots either way', async () => {
    // No file at all (the built game ships only the example): defaults, not a word in the console.
    let page = await game.open();
    const quiet = warnings(page);
    await page.reload();
    await menuHeading(page).waitFor();
    expect(quiet.filter((w) => w.includes('techshift.config.json'))).toEqual([]);
    expect(await page.getByRole('button', { name: 'Open your own scenario file…' }).count()).toBe(1);

    for (const [body, named] of [
      ['{ "keepProgress": "tab", ', /not valid JSON/],
      [
        { keepProgress: 'forever', idleMinutes: 5, allowOpeningScenarioFiles: false },
        /keepProgress: .*idleMinutes|idleMinutes.*keepProgress/,
      ],
      [{ endSessionWhenIdleMinutes: -3 }, /endSessionWhenIdleMinutes: /],
    ] as const) {
      await page.context().unrouteAll();
      await serveLabConfig(page.context(), body);
      const seen = warnings(page);
      await page.reload();
      await menuHeading(page).waitFor();
      await expect.poll(() => seen.filter((w) => w.startsWith('TechShift: techshift.config.json was ignored'))).toHaveLength(1);
      expect(seen.join('\n')).toMatch(named);
      // Ignored whole: the lab's "no files" wish in the broken file does not half-apply.
      expect(await page.getByRole('button', { name: 'Open your own scenario file…' }).count()).toBe(1);
    }
    page = game.page;
    expect(await page.locator('#root').textContent()).not.toBe('');
  });

  it('"keepProgress": "tab" keeps progress in this tab only: a reload offers it, a new tab starts clean', async () => {
    const scenario = loadScenario(PATH);
    const page = await game.open(`?scenario=${PATH}`, (context) => serveLabConfig(context, { keepProgress: 'tab' }));
    await waitForPlay(page);
    await playAll(mouseStudent(page), scenario, expertMoves(scenario).slice(0, 1));
    const traces = await originTraces(page);
    expect(traces.local, 'nothing in localStorage').toEqual([]);
    expect(traces.session).toEqual(['techshift:progress']);

    await page.reload();
    await resumeHeading(page).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForPlay(page);
    expect(await page.locator('.station-panel').getByText('Identity confirmed').count()).toBe(1);

    const tab = await game.openTab();
    await menuHeading(tab).waitFor();
    expect(await resumeHeading(tab).count(), 'another tab knows nothing of it').toBe(0);
    expect((await originTraces(tab)).session).toEqual([]);
  });

  it('"allowOpeningScenarioFiles": false hides the file button and refuses a dropped file with a short note', async () => {
    const page = await game.open('', (context) => serveLabConfig(context, { allowOpeningScenarioFiles: false }));
    await menuHeading(page).waitFor();
    expect(await page.getByRole('button', { name: 'Open your own scenario file…' }).count()).toBe(0);
    await dropFiles(page, [{ name: 'mine.json', text: '{"kind":"encounter"}' }]);
    const note = page.getByRole('status').getByText(/turned off on this computer/);
    await note.waitFor();
    expect(await note.textContent()).toContain('the file was not opened');
    expect(await menuHeading(page).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: /could not be opened/ }).count()).toBe(0);
  });

  it('"endSessionWhenIdleMinutes" counts down visibly first; a key keeps the session; at zero everything is wiped', async () => {
    const scenario = loadScenario(PATH);
    const page = await game.open('', (context) => serveLabConfig(context, { endSessionWhenIdleMinutes: 2, idleWarningSeconds: 60 }));
    // The page's clock, faked so the test can move minutes on; it still runs in real time otherwise.
    await page.clock.install();
    await page.goto(new URL(`?scenario=${PATH}`, page.url()).href);
    await waitForPlay(page);
    await playAll(mouseStudent(page), scenario, expertMoves(scenario).slice(0, 1));
    // The seconds are a timer inside a status region (announced once when the warning appears).
    const timer = page.getByRole('timer');
    const countdown = page.getByRole('status').filter({ has: timer });

    await page.clock.fastForward('00:50');
    expect(await timer.count(), 'no countdown before the last minute').toBe(0);
    await page.clock.fastForward('00:20');
    await timer.waitFor();
    expect(await countdown.textContent()).toContain('Any key or click keeps the session.');
    expect(await timer.textContent()).toMatch(/^(4[0-9]|5[0-9]) seconds$/);

    await page.keyboard.press('Shift');
    await timer.waitFor({ state: 'detached' });
    await page.clock.fastForward('01:30');
    await timer.waitFor();
    expect(await stationHeading(page, 'dropoff').isVisible(), 'still playing during the countdown').toBe(true);
    await page.clock.fastForward('00:31');
    await menuHeading(page).waitFor();
    expect((await originTraces(page)).local).toEqual([]);
    await page.reload();
    await menuHeading(page).waitFor();
    expect(await resumeHeading(page).count()).toBe(0);
  });
});
