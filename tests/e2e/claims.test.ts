import { describe, expect, it } from 'vitest';
import { report } from '../../src/core/scoring/score';
import { renderFeedback } from '../../src/core/wording';
import en from '../../src/ui/i18n/locales/en.json';
import { useGame } from './harness/game';
import { expertMoves, keyboardStudent, loadScenario, play, playAll, readReport, stateAfter, waitForPlay, type Move } from './harness/play';

const PATH = 'scenarios/encounters/claim-75-prior-authorization.json';

describe('an insurance claim that needs a prior authorization, played by keyboard', () => {
  const game = useGame({ viewport: { width: 1280, height: 800 } });

  it('shows the 75 reject as the plan screen does, then the feedback on the prior authorization, and 100 at the report', async () => {
    const scenario = loadScenario(PATH);
    const moves = expertMoves(scenario);
    const at = moves.findIndex((m) => m.type === 'submitClaim');
    expect(moves.slice(at).map((m) => m.type)).toEqual(['submitClaim', 'resolveClaim']);
    const expected = report(stateAfter(scenario, moves));
    expect(expected.score).toBe(100);

    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    const student = keyboardStudent(page);
    const done: Move[] = await playAll(student, scenario, moves.slice(0, at));

    await play(student, scenario, done, moves[at]!);
    const panel = page.locator('.station-panel');
    const response = panel.locator('.claim-response');
    expect(await response.textContent()).toContain('REJECTED 75 — Prior Authorization Required');
    const toast = page.getByRole('region', { name: 'Feedback' });
    await expect.poll(() => toast.textContent()).toContain('Prairie State Health Plan rejected the claim');

    await play(student, scenario, done, moves[at + 1]!);
    const resolved = stateAfter(scenario, done).results.find((r) => r.code === 'claim.resolved')!;
    const words = renderFeedback(resolved, 'en');
    await expect.poll(() => toast.textContent()).toContain(words.what);

    const shown = await readReport(page);
    expect(shown.score).toBe('100 out of 100');
    expect(shown.verdict).toMatch(/^✔ PASS\b/);
    expect(shown.critical).toEqual([]);
  });

  it('cash instead of the prior authorization is a mistake the report explains, naming the right step', async () => {
    const scenario = loadScenario(PATH);
    const moves = expertMoves(scenario).map((m): Move => (m.type === 'resolveClaim' ? { ...m, resolution: 'cashPrice' } : m));
    const expected = report(stateAfter(scenario, moves));
    const wrong = expected.improve.find((r) => r.code === 'claim.resolution.wrong')!;
    expect(wrong).toBeDefined();

    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    const student = keyboardStudent(page);
    const cut = moves.findIndex((m) => m.type === 'resolveClaim') + 1;
    await playAll(student, scenario, moves.slice(0, cut));
    expect(await page.locator('.station-panel').textContent()).toContain(en.claim.settled.cash);
    // The rest of the fill is not driven here: end the patient and read the report.
    await student.press(page.locator('.station-panel').getByRole('button', { name: 'End the encounter…' }));
    await student.press(page.locator('.station-panel').getByRole('button', { name: 'Yes, end it' }));
    const shown = await readReport(page);
    const item = shown.improve.find((t) => t.includes('sending a prior-authorization request to the prescriber'));
    expect(item, shown.improve.join('\n')).toBeDefined();
    expect(item).toContain(`Next time: ${renderFeedback(wrong, 'en').how}`);
  });
});
