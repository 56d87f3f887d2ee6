import { describe, expect, it } from 'vitest';
import { pixelStats, useGame, waitForFirstFrame } from './harness/game';

describe('the built game boots in real Chromium', () => {
  const game = useGame();

  it('draws the pharmacy room in WebGL2 and shows the title', async () => {
    const page = await game.open();
    await waitForFirstFrame(page);

    const webgl2 = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      return !!canvas && canvas.getContext('webgl2') !== null;
    });
    expect(webgl2, 'the canvas uses a WebGL2 context').toBe(true);

    const shot = await page.locator('canvas').screenshot();
    const stats = pixelStats(shot);
    expect(stats.variance, 'a blank canvas has no variance; the room should have walls, floor and counter').toBeGreaterThan(50);
    expect(stats.distinctColours).toBeGreaterThan(20);

    await expect.poll(() => page.getByRole('heading', { name: 'TechShift' }).isVisible()).toBe(true);
  });
});
