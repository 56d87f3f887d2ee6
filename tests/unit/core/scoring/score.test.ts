import { describe, expect, it } from 'vitest';
import { replay, start } from '../../../../src/core/engine/engine';
import { solve } from '../../../../src/core/engine/solve';
import { report } from '../../../../src/core/scoring/score';
import { actions } from '../../../../src/core/engine/actionCreators';
import { expectedEntry } from '../../../../src/core/engine/expectedEntry';
import { loadShipped } from '../engine/shippedEncounters';
import { act, feedback, FILL_TO_LABEL, scenario } from '../engine/fixtures';

describe('report', () => {
  const s = scenario();

  it('lists everything not done yet as missed on an incomplete state, without changing the state', () => {
    const state = replay(s, [act.identity(), act.accept()]);
    const r = report(state);
    expect(r.score).toBe(13); // 10 of the 75 points the expert earns here
    expect(r.passed).toBe(false);
    expect(r.aced.map((f) => f.code)).toEqual(['identity.dropoff', 'intake.accepted']);
    expect(r.improve.map((f) => f.code)).toEqual([
      'entry.missed',
      'selection.missed',
      'scan.missed',
      'count.missed',
      'label.missed',
      'verify.missed',
      'identity.pickup.missed',
      'counseling.missed',
    ]);
    expect(feedback(s, r.improve[0]!).what).toBe('The Lisinopril 10 mg tabs prescription was never entered.');
    expect(state.results).toHaveLength(2);
  });

  it('scores a fresh encounter 0 with every skill still to earn', () => {
    const r = report(start(s));
    expect(r.score).toBe(0);
    expect(r.skills).toEqual({ accuracy: 0, safety: 0, scope: null, communication: 0, efficiency: 0 });
  });

  it('clamps penalties at 0 and judges a skill the expert never used only when points were lost on it', () => {
    const alarms = Array.from({ length: 40 }, () => act.flag('ALLERGY', 'rx1'));
    const r = report(replay(s, [act.identity(), ...alarms]));
    expect(r.score).toBe(0);
    expect(r.skills.efficiency).toBe(0);
    const q = scenario({
      dialogue: { dropOff: [{ id: 'q', text: 'Does this interact with my vitamins?', question: true, pharmacistOnly: true }] },
    });
    expect(report(replay(q, solve(q))).skills.scope).toBe(100);
  });

  it("fails on any critical result even with a high score, and uses the scenario's pass threshold", () => {
    const q = scenario({
      dialogue: { pickUp: [{ id: 'q', text: 'Can I double up if I miss a dose?', question: true, pharmacistOnly: true }] },
    });
    const log = [...FILL_TO_LABEL, act.submit(), act.respond('q', 'answer'), act.identity('pickup'), act.counsel(), act.handOut()];
    const r = report(replay(q, log));
    expect(r.score).toBe(76); // 65 - 10 of 85
    expect(r.passed).toBe(false);
    expect(r.critical.map((f) => f.code)).toEqual(['question.answeredClinical']);
    expect(feedback(q, r.critical[0]!).why).toMatch(/never counsels/);

    const lenient = scenario({ parameters: { passThreshold: 60 } });
    const skipCounsel = [...FILL_TO_LABEL, act.submit(), act.identity('pickup'), act.handOut()];
    expect(report(replay(lenient, skipCounsel))).toMatchObject({ score: 93, passed: true, passThreshold: 60 });
  });

  it('gives the same report for a state replayed from the same log', () => {
    const log = solve(s);
    expect(report(replay(s, log))).toEqual(report(replay(s, log)));
  });

  it('lists only mistakes the bars counted: a label on a prescription that had to stop is not a lesson of its own', () => {
    // A trainee fills the adderall with refills (a C-II cannot have any) and sticks on the wrong label.
    const adderall = loadShipped('catch-adderall-refills.json');
    const rx = adderall.prescriptions[0]!;
    const entry = expectedEntry(adderall, rx);
    const log = [
      actions.confirmIdentity('dropoff'),
      actions.acceptPrescription(rx.id),
      actions.enterPrescription(rx.id, { ...entry, daysSupply: entry.daysSupply ?? 1 }),
      actions.selectProduct(rx.id, rx.product),
      actions.scanProduct(rx.id),
      actions.countProduct(rx.id, rx.quantity),
      actions.printLabel(rx.id, ['Take with food']),
      actions.submitForVerification(rx.id),
      actions.endEncounter(),
    ].map((a, at) => ({ ...a, at }));
    const r = report(replay(adderall, log));
    expect(r.passed).toBe(false);
    expect(r.critical.map((f) => f.code)).toEqual(['miss.CII_REFILLS']);
    expect(r.improve.map((f) => f.code)).not.toContain('label.auxiliary.wrong');
    expect(r.skills.safety).toBe(0);
  });

  it('lists a wrong label the first time only: a reprint that is wrong again counts nothing more', () => {
    const log = [...FILL_TO_LABEL.slice(0, -1), act.label(['Take with food']), act.label(['Take with food'])];
    const r = report(replay(s, log));
    expect(r.improve.filter((f) => f.code.startsWith('label.auxiliary'))).toHaveLength(1);
  });
});
