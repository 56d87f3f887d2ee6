import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import { replay } from '../../../../src/core/engine/engine';
import { solve } from '../../../../src/core/engine/solve';
import { report } from '../../../../src/core/scoring/score';
import { renderFeedback, renderResult } from '../../../../src/core/wording';
import { expectedLabelDirections } from '../../../../src/core/wording/labelDirections';
import { act, FILL_TO_LABEL, only, run, scenario, said } from './fixtures';

const asksSpanish = scenario({ patient: { ...scenario().patient, labelLanguage: 'es' } });
const asksEnglish = scenario({ patient: { ...scenario().patient, labelLanguage: 'en' } });
const didNotAsk = scenario();
const spanish = (rx = 'rx1') => stamp(actions.chooseLabelLanguage(rx, 'es'), 8);
const english = (rx = 'rx1') => stamp(actions.chooseLabelLanguage(rx, 'en'), 8);
const beforeLabel = FILL_TO_LABEL.slice(0, -1);

describe('the label language', () => {
  it('credits a Spanish label for a patient who asked for Spanish', () => {
    const { last } = run(asksSpanish, [...beforeLabel, spanish(), act.label()]);
    expect(only(last, 'label.language.ok')).toMatchObject({ outcome: 'good', points: 5, maxPoints: 5, skill: 'communication' });
    expect(renderResult(only(last, 'label.language.ok'), 'es')).toBe('Imprimió la etiqueta en español, el idioma que pidió el paciente.');
  });

  it('scores the step the same for an English and a Spanish label when each is what the patient asked for', () => {
    const es = only(run(asksSpanish, [...beforeLabel, spanish(), act.label()]).last, 'label.language.ok');
    const en = only(run(asksEnglish, [...beforeLabel, english(), act.label()]).last, 'label.language.ok');
    const pick = (r: typeof es) => ({ code: r.code, outcome: r.outcome, points: r.points, maxPoints: r.maxPoints, skill: r.skill });
    expect(pick(es)).toEqual(pick(en));
    expect(report(replay(asksSpanish, solve(asksSpanish))).score).toBe(100);
    expect(report(replay(asksEnglish, solve(asksEnglish))).score).toBe(100);
  });

  it('makes an English label for a patient who asked for Spanish a mistake that says what, why and how', () => {
    const { last } = run(asksSpanish, [...beforeLabel, act.label()]);
    const wrong = only(last, 'label.language.wrong');
    expect(wrong).toMatchObject({ outcome: 'mistake', points: 0, maxPoints: 5 });
    expect(said(wrong)).toBe(
      'The label printed in English, but the patient asked for Spanish; the directions should read "Tome 1 tableta por vía oral una vez al día".',
    );
    const { why, how } = renderFeedback(wrong, 'en');
    expect(why).toMatch(/cannot read the label/);
    expect(how).toMatch(/choose that language at the label station/);
  });

  it('costs the score of an English label for a patient who asked for Spanish, and nothing else', () => {
    const log = solve(asksSpanish).filter((a) => a.type !== 'chooseLabelLanguage');
    const scored = report(replay(asksSpanish, log));
    // 75 of the 80 points on this path: the language's 5 points are the only ones lost.
    expect(scored.score).toBe(94);
    expect(scored.improve.map((r) => r.code)).toEqual(['label.language.wrong']);
  });

  it('says nothing about an English label nobody asked about, and nudges, unscored, a Spanish one', () => {
    expect(run(didNotAsk, [...beforeLabel, act.label()]).last.map((r) => r.code)).toEqual(['label.auxiliary.ok']);
    const nudge = only(run(didNotAsk, [...beforeLabel, spanish(), act.label()]).last, 'label.language.unasked');
    expect(nudge).toMatchObject({ outcome: 'info', points: 0, maxPoints: 0 });
    expect(report(replay(didNotAsk, [...solve(didNotAsk).slice(0, 6), spanish(), ...solve(didNotAsk).slice(6)])).score).toBe(100);
  });

  it('chooses the language only for a prescription at the label station', () => {
    const { last, state } = run(asksSpanish, [act.identity(), spanish('rx9')]);
    expect(only(last, 'rx.unknown').outcome).toBe('info');
    expect(state.rx['rx1']!.labelLanguage).toBeUndefined();
    expect(run(asksSpanish, [...beforeLabel, spanish()]).state.rx['rx1']!.labelLanguage).toBe('es');
  });

  it('counts a label never printed as one miss, whichever language it should have been in', () => {
    const unlabelled = report(replay(asksSpanish, [...beforeLabel, stamp(actions.endEncounter(), 9)]));
    expect(unlabelled.improve.filter((r) => r.code === 'label.missed')).toHaveLength(1);
    expect(unlabelled.improve.find((r) => r.code === 'label.missed')?.maxPoints).toBe(10);
  });

  it("computes the expected label in the patient's language", () => {
    const rx = asksSpanish.prescriptions[0]!;
    expect(expectedLabelDirections(asksSpanish, rx)).toBe('Tome 1 tableta por vía oral una vez al día');
    expect(expectedLabelDirections(didNotAsk, rx)).toBe('Take 1 tablet by mouth daily');
  });
});
