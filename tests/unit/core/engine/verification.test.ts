import { describe, expect, it } from 'vitest';
import { act, FILL_TO_LABEL, fillToLabel, only, run, scenario, said } from './fixtures';

const patient = (extra: object) => ({
  firstName: 'Dana',
  lastName: 'Whitfield',
  dateOfBirth: '1975-02-11',
  address: '9 Birch Lane, Springfield, IL 62704',
  allergies: [],
  ...extra,
});
const filled = (s: ReturnType<typeof scenario>) => [act.identity(), ...fillToLabel(s), act.submit()];

describe('verification', () => {
  it('verifies and bags a clean prescription', () => {
    const { state, last } = run(scenario(), [...FILL_TO_LABEL, act.submit()]);
    expect(only(last, 'verify.passed')).toMatchObject({ points: 5, skill: 'efficiency', step: 'verify' });
    expect(state.rx['rx1']!.status).toBe('verified');
  });

  it('waits for a labelled vial', () => {
    const { last } = run(scenario(), [...FILL_TO_LABEL.slice(0, 6), act.submit()]);
    expect(said(only(last, 'order.labelFirst'))).toMatch(/print its label/);
  });

  it('makes an allergy that reaches the pharmacist a critical error, and holds the prescription', () => {
    const s = scenario({
      patient: patient({ allergies: [{ substance: 'penicillin', reaction: 'hives' }] }),
      prescriptions: [{ product: 'amoxicillin-500-cap', sig: 'i cap po tid', quantity: 30, refills: 0 }],
    });
    const { state, last } = run(s, filled(s));
    const r = only(last, 'miss.ALLERGY');
    expect(r).toMatchObject({ outcome: 'critical', points: -10, maxPoints: 20, finding: 'ALLERGY', skill: 'safety' });
    expect(said(r)).toMatch(/^The pharmacist stopped this at verification: .*penicillin/);
    expect(state.rx['rx1']!.status).toBe('held');
    // Every prescription is with the pharmacist and there is nothing to hand out: the encounter ends.
    expect(state.complete).toBe(true);
  });

  it('makes a major interaction critical but a moderate one only a mistake', () => {
    const major = scenario({
      patient: patient({ medications: [{ product: 'warfarin-5-tab' }] }),
      prescriptions: [{ product: 'ibuprofen-800-tab', sig: 'i po tid', quantity: 30, refills: 0 }],
    });
    expect(only(run(major, filled(major)).last, 'miss.INTERACTION').outcome).toBe('critical');
    const moderate = scenario({
      patient: patient({ medications: [{ product: 'amlodipine-5-tab' }] }),
      prescriptions: [{ product: 'simvastatin-40-tab', sig: 'i po qhs', quantity: 30, refills: 0 }],
    });
    expect(only(run(moderate, filled(moderate)).last, 'miss.INTERACTION').outcome).toBe('mistake');
  });

  it('makes any stop finding on a C-II critical, but not on a C-IV', () => {
    const cii = scenario({
      prescriptions: [{ product: 'oxycodone-5-tab', sig: 'i po q6h prn pain', quantity: 20, refills: 0, prescriber: { dea: 'AB1234560' } }],
    });
    expect(only(run(cii, filled(cii)).last, 'miss.DEA_INVALID').outcome).toBe('critical');
    const civ = scenario({
      prescriptions: [{ product: 'alprazolam-05-tab', sig: 'i po bid', quantity: 60, refills: 0, prescriber: { dea: 'AB1234560' } }],
    });
    expect(only(run(civ, filled(civ)).last, 'miss.DEA_INVALID').outcome).toBe('mistake');
  });

  it('sends back a basket holding the wrong product', () => {
    const s = scenario();
    const log = [
      act.identity(),
      act.accept(),
      act.enter({ productId: 'hydralazine-25-tab' }),
      act.select('hydralazine-25-tab'),
      act.scan(),
      act.count(),
      act.label(),
      act.submit(),
    ];
    const { state, last } = run(s, log);
    expect(only(last, 'verify.wrongProduct')).toMatchObject({ outcome: 'mistake', points: -5, maxPoints: 0 });
    expect(state.rx['rx1']).toMatchObject({ status: 'selection', selectedProductId: null, counted: null });
  });

  it('answers actions on a held or verified prescription helpfully', () => {
    const s = scenario({ prescriptions: [{}, { id: 'rx2', dateWritten: '2024-01-01' }] });
    const held = run(s, [act.identity(), act.flag('RX_EXPIRED', 'rx2'), act.accept('rx2')]);
    expect(said(only(held.last, 'rx.held'))).toMatch(/^That prescription is with the pharmacist/);
    const bagged = run(s, [...FILL_TO_LABEL, act.submit(), act.count(30)]);
    expect(only(bagged.last, 'rx.verified').outcome).toBe('info');
  });
});
