import { describe, expect, it } from 'vitest';
import { useGame } from './harness/game';

const MISSING = 'scenarios/encounters/no-such-patient.json';

describe('?scenario= naming a file that does not ship', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('shows the checker-style problem in the menu instead of a white screen', async () => {
    const page = await game.open(`?scenario=${MISSING}`);
    const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'This file could not be opened' }) });
    await alert.waitFor();
    // file:line:column path: message, exactly as `npm run check-scenarios` prints it.
    expect(await alert.locator('li code').allTextContents()).toEqual([
      `${MISSING}:1:1 (file): no scenario by that path ships with TechShift`,
    ]);
    expect(await page.getByRole('heading', { level: 1, name: 'TechShift' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Start / }).isEnabled()).toBe(true);
  });
});
