import { describe, expect, it } from 'vitest';
import { useGame } from './harness/game';
import { expertMoves, loadScenario, mouseStudent, play, waitForPlay, type Move } from './harness/play';

const FILL = 'scenarios/encounters/fill-lisinopril-refill-day.json';

describe('feedback toasts at 1280×720', () => {
  const game = useGame({ viewport: { width: 1280, height: 720 } });

  it('stay a small corner of the view and never cover the station panel', async () => {
    const scenario = loadScenario(FILL);
    const expert = expertMoves(scenario);
    const entryAt = expert.findIndex((m) => m.type === 'enterPrescription');
    const right = expert[entryAt];
    if (right?.type !== 'enterPrescription') throw new Error('the fill has no data entry');
    // Every field wrong at once: a pile of "Check this" messages.
    const wrong: Move = {
      ...right,
      entry: {
        ...right.entry,
        quantity: right.entry.quantity + 7,
        daysSupply: right.entry.daysSupply + 3,
        refills: right.entry.refills + 4,
        daw: 1,
      },
    };

    const page = await game.open(`?scenario=${FILL}`);
    await waitForPlay(page);
    const student = mouseStudent(page);
    const done: Move[] = [];
    for (const move of [...expert.slice(0, entryAt), wrong]) {
      await play(student, scenario, done, move);
      done.push(move);
    }
    const toasts = page.locator('.feedback-list > li');
    await expect.poll(() => toasts.count()).toBeGreaterThanOrEqual(3);
    const box = await page.locator('.feedback').boundingBox();
    const panel = await page.locator('.station-panel').boundingBox();
    if (!box || !panel) throw new Error('no toast or panel on screen');
    expect(box.height, 'the toasts take at most about a quarter of the view').toBeLessThanOrEqual(720 * 0.3);
    expect(box.x + box.width, 'the toasts end left of the station panel').toBeLessThanOrEqual(panel.x);
  });
});
