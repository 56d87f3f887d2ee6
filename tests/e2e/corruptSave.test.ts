import { describe, expect, it } from 'vitest';
import { UNREADABLE_MESSAGE } from '../../src/platform/storage';
import { useGame } from './harness/game';
import { mouseStudent, startFromMenu, waitForPlay } from './harness/play';

const KEY = 'techshift:progress';
const CORRUPT = '{"version":1,"scenarioId":"fill-lisinopril-refill-day","log":[{"type":"confirmIdent';

describe('saved progress that cannot be read', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('shows the plain message in the menu, keeps a backup, and a fresh encounter starts', async () => {
    // As if an older or broken version had left it there: planted, then the game is loaded again.
    const page = await game.open();
    await page.getByRole('heading', { level: 1, name: 'TechShift' }).waitFor();
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, CORRUPT] as const);
    await page.reload();

    await page.getByRole('heading', { level: 1, name: 'TechShift' }).waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
    expect((await notice.textContent())?.trim()).toBe(UNREADABLE_MESSAGE);

    const stored = await page.evaluate((key) => {
      const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${key}-backup-`));
      return { progress: localStorage.getItem(key), backups: backups.map((k) => [k, localStorage.getItem(k)]) };
    }, KEY);
    expect(stored.progress, 'the unreadable save is moved out of the way').toBeNull();
    expect(stored.backups).toEqual([[`${KEY}-backup-1`, CORRUPT]]);

    await startFromMenu(mouseStudent(page), 'scenarios/encounters/fill-lisinopril-refill-day.json');
    await waitForPlay(page);
    expect(await page.locator('.station-panel').getByRole('button', { name: 'Confirm identity' }).isVisible()).toBe(true);
  });
});
