import type { Analysis } from '../../../src/core/check/analysis';
import { actions, stamp } from '../../../src/core/engine/actionCreators';
import type { EncounterState } from '../../../src/core/engine/state';
import type { Finding } from '../../../src/core/findings/codes';
import type { Result } from '../../../src/core/engine/results';
import type { Report } from '../../../src/core/scoring/report';

/** The one thing the fake expert gets wrong when it scores under 100. */
const COUNTED_28: Result = {
  code: 'count.wrong',
  params: { counted: 28, quantity: 30, unit: 'tablet' },
  step: 'count',
  rx: 'rx1',
  skill: 'accuracy',
  outcome: 'mistake',
  points: 0,
  maxPoints: 5,
  actionIndex: 5,
};

/** Stand-ins for the rules and engine, so the checker's own logic is tested on its own. */
export function fakeAnalysis(
  opts: { findings?: Finding[]; score?: number; complete?: boolean; fail?: 'findings' | 'solve' } = {},
): Analysis {
  const { findings = [], score = 100, complete = true, fail } = opts;
  return {
    findings: () => {
      if (fail === 'findings') throw new Error('rule exploded');
      return findings;
    },
    solve: () => {
      if (fail === 'solve') throw new Error('solver exploded\n    at solve (solve.ts:1:1)');
      return [stamp(actions.endEncounter(), 0)];
    },
    replay: () => ({ complete }) as EncounterState,
    report: () =>
      ({
        score,
        passed: score >= 80,
        passThreshold: 80,
        skills: { accuracy: null, safety: null, scope: null, communication: null, efficiency: null },
        aced: [],
        improve: score < 100 ? [COUNTED_28] : [],
        critical: [],
      }) as Report,
  };
}
