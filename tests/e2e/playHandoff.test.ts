import { describe, expect, it } from 'vitest';
import { report } from '../../src/core/scoring/score';
import { renderFeedback } from '../../src/core/wording';
import { useGame } from './harness/game';
import { expertMoves, loadScenario, mouseStudent, playAll, readReport, stateAfter, waitForPlay, type Move } from './harness/play';
import { textIn } from '../../src/core';

const PATH = 'scenarios/encounters/handoff-sertraline-side-effects.json';

describe('a hand-off encounter where the student answers the clinical question', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('reports the critical error with why it matters (a technician never counsels), and FAIL', async () => {
    const scenario = loadScenario(PATH);
    // The expert refers the pharmacist-only question; this student answers it instead, and does the rest right.
    const clinical = scenario.dialogue.pickUp.find((l) => l.pharmacistOnly);
    expect(clinical, 'the scenario has a pharmacist-only question at pick-up').toBeDefined();
    const moves = expertMoves(scenario).map((m): Move =>
      m.type === 'respondToQuestion' && m.question === clinical!.id ? { ...m, response: 'answer' } : m,
    );
    expect(moves.filter((m) => m.type === 'respondToQuestion' && m.response === 'refer')).toEqual([]);
    const expected = report(stateAfter(scenario, moves));

    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    await playAll(mouseStudent(page), scenario, moves);

    const shown = await readReport(page);
    expect(shown.verdict).toMatch(/^✖ FAIL\b/);
    expect(shown.score).toBe(`${expected.score} out of 100`);
    expect(expected.score).toBeLessThan(100);
    expect(shown.critical).toHaveLength(1);
    const [item] = shown.critical;
    expect(item).toContain(textIn(clinical!.text, 'en'));
    expect(item).toMatch(/Why it matters: A technician never counsels/);
    const words = renderFeedback(expected.critical[0]!, 'en');
    expect(item).toContain(`Why it matters: ${words.why}`);
    expect(item).toContain(`Next time: ${words.how}`);
  });
});
