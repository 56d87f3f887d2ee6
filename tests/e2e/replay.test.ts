import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/core/engine/engine';
import { DEFAULT_LANGUAGE, feedbackFor } from '../../src/core/wording';
import type { ResultsFile } from '../../src/platform/results/resultsFileSchema';
import { CLASS_SCENARIOS, classFiles, shipped } from '../fixtures/classResults';
import { useGame } from './harness/game';
import { textIn } from '../../src/core';

// Ana Diaz misses the bad DEA number on the oxycodone: a failing encounter worth stepping through.
const ANA = classFiles()[0]!;
const FILE = JSON.parse(ANA.text) as ResultsFile;
const SCENARIO = shipped(CLASS_SCENARIOS[1]);
const RECORD = FILE.encounters.find((e) => e.scenarioId === SCENARIO.id)!;
const TOTAL = RECORD.log.length;

const position = (page: Page) => page.locator('.replay-position').textContent();
const panelText = (page: Page) => page.locator('.replay-panels').innerText();

/** The feedback the engine gave for action `step` of the log, as the report words it. */
function feedbackAt(step: number): string[] {
  const state = replay(SCENARIO, RECORD.log.slice(0, step));
  return state.results.filter((r) => r.actionIndex === step - 1).map((r) => feedbackFor(r, SCENARIO, DEFAULT_LANGUAGE).what);
}

describe('the replay viewer', () => {
  const game = useGame({ viewport: { width: 1400, height: 900 } });

  it('steps through an encounter by keyboard to the recorded score, and shows the same panels at a step however it is reached', async () => {
    const page = await game.open('instructor.html');
    await page
      .getByTestId('results-file-input')
      .setInputFiles([{ name: ANA.name, mimeType: 'application/json', buffer: Buffer.from(ANA.text) }]);
    const open = page.getByRole('button', { name: `Replay ${textIn(SCENARIO.title, 'en')} for Ana Diaz` });
    await open.click();
    const viewer = page.getByRole('region', { name: `Replay: Ana Diaz — ${textIn(SCENARIO.title, 'en')}` });
    await viewer.waitFor();
    expect(await position(page)).toBe(`Step 0 of ${TOTAL}: Before the first action`);

    // Forward, by keyboard, three steps: the panels and the feedback are those of the log's third action.
    const forward = viewer.getByRole('button', { name: 'Forward' });
    await forward.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await expect.poll(() => position(page)).toMatch(new RegExp(`^Step 3 of ${TOTAL}: `));
    const atThree = await panelText(page);
    const told = await viewer.locator('.replay-feedback-items li').allTextContents();
    const expected = feedbackAt(3);
    expect(told).toHaveLength(expected.length);
    expected.forEach((what, i) => expect(told[i]).toContain(what));

    // The panels are a picture: inert, and the F key opens no flag dialog.
    expect(await page.locator('.replay-panels').getAttribute('inert')).not.toBeNull();
    await page.keyboard.press('f');
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The slider's End key jumps to the last step: the replay ends on the recorded score.
    const slider = viewer.getByRole('slider', { name: 'Step' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => position(page)).toMatch(new RegExp(`^Step ${TOTAL} of ${TOTAL}: `));
    expect(await viewer.locator('.replay-compare').textContent()).toBe(
      `Replayed score ${RECORD.score} (fail) · recorded in the file ${RECORD.score} (fail) · the same`,
    );
    await viewer.getByRole('button', { name: 'Show the report' }).click();
    expect(await viewer.locator('.report-score').textContent()).toBe(`${RECORD.score} out of 100`);
    expect(await viewer.locator('.report-verdict').textContent()).toContain('FAIL');

    // Back to step 3 from the step list, and again with Back from step 4: the same panel text each time.
    await viewer.getByRole('navigation', { name: 'Every step' }).getByRole('button', { name: /^3\. / }).click();
    await expect.poll(() => position(page)).toMatch(new RegExp(`^Step 3 of ${TOTAL}: `));
    expect(await panelText(page)).toBe(atThree);
    await viewer.getByRole('navigation', { name: 'Every step' }).getByRole('button', { name: /^4\. / }).click();
    await expect.poll(() => position(page)).toMatch(new RegExp(`^Step 4 of ${TOTAL}: `));
    expect(await panelText(page)).not.toBe(atThree);
    await viewer.getByRole('button', { name: 'Back', exact: true }).click();
    await expect.poll(() => position(page)).toMatch(new RegExp(`^Step 3 of ${TOTAL}: `));
    expect(await panelText(page)).toBe(atThree);

    await viewer.getByRole('button', { name: 'Back to the class' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Replay ${textIn(SCENARIO.title, 'en')} for Ana Diaz`);
  });
});
