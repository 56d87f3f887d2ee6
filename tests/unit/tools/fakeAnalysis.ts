import type { Analysis } from '../../../src/core/check/analysis';
import { actions, stamp } from '../../../src/core/engine/actionCreators';
import type { EncounterState } from '../../../src/core/engine/state';
import type { Finding } from '../../../src/core/findings/codes';
import type { Report } from '../../../src/core/scoring/report';

/** Stand-ins for the rules and engine, so the checker's own logic is tested on its own. */
export function fakeAnalysis(opts: { findings?: Finding[]; score?: number; complete?: boolean; fail?: 'findings' | 'solve' } = {}): Analysis {
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
        improve: score < 100 ? [{ code: 'x', step: 'count', what: 'Counted 28 tablets; the prescription is for 30.', why: '', how: '' }] : [],
        critical: [],
      }) as Report,
  };
}
