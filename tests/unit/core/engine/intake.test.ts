import { describe, expect, it } from 'vitest';
import { start } from '../../../../src/core/engine/engine';
import { act, only, run, scenario, said } from './fixtures';

describe('intake', () => {
  const s = scenario();

  it('scores the drop-off identity check once', () => {
    const first = run(s, [act.identity()]);
    expect(only(first.last, 'identity.dropoff')).toMatchObject({ outcome: 'good', points: 5, maxPoints: 5, skill: 'safety' });
    expect(first.state.identity.dropoff).toBe(true);
    const again = run(s, [act.identity(), act.identity()]);
    expect(only(again.last, 'order.alreadyDone').outcome).toBe('info');
  });

  it('asks for the identity check before the prescription is reviewed', () => {
    const { state, last } = run(s, [act.accept()]);
    expect(said(only(last, 'order.identityFirst'))).toMatch(/identity/);
    expect(state.rx['rx1']!.status).toBe('intake');
  });

  it('moves an accepted prescription on to data entry', () => {
    const { state, last } = run(s, [act.identity(), act.accept()]);
    expect(only(last, 'intake.accepted')).toMatchObject({ outcome: 'good', points: 5, rx: 'rx1', step: 'intake' });
    expect(state.rx['rx1']!.status).toBe('entry');
  });

  it('does not praise accepting a prescription that had to be stopped, nor reveal why', () => {
    const expired = scenario({ prescriptions: [{ dateWritten: '2024-01-02' }] });
    const { last } = run(expired, [act.identity(), act.accept()]);
    expect(only(last, 'intake.accepted')).toMatchObject({ outcome: 'info', points: 0, maxPoints: 0 });
    expect(said(last[0]!)).not.toMatch(/expire/i);
  });

  it('answers an unknown or repeated prescription id with a nudge', () => {
    expect(said(only(run(s, [act.identity(), act.accept('rx9')]).last, 'rx.unknown'))).toMatch(/rx1/);
    expect(said(only(run(s, [act.identity(), act.accept(), act.accept()]).last, 'order.alreadyAccepted'))).toMatch(/enter it/);
  });

  it('starts with every prescription at intake and every question open', () => {
    const state = start(scenario({ dialogue: { dropOff: [{ id: 'when', text: 'When is it ready?', question: true }] } }));
    expect(state.rx['rx1']).toMatchObject({ status: 'intake', entry: null, flagged: [] });
    expect(state.questions).toEqual({ when: 'pending' });
    expect(state.complete).toBe(false);
  });
});
