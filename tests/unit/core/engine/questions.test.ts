import { describe, expect, it } from 'vitest';
import { report } from '../../../../src/core/scoring/score';
import { act, FILL_TO_LABEL, only, run, scenario, said } from './fixtures';

const s = scenario({
  dialogue: {
    dropOff: [{ id: 'ready', text: 'When will it be ready?', question: true, technicianAnswer: 'In about 20 minutes.' }],
    pickUp: [{ id: 'alcohol', text: 'Can I have a glass of wine with this?', question: true, pharmacistOnly: true }],
  },
});
const atPickup = [act.identity(), act.respond('ready', 'answer'), ...FILL_TO_LABEL.slice(1), act.submit()];

describe('questions', () => {
  it('credits answering a non-clinical question yourself', () => {
    const { state, last } = run(s, [act.identity(), act.respond('ready', 'answer')]);
    expect(only(last, 'question.answered')).toMatchObject({ points: 5, skill: 'efficiency', question: 'ready', step: 'intake' });
    expect(said(last[0]!)).toContain('In about 20 minutes.');
    expect(state.questions['ready']).toBe('answered');
  });

  it('takes a little off for referring a non-clinical question', () => {
    const { last } = run(s, [act.respond('ready', 'refer')]);
    expect(only(last, 'question.referredNonClinical')).toMatchObject({ outcome: 'mistake', points: 3, maxPoints: 5, skill: 'efficiency' });
  });

  it('credits referring a clinical question, at pick-up', () => {
    const { last } = run(s, [...atPickup, act.respond('alcohol', 'refer')]);
    expect(only(last, 'catch.CLINICAL_QUESTION')).toMatchObject({ points: 10, skill: 'scope', finding: 'CLINICAL_QUESTION' });
  });

  it('makes answering a clinical question yourself a critical scope error', () => {
    const { state, last } = run(s, [...atPickup, act.respond('alcohol', 'answer')]);
    const r = only(last, 'question.answeredClinical');
    expect(r).toMatchObject({ outcome: 'critical', points: -10, maxPoints: 10, skill: 'scope' });
    expect(said(r)).toMatch(/only the pharmacist may answer it/);
    expect(report(state).passed).toBe(false);
  });

  it('waits for pick-up questions to be asked, and takes one response per question', () => {
    expect(only(run(s, [act.respond('alcohol', 'refer')]).last, 'question.notAskedYet').outcome).toBe('info');
    expect(only(run(s, [act.respond('ready', 'answer'), act.respond('ready', 'refer')]).last, 'question.alreadyHandled').outcome).toBe(
      'info',
    );
    expect(said(only(run(s, [act.respond('nope', 'answer')]).last, 'question.unknown'))).toMatch(/ready, alcohol/);
  });

  it('treats flagging CLINICAL_QUESTION as referring the open questions', () => {
    const { state, last } = run(s, [...atPickup, act.flag('CLINICAL_QUESTION')]);
    expect(only(last, 'catch.CLINICAL_QUESTION').points).toBe(10);
    expect(state.questions['alcohol']).toBe('referred');
    const none = run(s, [...atPickup, act.flag('CLINICAL_QUESTION'), act.flag('CLINICAL_QUESTION')]);
    expect(only(none.last, 'flag.falseAlarm').points).toBe(-3);
  });

  it('lists a question left open at hand-out as missed', () => {
    const { last } = run(s, [...atPickup, act.identity('pickup'), act.counsel(), act.handOut()]);
    expect(only(last, 'miss.CLINICAL_QUESTION')).toMatchObject({ actionIndex: -1, maxPoints: 10, question: 'alcohol' });
  });

  it('keeps the encounter open while a question waits, even with every prescription stopped', () => {
    const stopped = scenario({
      prescriptions: [{ dateWritten: '2024-01-01' }],
      dialogue: { dropOff: [{ id: 'cost', text: 'How much is it?', question: true }] },
    });
    const flagged = run(stopped, [act.identity(), act.flag('RX_EXPIRED', 'rx1')]);
    expect(flagged.state.complete).toBe(false);
    const answered = run(stopped, [act.identity(), act.flag('RX_EXPIRED', 'rx1'), act.respond('cost', 'answer')]);
    expect(answered.state.complete).toBe(true);
  });
});
