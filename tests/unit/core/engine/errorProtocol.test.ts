import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import type { Action, ErrorReport } from '../../../../src/core/engine/actions';
import { nextStep, replay } from '../../../../src/core/engine/engine';
import { solve } from '../../../../src/core/engine/solve';
import { report } from '../../../../src/core/scoring/score';
import { act, FILL_TO_LABEL, only, said, scenario } from './fixtures';
import { loadShipped } from './shippedEncounters';

/** The patient who came back with hydrALAZINE in a hydroxyzine bottle (it reached him, he took one). */
const returned = loadShipped('mistake-patient-returns-hydralazine.json');
/** The fill the technician noticed was wrong after the patient left (amlodipine 10 mg for 5 mg). */
const noticed = loadShipped('mistake-noticed-after-handout.json');

const HONEST: ErrorReport = {
  kind: 'wrongDrug',
  dispensed: 'hydralazine-25-tab',
  foundBy: 'patientReturned',
  reachedPatient: true,
  factors: ['lookAlikeNames'],
  prevention: 'Scan each stock bottle against the label before counting.',
};

const at =
  (n: number) =>
  (input: Parameters<typeof stamp>[0]): Action =>
    stamp(input, n);
const protocol = (r: ErrorReport): Action[] => [
  at(1)(actions.confirmIdentity('dropoff')),
  at(2)(actions.tellPharmacist()),
  at(3)(actions.keepWrongProduct('quarantine')),
  at(4)(actions.fileErrorReport(r)),
];
const filed = (s: typeof returned, log: Action[]) => {
  const state = replay(s, log);
  return { state, result: state.results.find((r) => r.checkpoint === 'error.report')!, report: report(state) };
};

describe('owning a mistake', () => {
  it('scores a complete, honest report in full and ends the encounter, showing the pharmacist’s category', () => {
    const { state, result, report: r } = filed(returned, protocol(HONEST));
    expect(result).toMatchObject({ code: 'report.honest', outcome: 'good', points: 30, maxPoints: 30, step: 'report' });
    expect(said(result)).toMatch(/hydrALAZINE 25 mg dispensed\. The pharmacist assigns NCC MERP category D \(it reached the patient\)/);
    expect(state.complete).toBe(true);
    expect(r.score).toBe(100);
    expect(r.critical).toEqual([]);
  });

  it('makes a report that says the error did not reach the patient, when it did, a critical error', () => {
    const { result, report: r } = filed(returned, protocol({ ...HONEST, reachedPatient: false }));
    expect(result).toMatchObject({ code: 'report.hides', outcome: 'critical', points: 0 });
    expect(said(result)).toMatch(/says the error did not reach the patient, when it did/);
    expect(r.passed).toBe(false);
  });

  it('makes a report that leaves out the wrong drug a critical error', () => {
    const { result } = filed(returned, protocol({ ...HONEST, dispensed: '' }));
    expect(result).toMatchObject({ code: 'report.hides', outcome: 'critical' });
    expect(said(result)).toMatch(/does not name the product that was actually dispensed/);
  });

  it('takes points for each gap in an honest report and names what is missing', () => {
    const { result } = filed(
      returned,
      protocol({ ...HONEST, foundBy: 'colleagueNoticed', factors: ['careless'], prevention: 'be careful' }),
    );
    expect(result).toMatchObject({ code: 'report.incomplete', outcome: 'mistake', points: 15 });
    expect(said(result)).toMatch(/how it was found, a contributing factor that fits what happened and how to prevent it next time/);
  });

  it('does not require "careless", and gently marks blaming a colleague without taking points', () => {
    const blamed = filed(returned, protocol({ ...HONEST, factors: ['lookAlikeNames', 'colleagueToBlame'] }));
    expect(blamed.result.code).toBe('report.honest');
    expect(only(blamed.state.results, 'report.blame')).toMatchObject({ outcome: 'mistake', points: 0, skill: 'communication' });
    expect(blamed.report.score).toBe(100);
    const careless = filed(returned, protocol({ ...HONEST, factors: ['lookAlikeNames', 'careless'] }));
    expect(careless.state.results.some((r) => r.code === 'report.blame')).toBe(false);
  });

  it('marks a wrong product put back on the shelf, and one thrown away, as mistakes', () => {
    const log = (choice: 'reshelve' | 'discard') => [at(1)(actions.tellPharmacist()), at(2)(actions.keepWrongProduct(choice))];
    expect(replay(returned, log('reshelve')).results.at(-1)).toMatchObject({ code: 'error.reshelved', outcome: 'mistake', points: 0 });
    expect(replay(returned, log('discard')).results.at(-1)).toMatchObject({ code: 'error.discarded', outcome: 'mistake' });
  });

  it('asks for a call when the wrong product went home with a patient who is not here, and hints the protocol in order', () => {
    expect(nextStep(replay(noticed, []))).toMatchObject({ step: 'report', code: 'error.tell' });
    const told = replay(noticed, [at(1)(actions.tellPharmacist())]);
    expect(nextStep(told)).toMatchObject({ code: 'error.contact' });
    const skipped = replay(noticed, [
      at(1)(actions.tellPharmacist()),
      at(2)(actions.fileErrorReport({ ...HONEST, kind: 'wrongStrength', dispensed: 'amlodipine-10-tab', foundBy: 'technicianNoticed' })),
    ]);
    expect(skipped.results.map((r) => r.code)).toContain('error.contact.missed');
    expect(report(skipped).score).toBeLessThan(100);
  });

  it('asks the student to report their own wrong fill the pharmacist stopped, at no cost when they do', () => {
    // Entered as the look-alike too, so the scan matches and the wrong fill reaches the pharmacist.
    const wrong = [
      ...FILL_TO_LABEL.slice(0, 2),
      act.enter({ productId: 'hydralazine-25-tab' }),
      act.select('hydralazine-25-tab'),
      act.scan(),
      act.count(),
      act.label(),
      act.submit(),
    ];
    const s = scenario();
    const stopped = replay(s, wrong);
    expect(nextStep(stopped)).toMatchObject({ step: 'report', code: 'error.report' });
    const ended = replay(s, [...wrong, act.end()]);
    expect(only(ended.results, 'report.missed')).toMatchObject({ outcome: 'mistake', points: 0, maxPoints: 0 });
    const owned = replay(s, [
      ...wrong,
      stamp(actions.fileErrorReport({ ...HONEST, foundBy: 'pharmacistAtVerify', reachedPatient: false }), 20),
      act.end(),
    ]);
    expect(only(owned.results, 'report.honest')).toMatchObject({ points: 0, maxPoints: 0 });
    expect(owned.results.some((r) => r.code === 'report.missed')).toBe(false);
    const hidden = replay(s, [...wrong, stamp(actions.fileErrorReport({ ...HONEST, dispensed: 'lisinopril-10-tab' }), 20)]);
    expect(only(hidden.results, 'report.hides')).toMatchObject({ outcome: 'critical' });
  });

  it('nudges protocol actions when there is no error to own', () => {
    expect(replay(scenario(), [at(1)(actions.tellPharmacist())]).results.at(-1)).toMatchObject({
      code: 'error.nothingToOwn',
      outcome: 'info',
    });
  });

  it('solves every shipped mistake encounter to 100', () => {
    for (const file of [
      'mistake-patient-returns-hydralazine.json',
      'mistake-verify-stop-glipizide.json',
      'mistake-noticed-after-handout.json',
      'mistake-colleague-found-ortega.json',
    ]) {
      const s = loadShipped(file);
      expect(report(replay(s, solve(s))).score, file).toBe(100);
    }
  });
});
