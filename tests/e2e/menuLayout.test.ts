import { describe, expect, it } from 'vitest';
import { useGame } from './harness/game';

describe('the menu at 1280×720', () => {
  const game = useGame({ viewport: { width: 1280, height: 720 } });

  it('shows the Start button without scrolling, with the library grouped by shift and topic', async () => {
    const page = await game.open();
    const start = page.getByRole('button', { name: /^Start/ });
    await start.waitFor();
    const box = await start.boundingBox();
    expect(box, 'the Start button is laid out').not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, 'the Start button ends inside the 720 px viewport').toBeLessThanOrEqual(720);
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    expect(await page.getByRole('group', { name: 'Single patients: Controlled substances' }).count()).toBe(1);
  });
});
