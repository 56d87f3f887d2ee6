import type { CDPSession, Page } from 'playwright-core';
import { openSession } from './browser';
import { readDebug } from './hooks';
import { withDebug } from './measurePage';
import { startAndTimeFirstFrame, waitForMenu } from './measureStart';
import { isNa, na, why, type LongPlayResult, type Maybe } from './types';

const ENCOUNTER_TIMEOUT = 60_000;

/**
 * Encounters played before the steady-state baseline. Heap snapshots taken after 3 and 33 encounters
 * differ almost only in V8's compiled code (InstructionStream, FeedbackVector) and Chromium's capped
 * performance-timeline buffers, so the first few encounters' growth is warm-up, not a leak.
 */
export const WARM_UP = 10;

/**
 * Long play measures growth, not speed: a small window makes software rendering about 4× cheaper,
 * so 51 encounters fit in the bench's time, while the counts of heap, geometries and textures are the same.
 */
export const LONG_PLAY_VIEWPORT = { width: 640, height: 360 };

/**
 * The expert hook, in page terms: the contract's `window.__techshift.expert`, or, until the game
 * moves it there, `window.__techshiftExpert` (what src/ui/game/debugExpert.ts installs today).
 */
const EXPERT = '(window.__techshift?.expert ?? window.__techshiftExpert)';

/** Plays the current encounter through the game's expert hook; throws if it takes longer than a minute. */
async function playOne(page: Page): Promise<void> {
  const play = page.evaluate(`${EXPERT}.playEncounter()`);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`an encounter took over ${ENCOUNTER_TIMEOUT / 1000} s`)), ENCOUNTER_TIMEOUT);
  });
  try {
    await Promise.race([play, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** JS heap in use after two forced garbage collections (CDP), and the renderer's live geometries and textures. */
async function settledMemory(page: Page, cdp: CDPSession): Promise<{ heap: number; geometries: number; textures: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const d = await readDebug(page);
  if (!d) throw new Error('window.__techshift is missing');
  return { heap: usedSize, geometries: d.geometries, textures: d.textures };
}

/**
 * Plays one encounter through the real UI, then `more` again (the hook restarts the same encounter),
 * and compares memory after the first and after the last. Stops early, with a note, past `capSeconds`.
 */
export async function measureLongPlay(url: string, more = 50, capSeconds = 150): Promise<Maybe<LongPlayResult>> {
  const s = await openSession(LONG_PLAY_VIEWPORT);
  const { page } = s;
  try {
    await page.goto(withDebug(url), { waitUntil: 'load' });
    const menu = await waitForMenu(page);
    if (isNa(menu)) return na(menu.na);
    const frame = await startAndTimeFirstFrame(page, true);
    if (isNa(frame)) return na(frame.na);
    const hooked = await page.waitForFunction(`typeof ${EXPERT}?.playEncounter === 'function'`, undefined, { timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (!hooked) return na('window.__techshift.expert.playEncounter() is not provided');
    const hookName =
      (await page.evaluate('window.__techshift?.expert ? "contract" : "other"')) === 'contract' ? null : 'window.__techshiftExpert';

    const cdp = await s.context.newCDPSession(page);
    const began = Date.now();
    await playOne(page);
    const first = await settledMemory(page, cdp);
    let warm = first;
    let played = 0;
    let note: string | undefined = hookName ? `played through ${hookName} (the contract names window.__techshift.expert)` : undefined;
    while (played < more) {
      if ((Date.now() - began) / 1000 > capSeconds) {
        note = `${note ? `${note}; ` : ''}stopped after ${played} of ${more} more encounters: over the ${capSeconds.toFixed(0)} s cap`;
        break;
      }
      await playOne(page);
      played += 1;
      if (played + 1 === WARM_UP) warm = await settledMemory(page, cdp);
    }
    const last = await settledMemory(page, cdp);
    if (s.errors.length > 0) note = `${note ? `${note}; ` : ''}${s.errors.length} page errors, first: ${s.errors[0]}`;
    return {
      played,
      seconds: (Date.now() - began) / 1000,
      heapAfter1: first.heap,
      heapAfterWarm: warm.heap,
      heapAfterN: last.heap,
      heapGrowthPercent: ((last.heap - first.heap) / first.heap) * 100,
      heapSteadyGrowthPercent: ((last.heap - warm.heap) / warm.heap) * 100,
      geometriesAfter1: first.geometries,
      geometriesAfterN: last.geometries,
      texturesAfter1: first.textures,
      texturesAfterN: last.textures,
      ...(note ? { note } : {}),
    };
  } catch (e) {
    return na(why(e));
  } finally {
    await s.close();
  }
}
