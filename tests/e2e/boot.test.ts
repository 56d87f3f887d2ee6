import { describe, expect, it } from 'vitest';
import { canvasOnlyScreenshot, pixelStats, useGame, waitForFirstFrame } from './harness/game';

describe('the built game boots in real Chromium', () => {
  const game = useGame();

  it('shows the menu with the title, then draws the pharmacy in WebGL2 after Start', async () => {
    const page = await game.open();
    const audio: string[] = [];
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.includes('/audio/')) audio.push(url.pathname);
      if (url.origin !== new URL(page.url()).origin && url.protocol !== 'data:') foreign.push(r.url());
    });
    await expect.poll(() => page.getByRole('heading', { name: 'TechShift', level: 1 }).isVisible()).toBe(true);
    expect(audio, 'no sound is fetched before the first click').toEqual([]);

    await page.getByRole('button', { name: /^Start/ }).click();
    await waitForFirstFrame(page);

    const webgl2 = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      return !!canvas && canvas.getContext('webgl2') !== null;
    });
    expect(webgl2, 'the canvas uses a WebGL2 context').toBe(true);

    const shot = await canvasOnlyScreenshot(page);
    const stats = pixelStats(shot);
    expect(stats.variance, 'a blank canvas has no variance; the pharmacy should have walls, floor, counter and people').toBeGreaterThan(50);
    expect(stats.distinctColours).toBeGreaterThan(20);

    // The Start click unlocked audio: the cues and the room tone come from our own origin.
    await expect.poll(() => audio.some((p) => p.endsWith('/audio/door-chime.ogg'))).toBe(true);
    await expect.poll(() => audio.some((p) => p.endsWith('/audio/room-tone.ogg'))).toBe(true);
    expect(foreign, 'nothing is fetched from another origin').toEqual([]);
  });
});
