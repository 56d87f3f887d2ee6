import { describe, expect, it } from 'vitest';
import { report } from '../../../../src/core/scoring/score';
import { act, feedback, FILL_TO_LABEL, only, run, scenario, said } from './fixtures';

const ready = [...FILL_TO_LABEL, act.submit()];

describe('pick-up', () => {
  const s = scenario();

  it('opens only once every prescription is verified', () => {
    for (const early of [act.identity('pickup'), act.counsel(), act.handOut()]) {
      expect(said(only(run(s, [...FILL_TO_LABEL, early]).last, 'order.notAtPickup'))).toMatch(
        /still in progress: the Lisinopril 10 mg tabs prescription/,
      );
    }
  });

  it('scores identity and the counseling offer, then ends the encounter at hand-out', () => {
    const id = run(s, [...ready, act.identity('pickup')]);
    expect(only(id.last, 'identity.pickup')).toMatchObject({ points: 5, step: 'pickup' });
    const offer = run(s, [...ready, act.identity('pickup'), act.counsel()]);
    expect(only(offer.last, 'counseling.offered')).toMatchObject({ points: 5, skill: 'communication' });
    const done = run(s, [...ready, act.identity('pickup'), act.counsel(), act.handOut()]);
    expect(only(done.last, 'pickup.handedOut').outcome).toBe('info');
    expect(done.state).toMatchObject({ complete: true, handedOut: true });
    expect(report(done.state).score).toBe(100);
  });

  it('records what was skipped when the bag goes out early', () => {
    const { state, last } = run(s, [...ready, act.handOut()]);
    expect(last.map((r) => r.code)).toEqual(['pickup.handedOut', 'identity.pickup.missed', 'counseling.missed']);
    expect(last.slice(1).every((r) => r.actionIndex === -1 && r.points === 0 && r.maxPoints === 5)).toBe(true);
    expect(state.complete).toBe(true);
  });

  describe('when someone other than the patient collects', () => {
    const stranger = scenario({ presenter: { name: 'Rob Whitfield', dateOfBirth: '1970-05-05' } });

    it('credits flagging the mismatch and ending the encounter', () => {
      const flagged = run(stranger, [...ready, act.flag('PATIENT_MISMATCH')]);
      expect(only(flagged.last, 'catch.PATIENT_MISMATCH')).toMatchObject({ points: 20, finding: 'PATIENT_MISMATCH', step: 'pickup' });
      const ended = run(stranger, [...ready, act.flag('PATIENT_MISMATCH'), act.end()]);
      expect(ended.state.complete).toBe(true);
      expect(report(ended.state)).toMatchObject({ score: 100, passed: true });
    });

    it('routes a mismatch flagged on a prescription to the encounter', () => {
      const { last } = run(stranger, [...ready, act.flag('PATIENT_MISMATCH', 'rx1')]);
      expect(only(last, 'catch.PATIENT_MISMATCH').rx).toBeUndefined();
    });

    it('penalises confirming an identity that does not match', () => {
      const { state, last } = run(stranger, [...ready, act.identity('pickup')]);
      expect(only(last, 'identity.pickupMismatch')).toMatchObject({ points: -5, outcome: 'mistake' });
      expect(state.identity.pickup).toBe(false);
    });

    it('makes handing the bag to them a critical error', () => {
      const { state, last } = run(stranger, [...ready, act.handOut()]);
      expect(only(last, 'pickup.wrongPerson')).toMatchObject({ outcome: 'critical', points: -20, finding: 'PATIENT_MISMATCH' });
      expect(report(state).passed).toBe(false);
      expect(feedback(stranger, report(state).critical[0]!).what).toMatch(/not the patient/);
    });
  });
});
