import { describe, expect, it } from 'vitest';
import { renderHint } from '../../../../src/core/wording';
import type { Action } from '../../../../src/core/engine/actions';
import { apply, nextStep, replay, start } from '../../../../src/core/engine/engine';
import { solve } from '../../../../src/core/engine/solve';
import { act, FILL_TO_LABEL, only, run, scenario } from './fixtures';

describe('step order and robustness', () => {
  const s = scenario();

  it('answers every action after the encounter with "finished", changing nothing else', () => {
    const done = replay(s, solve(s));
    const { state, results } = apply(done, act.enter());
    expect(results.map((r) => r.code)).toEqual(['encounter.over']);
    expect({ ...state, results: done.results, actionCount: done.actionCount, clock: done.clock }).toEqual(done);
  });

  it('never throws on malformed actions', () => {
    const junk = [
      null,
      42,
      {},
      { type: 'dance' },
      { type: 'selectProduct', rx: 7 },
      { type: 'respondToQuestion', question: 'q', response: 'shrug' },
      { type: 'confirmIdentity', stage: 'lunch' },
      { type: 'printLabel', rx: 'rx1', auxiliaryLabels: 'x' },
    ];
    let state = start(s);
    for (const a of junk) {
      const out = apply(state, a as unknown as Action);
      expect(out.results.length).toBeGreaterThan(0);
      state = out.state;
    }
    expect(state.actionCount).toBe(junk.length);
    expect(state.results.every((r) => r.outcome === 'info' && r.points === 0)).toBe(true);
  });

  it('keeps the clock at the latest action time', () => {
    const state = replay(s, [
      { ...act.identity(), at: 30 },
      { ...act.accept(), at: 10 },
      { ...act.enter(), at: Number.NaN },
    ]);
    expect(state.clock).toBe(30);
    expect(state.actionCount).toBe(3);
  });

  it('lets the student end early and lists everything left as missed', () => {
    const { state, last } = run(s, [act.identity(), act.end()]);
    expect(state.complete).toBe(true);
    expect(last.map((r) => r.code)).toEqual([
      'encounter.ended',
      'intake.missed',
      'entry.missed',
      'selection.missed',
      'scan.missed',
      'count.missed',
      'label.missed',
      'verify.missed',
      'identity.pickup.missed',
      'counseling.missed',
    ]);
    expect(only(last, 'entry.missed').maxPoints).toBe(25);
  });

  it('suggests the next step without giving away a problem', () => {
    const hints: (string | undefined)[] = [];
    let state = start(s);
    for (const a of [...FILL_TO_LABEL, act.submit(), act.identity('pickup'), act.counsel()]) {
      const next = nextStep(state);
      hints.push(next === null ? undefined : renderHint(next, 'en'));
      state = apply(state, a).state;
    }
    expect(hints[0]).toMatch(/name and date of birth/);
    expect(hints[1]).toMatch(/^Review the Lisinopril 10 mg tabs prescription/);
    expect(hints[3]).toMatch(/from the shelf/);
    expect(hints[4]).toMatch(/^Scan/);
    expect(nextStep(state)).toEqual({ step: 'pickup', code: 'handOut', params: {} });
    expect(renderHint(nextStep(state)!, 'en')).toBe('Hand the bag to the patient.');
    expect(nextStep(apply(state, act.handOut()).state)).toBeNull();
    const allergic = scenario({
      patient: {
        firstName: 'Dana',
        lastName: 'Whitfield',
        dateOfBirth: '1975-02-11',
        address: 'x',
        allergies: [{ substance: 'penicillin', reaction: 'rash' }],
      },
      prescriptions: [{ product: 'amoxicillin-500-cap' }],
    });
    expect(renderHint(nextStep(replay(allergic, [act.identity(), act.accept()]))!, 'en')).not.toMatch(/allerg/i);
  });
});
