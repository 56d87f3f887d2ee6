import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import type { Action } from '../../../../src/core/engine/actions';
import { replay } from '../../../../src/core/engine/engine';
import { expectedEntry } from '../../../../src/core/engine/expectedEntry';
import { solve } from '../../../../src/core/engine/solve';
import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';
import { report } from '../../../../src/core/scoring/score';
import { loadShipped, SHIPPED_ENCOUNTERS } from './shippedEncounters';
import { feedback, said } from './fixtures';

// Playthroughs of the shipped starter encounters, loaded through the real loader and catalog.

/** The expert's log with one action swapped for a student's version. */
function studentLog(s: ResolvedEncounter, change: (a: Action) => Action | Action[]): Action[] {
  return solve(s).flatMap(change);
}

describe('starter encounters', () => {
  it('are present', () => expect(SHIPPED_ENCOUNTERS.length).toBeGreaterThanOrEqual(3));

  for (const file of SHIPPED_ENCOUNTERS) {
    it(`expert path scores 100: ${file}`, () => {
      const s = loadShipped(file);
      const r = report(replay(s, solve(s)));
      expect(r).toMatchObject({ score: 100, passed: true, improve: [], critical: [] });
    });
  }

  it('names both look-alikes in tall-man letters when hydrALAZINE is taken for hydrOXYzine', () => {
    const s = loadShipped('fill-hydroxyzine-hydralazine.json');
    const log = studentLog(s, (a) =>
      a.type === 'selectProduct'
        ? [{ ...a, productId: 'hydralazine-25-tab' }, stamp(actions.scanProduct(a.rx), a.at), stamp(actions.returnProduct(a.rx), a.at), a]
        : a,
    );
    const state = replay(s, log);
    const pick = state.results.find((r) => r.code === 'miss.LASA_RISK')!;
    expect(pick).toMatchObject({ outcome: 'mistake', skill: 'safety', finding: 'LASA_RISK', points: 0 });
    expect(said(pick)).toMatch(/You picked hydrALAZINE 25 mg; the prescription is for hydrOXYzine/);
    expect(state.results.map((r) => r.code)).toEqual(expect.arrayContaining(['scan.mismatch', 'selection.corrected', 'scan.match']));
    const r = report(state);
    expect(r.score).toBeLessThan(100);
    expect(
      feedback(
        s,
        r.improve.find((f) => f.code === 'miss.LASA_RISK')!,
      ).teachingNote,
    ).toMatch(/tall-man/);
  });

  it('names the right concentration when the 400 mg/5 mL bottle is taken for the 250 mg/5 mL', () => {
    const s = loadShipped('fill-amoxicillin-suspension-child.json');
    const log = studentLog(s, (a) => (a.type === 'selectProduct' ? { ...a, productId: 'amoxicillin-400mg5ml-susp' } : a));
    const state = replay(s, log);
    const pick = state.results.find((r) => r.code === 'selection.wrong')!;
    expect(said(pick)).toMatch(/400 mg\/5 mL; the prescription is for amoxicillin 250 mg\/5 mL/);
    expect(state.results.map((r) => r.code)).toContain('scan.mismatch');
    const fb = feedback(
      s,
      report(state).improve.find((f) => f.code === 'selection.wrong')!,
    );
    expect(fb.teachingNote).toMatch(/60% more amoxicillin/);
  });

  it("explains a days' supply worked out without the frequency", () => {
    const s = loadShipped('fill-amoxicillin-suspension-child.json');
    expect(expectedEntry(s, s.prescriptions[0]!).daysSupply).toBe(10);
    const log = studentLog(s, (a) => (a.type === 'enterPrescription' ? { ...a, entry: { ...a.entry, daysSupply: 30 } } : a));
    const r = report(replay(s, log));
    const miss = feedback(
      s,
      r.improve.find((f) => f.code === 'entry.daysSupply.wrong')!,
    );
    expect(miss.what).toBe("You entered 30 days; the days' supply is 10.");
    expect(miss.how).toMatch(/round down/);
    expect(r.passed).toBe(true);
    expect(r.score).toBeLessThan(100);
  });

  it("makes answering the St. John's wort question a critical scope error", () => {
    const s = loadShipped('handoff-sertraline-side-effects.json');
    const log = studentLog(s, (a) => (a.type === 'respondToQuestion' && a.response === 'refer' ? { ...a, response: 'answer' } : a));
    const r = report(replay(s, log));
    expect(r.passed).toBe(false);
    expect(r.critical.map((f) => f.code)).toContain('question.answeredClinical');
    expect(feedback(s, r.critical[0]!).why).toMatch(/never counsels/);
  });

  it('lets the pharmacist catch a missed DEA problem on a C-II: critical, and a look-alike pick is named', () => {
    const s = loadShipped('catch-oxycodone-bad-dea.json');
    const rx = s.prescriptions[0]!;
    const { daysSupplyError: _e, ...entry } = expectedEntry(s, rx);
    const log: Action[] = [
      actions.confirmIdentity('dropoff'),
      actions.acceptPrescription(rx.id),
      actions.enterPrescription(rx.id, { ...entry, daysSupply: entry.daysSupply ?? 1 }),
      actions.selectProduct(rx.id, 'hydrocodone-acetaminophen-5-325-tab'),
      actions.returnProduct(rx.id),
      actions.selectProduct(rx.id, rx.product),
      actions.scanProduct(rx.id),
      actions.countProduct(rx.id, rx.quantity),
      actions.printLabel(rx.id, s.products.get(rx.product)!.auxiliaryLabels),
      actions.submitForVerification(rx.id),
    ].map((a, i) => stamp(a, (i + 1) * 5));
    const state = replay(s, log);
    expect(said(state.results.find((r) => r.code === 'selection.lookalike')!)).toMatch(/HYDROcodone.*oxyCODONE/);
    const r = report(state);
    expect(r.passed).toBe(false);
    expect(r.critical).toHaveLength(1);
    expect(r.critical[0]).toMatchObject({ code: 'miss.DEA_INVALID', finding: 'DEA_INVALID', step: 'verify' });
    expect(feedback(s, r.critical[0]!).what).toMatch(/^The pharmacist stopped this at verification: /);
    expect(feedback(s, r.critical[0]!).teachingNote).toBeUndefined();
    expect(state.rx[rx.id]!.status).toBe('held');
  });

  it('makes a missed penicillin allergy critical, and a late catch partial', () => {
    const s = loadShipped('catch-penicillin-allergy.json');
    const expert = solve(s);
    const flag = expert.find((a) => a.type === 'flagProblem')!;
    const withoutFlag = expert.filter((a) => a !== flag);
    const rx = s.prescriptions[0]!;
    const fill: Action[] = [
      actions.selectProduct(rx.id, rx.product),
      actions.scanProduct(rx.id),
      actions.countProduct(rx.id, rx.quantity),
      actions.printLabel(rx.id, ['Finish all of this medication']),
    ].map((a, i) => stamp(a, 100 + i * 5));
    const entry = stamp(actions.enterPrescription(rx.id, { ...expectedEntry(s, rx), daysSupply: 10 }), 90);
    const missed = report(replay(s, [...withoutFlag, entry, ...fill, stamp(actions.submitForVerification(rx.id), 120)]));
    expect(missed.critical.map((f) => f.code)).toEqual(['miss.ALLERGY']);
    const late = replay(s, [...withoutFlag, entry, ...fill.slice(0, 2), { ...flag, at: 130 }]);
    expect(late.results.find((r) => r.code === 'flag.late')).toMatchObject({ points: 10, maxPoints: 20 });
    expect(report(late).critical).toEqual([]);
  });
});
