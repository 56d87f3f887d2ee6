import { describe, expect, it } from 'vitest';
import { checkpointsFor } from '../../../../src/core/engine/checkpoints';
import { replay } from '../../../../src/core/engine/engine';
import { solve, SOLVE_STEP_SECONDS } from '../../../../src/core/engine/solve';
import { report } from '../../../../src/core/scoring/score';
import { CASES } from './cases';

describe('the expert path (solve)', () => {
  for (const [name, s] of Object.entries(CASES)) {
    it(`scores exactly 100 and passes: ${name}`, () => {
      const log = solve(s);
      const state = replay(s, log);
      const r = report(state);
      expect(r.score).toBe(100);
      expect(r.passed).toBe(true);
      expect(r.improve).toEqual([]);
      expect(r.critical).toEqual([]);
      expect(state.complete).toBe(true);
      // Every checkpoint is earned exactly once, and nothing else scores.
      const earned = state.results.filter((x) => x.maxPoints > 0);
      expect(earned.map((x) => x.checkpoint).sort()).toEqual(
        checkpointsFor(s, state.findings)
          .map((c) => c.id)
          .sort(),
      );
      expect(state.results.every((x) => x.points === x.maxPoints)).toBe(true);
      expect(log.map((a) => a.at)).toEqual(log.map((_, i) => (i + 1) * SOLVE_STEP_SECONDS));
    });
  }

  it("stops each prescription with its earliest finding's code and carries on with the rest", () => {
    const log = solve(CASES['one stopped, one filled']!);
    expect(log.filter((a) => a.type === 'flagProblem')).toEqual([{ type: 'flagProblem', rx: 'rx1', code: 'RX_EXPIRED', at: 10 }]);
    expect(log.at(-1)!.type).toBe('handOut');
  });

  it('keeps the bag back from a stranger', () => {
    const log = solve(CASES['stranger at pick-up']!).map((a) => a.type);
    expect(log.slice(-2)).toEqual(['flagProblem', 'endEncounter']);
    expect(log).not.toContain('handOut');
  });

  it('refers clinical questions and answers the rest', () => {
    const responses = solve(CASES['questions at both windows']!).filter((a) => a.type === 'respondToQuestion');
    expect(responses.map((a) => [a.question, a.response])).toEqual([
      ['ready', 'answer'],
      ['grapefruit', 'refer'],
      ['dizzy', 'refer'],
    ]);
  });
});
