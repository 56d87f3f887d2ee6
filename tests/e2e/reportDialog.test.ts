import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGame } from './harness/game';
import { menuHeading } from './harness/lab';
import { tabTo, waitForPlay } from './harness/play';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';

/** A single patient sent on unworked: the report comes up over the pharmacy, with toasts behind it. */
async function reportOfUnworkedPatient(page: Page) {
  await page.goto(new URL(`?scenario=${PATH}`, page.url()).href);
  await waitForPlay(page);
  await page.getByRole('button', { name: 'End the encounter…' }).click();
  await page.getByRole('button', { name: 'Yes, end it' }).click();
  const dialog = page.getByRole('dialog', { name: 'Encounter report' });
  await dialog.waitFor();
  return dialog;
}

/** Where focus is: inside the report dialog or not, and what it is. */
const focusPlace = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { inDialog: !!el?.closest('[role="dialog"]'), text: el?.textContent?.trim().slice(0, 40) ?? '' };
  });

describe('the end-of-encounter report is a real dialog', () => {
  const game = useGame();

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`at ${size.width}×${size.height}: focus moves in and stays, and "Back to the menu" is in view, ringed when focused, and clickable`, async () => {
      const page = await game.open();
      await page.setViewportSize(size);
      const dialog = await reportOfUnworkedPatient(page);
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-heading');
      expect(await page.locator('.feedback-item').count(), 'toasts are there behind the report').toBeGreaterThan(0);

      // A single patient has no "Next patient" to pretend about.
      expect(await dialog.getByRole('button', { name: 'Next patient' }).count()).toBe(0);
      const back = dialog.getByRole('button', { name: 'Back to the menu' });

      // Tab all the way round and back: focus never leaves the report (not to the toasts, not to the pharmacy).
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        expect(await focusPlace(page), `after ${i + 1} Tab presses`).toMatchObject({ inDialog: true });
      }
      await page.locator('#report-heading').focus();
      await page.keyboard.press('Shift+Tab');
      // From the heading, Shift+Tab wraps to the report's last button.
      expect(await focusPlace(page)).toEqual({ inDialog: true, text: expect.stringMatching(/Download my results/) });

      await tabTo(page, back);
      const ring = await back.evaluate((el) => {
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const clip = el.closest('.report')!.getBoundingClientRect();
        const reach = 5; // the outline (3px + 2px offset) and its dark halo
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
          ringInside:
            r.left - reach >= clip.left && r.right + reach <= clip.right && r.top - reach >= clip.top && r.bottom + reach <= clip.bottom,
          inViewport: r.top >= 0 && r.bottom <= window.innerHeight,
          onTop: hit === el || el.contains(hit),
        };
      });
      expect(ring).toEqual({ outline: 'solid 3px', ringInside: true, inViewport: true, onTop: true });

      await back.click();
      await menuHeading(page).waitFor();
    });
  }

  it('Escape goes back to the menu, as "Back to the menu" does', async () => {
    const page = await game.open();
    await reportOfUnworkedPatient(page);
    await page.keyboard.press('Escape');
    await menuHeading(page).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('techshift:progress')), 'the seen report leaves nothing to resume').toBeNull();
  });
});
