import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import type { Action } from '../../../../src/core/engine/actions';
import { nextStep, replay } from '../../../../src/core/engine/engine';
import { solve } from '../../../../src/core/engine/solve';
import { report } from '../../../../src/core/scoring/score';
import { renderHint } from '../../../../src/core/wording';
import { feedback, only, run, said } from './fixtures';
import { loadShipped } from './shippedEncounters';

const at = (a: Parameters<typeof stamp>[0], t = 1): Action => stamp(a, t);
const lookUp = at(actions.lookUpRx('rx1'), 1);
const answer = (d: Parameters<typeof actions.answerCall>[0]) => at(actions.answerCall(d), 2);

describe('a refill call', () => {
  const queue = loadShipped('phone-refill-queue.json');
  const tooSoon = loadShipped('phone-refill-too-soon.json');
  const noRefills = loadShipped('phone-refill-authorization.json');

  it('starts by looking the prescription up, which shows refills left and the last fill', () => {
    expect(renderHint(nextStep(replay(queue, []))!, 'en')).toMatch(/Look up the Lisinopril 10 mg tablet prescription/);
    const r = only(run(queue, [lookUp]).last, 'call.lookedUp');
    expect(r).toMatchObject({ points: 5, skill: 'accuracy' });
    expect(said(r)).toBe('The Lisinopril 10 mg tablet prescription: 3 refills authorised, 1 used, last filled 02/16/2026.');
  });

  it('is queued when refills are left and it is not too soon', () => {
    const { state, last } = run(queue, [lookUp, answer('queueRefill')]);
    expect(only(last, 'call.handled')).toMatchObject({ outcome: 'good', points: 20, skill: 'scope' });
    expect(state.complete).toBe(true);
    expect(report(state).score).toBe(100);
  });

  it('gives the earliest date when it is too soon, and marks queueing it as a mistake', () => {
    const good = only(run(tooSoon, [lookUp, answer('explainTooSoon')]).last, 'call.handled');
    expect(said(good)).toMatch(/too soon to refill and that it can be filled from 03\/12\/2026/);
    const bad = run(tooSoon, [lookUp, answer('queueRefill')]);
    const wrong = only(bad.last, 'call.wrongDecision');
    expect(wrong).toMatchObject({ outcome: 'mistake', points: 0, maxPoints: 20 });
    expect(said(wrong)).toMatch(/the right thing was to tell the patient it is too soon/);
    expect(report(bad.state).score).toBe(20);
  });

  it('with no refills left, sends an authorization request and tells the patient when to expect it', () => {
    const { state, last } = run(noRefills, [lookUp, answer('requestAuthorization')]);
    const r = only(last, 'call.handled');
    expect(said(r)).toBe(
      'You sent the prescriber a refill-authorization request for the Atorvastatin 20 mg tablet prescription and told the patient to expect an answer within 2 business days.',
    );
    expect(feedback(noRefills, r).how).toMatch(/Keep checking refills left/);
    expect(report(state).score).toBe(100);
  });

  it('reports the look-up as missed when the student decides blind', () => {
    const { state } = run(noRefills, [answer('requestAuthorization')]);
    expect(state.results.map((r) => r.code)).toEqual(['call.handled', 'call.lookup.missed']);
    expect(report(state).score).toBe(80);
  });
});

describe('a new prescription called in', () => {
  const office = loadShipped('phone-new-prescription.json');
  const allowed = loadShipped('phone-verbal-order-allowed.json');

  it('goes to the pharmacist; taking it yourself is out of scope and critical', () => {
    expect(only(run(office, [answer('toPharmacist')]).last, 'call.handled').points).toBe(20);
    const took = run(office, [answer('takeVerbalOrder')]);
    const r = only(took.last, 'call.outOfScope');
    expect(r).toMatchObject({ outcome: 'critical', points: -20 });
    expect(said(r)).toMatch(/in this state only the pharmacist may take one/);
    expect(report(took.state)).toMatchObject({ score: 0, passed: false });
  });

  it('may be taken by the technician where the state allows it for a non-controlled drug', () => {
    expect(allowed.parameters.techMayTakeVerbalOrders).toBe(true);
    expect(only(run(allowed, [answer('takeVerbalOrder')]).last, 'call.handled').outcome).toBe('good');
    expect(only(run(allowed, [answer('toPharmacist')]).last, 'call.wrongDecision').outcome).toBe('mistake');
  });
});

describe('a C-II called in by phone', () => {
  const cii = loadShipped('phone-cii-called-in.json');

  it('is found by the rules and stopped with a flag, which ends the call', () => {
    expect(cii.call?.emergency).toBe(false);
    const { state, last } = run(cii, [at(actions.flagProblem('CII_PHONED_IN', { rx: 'rx1' }))]);
    const r = only(last, 'catch.CII_PHONED_IN');
    expect(r).toMatchObject({ points: 20, finding: 'CII_PHONED_IN', step: 'intake' });
    expect(feedback(cii, r).why).toMatch(/a telephoned C-II is allowed only in an emergency/);
    expect(state.complete).toBe(true);
    expect(report(state).score).toBe(100);
  });

  it('is a critical error when the technician takes it down', () => {
    const { state, last } = run(cii, [answer('takeVerbalOrder')]);
    expect(said(only(last, 'call.outOfScope'))).toMatch(/only the pharmacist may take one, and only in an emergency/);
    expect(state.results.map((r) => r.code)).toContain('miss.CII_PHONED_IN');
  });

  it('is not a finding when the prescriber says it is an emergency', () => {
    const emergency = { ...cii, call: { ...cii.call!, emergency: true } };
    expect(solve(emergency).map((a) => a.type)).toEqual(['answerCall']);
    expect(report(replay(emergency, solve(emergency))).score).toBe(100);
  });
});

describe('transfers and clinical questions on the phone', () => {
  for (const file of ['phone-transfer-request.json', 'phone-clinical-question.json']) {
    it(`${file}: the pharmacist takes it`, () => {
      const s = loadShipped(file);
      expect(solve(s).map((a) => a.type)).toEqual(['answerCall']);
      expect(only(run(s, [answer('toPharmacist')]).last, 'call.handled').outcome).toBe('good');
      expect(only(run(s, [answer('queueRefill')]).last, 'call.wrongDecision').params).toMatchObject({ expected: 'toPharmacist' });
    });
  }
});

describe('phone actions outside a call', () => {
  it('are unscored nudges in an encounter with no call', () => {
    const counter = loadShipped('fill-lisinopril-refill-day.json');
    expect(only(run(counter, [answer('queueRefill')]).last, 'call.none')).toMatchObject({ outcome: 'info', points: 0 });
  });
});
