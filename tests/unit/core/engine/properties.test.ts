import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../src/core/engine/actions';
import { checkpointsFor } from '../../../../src/core/engine/checkpoints';
import { apply, replay, start } from '../../../../src/core/engine/engine';
import { SKILLS } from '../../../../src/core/engine/results';
import { RESULT_CODES } from '../../../../src/core/engine/resultCodes';
import { solve } from '../../../../src/core/engine/solve';
import { FINDING_CODES } from '../../../../src/core/findings/codes';
import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';
import { report } from '../../../../src/core/scoring/score';
import { CASES } from './cases';
import { GOOD_ENTRY } from './fixtures';

const names = Object.keys(CASES);

/** Plausible student actions on a scenario: the expert's own moves in any order, plus near misses. */
function actionFor(s: ResolvedEncounter): fc.Arbitrary<Action> {
  const rx = fc.constantFrom(...s.prescriptions.map((p) => p.id), 'rx9');
  const products = fc.constantFrom(...s.products.keys(), 'not-a-product');
  const lines = [...s.dialogue.dropOff, ...s.dialogue.pickUp].map((l) => l.id);
  const at = fc.integer({ min: 0, max: 600 });
  const random: fc.Arbitrary<Action>[] = [
    fc.record({ type: fc.constant('confirmIdentity' as const), stage: fc.constantFrom('dropoff' as const, 'pickup' as const), at }),
    fc.record({ type: fc.constant('acceptPrescription' as const), rx, at }),
    fc.record({
      type: fc.constant('flagProblem' as const),
      rx: fc.option(rx, { nil: undefined }),
      code: fc.constantFrom(...FINDING_CODES),
      at,
    }),
    fc.record({
      type: fc.constant('enterPrescription' as const),
      rx,
      entry: fc.record({
        productId: products,
        sig: fc.constantFrom('i po daily', 'i po bid', 'ud', ''),
        quantity: fc.integer({ min: 0, max: 60 }),
        daysSupply: fc.integer({ min: 0, max: 60 }),
        refills: fc.integer({ min: 0, max: 5 }),
        daw: fc.constantFrom(0, 1),
      }),
      at,
    }),
    fc.record({ type: fc.constant('enterPrescription' as const), rx, entry: fc.constant(GOOD_ENTRY), at }),
    fc.record({ type: fc.constant('selectProduct' as const), rx, productId: products, at }),
    fc.record({ type: fc.constant('returnProduct' as const), rx, at }),
    fc.record({ type: fc.constant('scanProduct' as const), rx, at }),
    fc.record({ type: fc.constant('countProduct' as const), rx, quantity: fc.integer({ min: 0, max: 1000 }), at }),
    fc.record({
      type: fc.constant('printLabel' as const),
      rx,
      auxiliaryLabels: fc.subarray(['May cause drowsiness', 'Take with food', 'Finish all of this medication']),
      at,
    }),
    fc.record({ type: fc.constant('submitForVerification' as const), rx, at }),
    fc.record({ type: fc.constant('offerCounseling' as const), at }),
    fc.record({
      type: fc.constant('respondToQuestion' as const),
      question: fc.constantFrom(...lines, 'q-none'),
      response: fc.constantFrom('answer' as const, 'refer' as const),
      at,
    }),
    fc.record({ type: fc.constant('handOut' as const), at }),
    fc.record({ type: fc.constant('endEncounter' as const), at }),
  ];
  return fc.oneof({ arbitrary: fc.constantFrom(...solve(s)), weight: 3 }, { arbitrary: fc.oneof(...random), weight: 2 });
}

/** A scenario with a log of up to 40 actions on it. */
const scenarioAndLog = fc
  .constantFrom(...names)
  .chain((name) => fc.tuple(fc.constant(name), fc.array(actionFor(CASES[name]!), { maxLength: 40 })));

const known = new Set<string>(RESULT_CODES);

describe('engine properties', () => {
  it('replays deterministically, never throws, and splits anywhere', () => {
    fc.assert(
      fc.property(scenarioAndLog, fc.nat(), ([name, log], cut) => {
        const s = CASES[name]!;
        const a = replay(s, log);
        const b = replay(s, log);
        expect(b).toEqual(a);
        expect(report(b)).toEqual(report(a));
        const k = log.length === 0 ? 0 : cut % (log.length + 1);
        const split = log.slice(k).reduce((state, action) => apply(state, action).state, replay(s, log.slice(0, k)));
        expect(split).toEqual(a);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('answers every action, uses only listed codes, and never pays more than the expert', () => {
    fc.assert(
      fc.property(scenarioAndLog, ([name, log]) => {
        const s = CASES[name]!;
        let state = start(s);
        for (const action of log) {
          const out = apply(state, action);
          expect(out.results.length).toBeGreaterThan(0);
          // Well-typed actions never fall through to the "could not be processed" safety net.
          expect(out.results.map((r) => r.code)).not.toContain('action.unknown');
          state = out.state;
        }
        for (const r of state.results) expect(known.has(r.code), r.code).toBe(true);
        const scored = state.results.filter((r) => r.maxPoints > 0 && r.actionIndex >= 0).map((r) => r.checkpoint);
        expect(new Set(scored).size).toBe(scored.length);
        const possible = checkpointsFor(s, state.findings).reduce((sum, c) => sum + c.points, 0);
        expect(state.results.reduce((sum, r) => sum + r.points, 0)).toBeLessThanOrEqual(possible);
        const { score } = report(state);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('report consistency', () => {
  it('lists exactly what the bars counted: no full marks beside a listed mistake, no bar below 100 without one, no fail with nothing listed', () => {
    fc.assert(
      fc.property(scenarioAndLog, ([name, log]) => {
        const r = report(replay(CASES[name]!, [...log, { type: 'endEncounter', at: 999 }]));
        for (const listed of [...r.improve, ...r.critical])
          expect(r.skills[listed.skill], `${listed.code} on ${listed.skill}`).not.toBe(100);
        if (!r.passed) expect(r.improve.length + r.critical.length).toBeGreaterThan(0);
        // Every listed mistake is one the bars counted: it was worth points, or it cost some.
        for (const m of r.improve) expect(m.maxPoints > 0 || m.points < 0, `${m.code} ${m.points}/${m.maxPoints}`).toBe(true);
        for (const skill of SKILLS) {
          const value = r.skills[skill];
          if (value !== null && value < 100)
            expect(
              [...r.improve, ...r.critical].map((x) => x.skill),
              `${skill} at ${value}`,
            ).toContain(skill);
        }
      }),
      { numRuns: 400, seed: 12 },
    );
  });
});
