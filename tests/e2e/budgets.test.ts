import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import budgets from '../../bench/budgets.json';
import { eagerFiles, eagerUrls } from '../../bench/eagerFiles';
import { STATIONS, animationFrames, readDebug, startButton, stationKey, waitForStation } from '../../bench/hooks';
import { useGame, waitForFirstFrame } from './harness/game';

const DIST = resolve(import.meta.dirname, '../../dist');

/** The cheapest budgets from bench/budgets.json, on every CI run; `npm run bench -- --check` checks the rest. */
describe('performance budgets', () => {
  // Reduced motion makes each station a cut instead of a trip: the views, and their draw calls, are the same, only quicker.
  const game = useGame({ reducedMotion: true });

  it('the first load (index.html and what it loads eagerly) fits the gzip budget, all from our own origin', () => {
    const foreign = eagerUrls(readFileSync(resolve(DIST, 'index.html'), 'utf8')).filter((u) => /^(?:[a-z]+:)?\/\//i.test(u));
    expect(foreign, 'index.html loads nothing from another origin').toEqual([]);
    const files = eagerFiles(DIST);
    const gzip = files.reduce((n, f) => n + f.gzip, 0);
    const listing = files.map((f) => `${f.path} ${(f.gzip / 1000).toFixed(1)} kB`).join(', ');
    expect(gzip, `first-load gzip bytes (${listing})`).toBeLessThanOrEqual(budgets.firstLoadGzipBytes);
  });

  it('every station view stays within the draw-call budget, and the scene stops drawing once the camera arrives', async () => {
    const page = await game.open('?debug');
    await startButton(page).click({ timeout: 30_000 });
    await waitForFirstFrame(page);

    const drawCalls: Record<string, number> = {};
    for (const id of STATIONS) {
      await page.keyboard.press(stationKey(id));
      await waitForStation(page, id, 30_000);
      const d = await readDebug(page);
      expect(d, 'window.__techshift is there with ?debug').not.toBeNull();
      drawCalls[id] = d!.drawCalls;
    }
    const over = Object.fromEntries(Object.entries(drawCalls).filter(([, n]) => n > budgets.drawCallsPerStation));
    expect(over, `stations over ${budgets.drawCallsPerStation} draw calls (all: ${JSON.stringify(drawCalls)})`).toEqual({});

    // Idle: the camera has arrived and nothing moves, so 60 animation frames later the scene has drawn (almost) nothing.
    const before = (await readDebug(page))!.frames;
    await animationFrames(page, 60);
    const after = (await readDebug(page))!.frames;
    expect(after - before, 'frames rendered during 60 idle animation frames').toBeLessThanOrEqual(budgets.idleFramesIn5s);
  });
});
