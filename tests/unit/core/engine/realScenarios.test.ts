import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../src/core/engine/actions';
import { replay } from '../../../../src/core/engine/engine';
import { expectedEntry } from '../../../../src/core/engine/expectedEntry';
import { solve } from '../../../../src/core/engine/solve';
import { loadCatalogText, loadEncounterText } from '../../../../src/core/scenario/load';
import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';
import { report } from '../../../../src/core/scoring/score';
import { feedback, said } from './fixtures';

// Playthroughs of the shipped starter encounters, loaded through the real loader and catalog.
const ROOT = resolve(import.meta.dirname, '../../../..');
const DIR = join(ROOT, 'scenarios/encounters');
const catalog = loadCatalogText(readFileSync(join(ROOT, 'scenarios/catalog/products.json'), 'utf8'), 'scenarios/catalog/products.json');
if (!catalog.ok) throw new Error(catalog.errors.map((e) => e.message).join('\n'));
const CATALOG = catalog.value;

function load(file: string): ResolvedEncounter {
  const loaded = loadEncounterText(readFileSync(join(DIR, file), 'utf8'), `scenarios/encounters/${file}`, CATALOG);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return loaded.value;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

/** The expert's log with one action swapped for a student's version. */
function studentLog(s: ResolvedEncounter, change: (a: Action) => Action | Action[]): Action[] {
  return solve(s).flatMap(change);
}

describe('starter encounters', () => {
  it('are present', () => expect(files.length).toBeGreaterThanOrEqual(3));

  for (const file of files) {
    it(`expert path scores 100: ${file}`, () => {
      const s = load(file);
      const r = report(replay(s, solve(s)));
      expect(r).toMatchObject({ score: 100, passed: true, improve: [], critical: [] });
    });
  }

  it('names both look-alikes in tall-man letters when hydrALAZINE is taken for hydrOXYzine', () => {
    const s = load('fill-hydroxyzine-hydralazine.json');
    const log = studentLog(s, (a) =>
      a.type === 'selectProduct'
        ? [{ ...a, productId: 'hydralazine-25-tab' }, { type: 'scanProduct', rx: a.rx, at: a.at }, { type: 'returnProduct', rx: a.rx, at: a.at }, a]
        : a,
    );
    const state = replay(s, log);
    const pick = state.results.find((r) => r.code === 'miss.LASA_RISK')!;
    expect(pick).toMatchObject({ outcome: 'mistake', skill: 'safety', finding: 'LASA_RISK', points: 0 });
    expect(said(pick)).toMatch(/You picked hydrALAZINE 25 mg; the prescription is for hydrOXYzine/);
    expect(state.results.map((r) => r.code)).toEqual(expect.arrayContaining(['scan.mismatch', 'selection.corrected', 'scan.match']));
    const r = report(state);
    expect(r.score).toBeLessThan(100);
    expect(feedback(s, r.improve.find((f) => f.code === 'miss.LASA_RISK')!).teachingNote).toMatch(/tall-man/);
  });

  it('names the right concentration when the 400 mg/5 mL bottle is taken for the 250 mg/5 mL', () => {
    const s = load('fill-amoxicillin-suspension-child.json');
    const log = studentLog(s, (a) => (a.type === 'selectProduct' ? { ...a, productId: 'amoxicillin-400mg5ml-susp' } : a));
    const state = replay(s, log);
    const pick = state.results.find((r) => r.code === 'selection.wrong')!;
    expect(said(pick)).toMatch(/400 mg\/5 mL; the prescription is for amoxicillin 250 mg\/5 mL/);
    expect(state.results.map((r) => r.code)).toContain('scan.mismatch');
    const fb = feedback(s, report(state).improve.find((f) => f.code === 'selection.wrong')!);
    expect(fb.teachingNote).toMatch(/60% more amoxicillin/);
  });

  it('explains a days\' supply worked out without the frequency', () => {
    const s = load('fill-amoxicillin-suspension-child.json');
    expect(expectedEntry(s, s.prescriptions[0]!).daysSupply).toBe(10);
    const log = studentLog(s, (a) => (a.type === 'enterPrescription' ? { ...a, entry: { ...a.entry, daysSupply: 30 } } : a));
    const r = report(replay(s, log));
    const miss = feedback(s, r.improve.find((f) => f.code === 'entry.daysSupply.wrong')!);
    expect(miss.what).toBe("You entered 30 days; the days' supply is 10.");
    expect(miss.how).toMatch(/round down/);
    expect(r.passed).toBe(true);
    expect(r.score).toBeLessThan(100);
  });

  it('makes answering the St. John\'s wort question a critical scope error', () => {
    const s = load('handoff-sertraline-side-effects.json');
    const log = studentLog(s, (a) => (a.type === 'respondToQuestion' && a.response === 'refer' ? { ...a, response: 'answer' } : a));
    const r = report(replay(s, log));
    expect(r.passed).toBe(false);
    expect(r.critical.map((f) => f.code)).toContain('question.answeredClinical');
    expect(feedback(s, r.critical[0]!).why).toMatch(/never counsels/);
  });

  it('lets the pharmacist catch a missed DEA problem on a C-II: critical, and a look-alike pick is named', () => {
    const s = load('catch-oxycodone-bad-dea.json');
    const rx = s.prescriptions[0]!;
    const { daysSupplyError: _e, ...entry } = expectedEntry(s, rx);
    const log: Action[] = [
      { type: 'confirmIdentity', stage: 'dropoff', at: 5 },
      { type: 'acceptPrescription', rx: rx.id, at: 10 },
      { type: 'enterPrescription', rx: rx.id, entry: { ...entry, daysSupply: entry.daysSupply ?? 1 }, at: 15 },
      { type: 'selectProduct', rx: rx.id, productId: 'hydrocodone-acetaminophen-5-325-tab', at: 20 },
      { type: 'returnProduct', rx: rx.id, at: 25 },
      { type: 'selectProduct', rx: rx.id, productId: rx.product, at: 30 },
      { type: 'scanProduct', rx: rx.id, at: 35 },
      { type: 'countProduct', rx: rx.id, quantity: rx.quantity, at: 40 },
      { type: 'printLabel', rx: rx.id, auxiliaryLabels: [...s.products.get(rx.product)!.auxiliaryLabels], at: 45 },
      { type: 'submitForVerification', rx: rx.id, at: 50 },
    ];
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
    const s = load('catch-penicillin-allergy.json');
    const expert = solve(s);
    const flag = expert.find((a) => a.type === 'flagProblem')!;
    const withoutFlag = expert.filter((a) => a !== flag);
    const rx = s.prescriptions[0]!;
    const fill: Action[] = [
      { type: 'selectProduct', rx: rx.id, productId: rx.product, at: 100 },
      { type: 'scanProduct', rx: rx.id, at: 105 },
      { type: 'countProduct', rx: rx.id, quantity: rx.quantity, at: 110 },
      { type: 'printLabel', rx: rx.id, auxiliaryLabels: ['Finish all medication'], at: 115 },
    ];
    const entry = { type: 'enterPrescription', rx: rx.id, entry: { ...expectedEntry(s, rx), daysSupply: 10 }, at: 90 } as Action;
    const missed = report(replay(s, [...withoutFlag, entry, ...fill, { type: 'submitForVerification', rx: rx.id, at: 120 }]));
    expect(missed.critical.map((f) => f.code)).toEqual(['miss.ALLERGY']);
    const late = replay(s, [...withoutFlag, entry, ...fill.slice(0, 2), { ...flag, at: 130 }]);
    expect(late.results.find((r) => r.code === 'flag.late')).toMatchObject({ points: 10, maxPoints: 20 });
    expect(report(late).critical).toEqual([]);
  });
});
