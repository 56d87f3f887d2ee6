import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { replay, solve } from '../../src/core';
import { report } from '../../src/core/scoring/score';
import { renderFeedback, renderResult } from '../../src/core/wording';
import { useGame } from './harness/game';
import { keyboardStudent, loadScenario, readReport, reportRegion, waitForPlay } from './harness/play';

const PATH = 'scenarios/encounters/phone-refill-authorization.json';

describe('a refill-authorization call, played by keyboard', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('rings at the phone, looks the prescription up, sends the request, and reports it with what to do next time', async () => {
    const scenario = loadScenario(PATH);
    const expert = replay(scenario, solve(scenario));
    const handled = expert.results.find((r) => r.code === 'call.handled')!;
    expect(report(expert).score).toBe(100);

    const page = await game.open(`?scenario=${PATH}`);
    // A call starts at the phone, which lists it: the caller and what they say.
    await waitForPlay(page, '3d', 'phone');
    const panel = page.locator('.station-panel');
    await panel.getByRole('heading', { name: 'Refill request' }).waitFor();
    await expect.poll(() => panel.getByText(scenario.call!.says, { exact: false }).count()).toBe(1);
    await expect
      .poll(() => page.locator('.station-panel .next-hint').textContent())
      .toMatch(/Next at Phone \(key 8\): Look up the Atorvastatin 20 mg tablet prescription/);

    const student = keyboardStudent(page);
    await student.press(panel.getByRole('button', { name: 'Look up the prescription' }));
    await panel.getByText('Refills: 2 authorised, 2 used, 0 left.').waitFor();
    // The phone panel meets WCAG 2.2 AA as the other stations do.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).include('.station-panel').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await student.press(panel.getByRole('button', { name: /^Send the prescriber a refill-authorization request/ }));

    const shown = await readReport(page);
    expect(shown.score).toBe('100 out of 100');
    expect(shown.verdict).toMatch(/PASS/);
    const text = (await reportRegion(page).textContent()) ?? '';
    expect(text).toContain(renderResult(handled, 'en'));
    expect(text).toContain('told the patient to expect an answer within 2 business days');
  });

  it('reports queueing a refill with none left as a mistake, with why and how', async () => {
    const scenario = loadScenario(PATH);
    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page, '3d', 'phone');
    const panel = page.locator('.station-panel');
    const student = keyboardStudent(page);
    await student.press(panel.getByRole('button', { name: 'Look up the prescription' }));
    await student.press(panel.getByRole('button', { name: 'Queue the refill for filling' }));

    const shown = await readReport(page);
    expect(shown.score).toBe('20 out of 100');
    const words = renderFeedback(
      {
        code: 'call.wrongDecision',
        params: {
          kind: 'refill',
          decision: 'queueRefill',
          rx: { id: 'rx1', drug: scenario.prescriptions[0]!.drugAsWritten },
          expected: 'requestAuthorization',
        },
      },
      'en',
    );
    const item = shown.improve.find((i) => i.includes('You queued the refill'));
    expect(item).toBeDefined();
    expect(item).toContain('send the prescriber a refill-authorization request and tell the patient when to expect it');
    expect(item).toContain(`Next time: ${words.how}`);
  });
});
