import { describe, expect, it } from 'vitest';
import { replay } from '../../../../src/core/engine/engine';
import { report } from '../../../../src/core/scoring/score';
import { act, feedback, fillToLabel, scenario, said } from './fixtures';

// A scripted student on a hand-built encounter, checked action by action like a boardgame.io playthrough.
const s = scenario({
  prescriptions: [
    { product: 'hydroxyzine-25-tab', drugAsWritten: 'Hydroxyzine 25 mg', sig: 'i po tid prn itching', quantity: 30, refills: 0 },
  ],
  shelf: ['lisinopril-10-tab', 'hydroxyzine-25-tab', 'hydralazine-25-tab'],
  intent: { teachingNotes: { selection: 'hydrOXYzine and hydrALAZINE sit side by side on purpose.' } },
});

describe('a scripted student on a look-alike fill', () => {
  const log = [
    act.identity(),
    act.accept(),
    // Days' supply worked out for three a day as if it were twice a day.
    act.enter({
      productId: 'hydroxyzine-25-tab',
      sig: '1 tab by mouth three times daily as needed for itching',
      daysSupply: 15,
      refills: 0,
    }),
    act.select('hydralazine-25-tab'),
    act.scan(),
    act.putBack(),
    act.select('hydroxyzine-25-tab'),
    act.scan(),
    act.count(30),
    act.label(['May cause drowsiness']),
    act.submit(),
    act.identity('pickup'),
    act.handOut(),
  ];
  const state = replay(s, log);
  const r = report(state);

  it('records the slips with their specifics', () => {
    const codes = state.results.map((x) => x.code);
    expect(codes).toEqual([
      'identity.dropoff',
      'intake.accepted',
      'entry.product.ok',
      'entry.sig.ok',
      'entry.quantity.ok',
      'entry.daysSupply.wrong',
      'entry.refills.ok',
      'entry.daw.ok',
      'miss.LASA_RISK',
      'scan.mismatch',
      'selection.returned',
      'selection.corrected',
      'scan.match',
      'count.correct',
      'label.auxiliary.ok',
      'verify.passed',
      'identity.pickup',
      'pickup.handedOut',
      'counseling.missed',
    ]);
    expect(said(state.results.find((x) => x.code === 'entry.daysSupply.wrong')!)).toBe("You entered 15 days; the days' supply is 10.");
  });

  it('scores 60 of the 75 points the expert earns here', () => {
    // Lost: 5 for days' supply, 5 of the pick's 10 (half back for correcting it), 5 for counseling.
    // Accuracy: 35 of 40 (intake, entry, scan, count) rounds to 88.
    expect(r.score).toBe(80);
    expect(r.passed).toBe(true);
    expect(r.skills).toEqual({ accuracy: 88, safety: 80, scope: null, communication: 0, efficiency: 100 });
  });

  it("explains what to improve, with the author's note on the step", () => {
    // The scan that caught the wrong bottle cost nothing, so it is not listed apart from the pick it caught.
    expect(r.improve.map((f) => f.code)).toEqual(['entry.daysSupply.wrong', 'miss.LASA_RISK', 'counseling.missed']);
    const lasa = feedback(
      s,
      r.improve.find((f) => f.code === 'miss.LASA_RISK')!,
    );
    expect(lasa.what).toBe('You picked hydrALAZINE 25 mg; the prescription is for hydrOXYzine 25 mg.');
    expect(lasa.teachingNote).toMatch(/side by side/);
    expect(lasa.why.length).toBeGreaterThan(20);
    expect(r.aced.map((f) => f.code)).toContain('selection.corrected');
    expect(r.critical).toEqual([]);
  });
});

describe('a scripted student who misses an invalid DEA number on a C-II', () => {
  const cii = scenario({
    prescriptions: [
      {
        product: 'oxycodone-5-tab',
        drugAsWritten: 'Oxycodone 5 mg',
        sig: 'i po q6h prn pain',
        quantity: 20,
        refills: 0,
        prescriber: { dea: 'AB1234560' },
      },
    ],
  });
  const state = replay(cii, [act.identity(), ...fillToLabel(cii), act.submit()]);
  const r = report(state);

  it('is stopped by the pharmacist: a critical error that fails the encounter', () => {
    expect(state.complete).toBe(true);
    expect(r.passed).toBe(false);
    expect(r.critical).toHaveLength(1);
    expect(r.critical[0]).toMatchObject({ code: 'miss.DEA_INVALID', finding: 'DEA_INVALID', step: 'verify', rx: 'rx1' });
    const item = feedback(cii, r.critical[0]!);
    expect(item.what).toMatch(/^The pharmacist stopped this at verification: /);
    expect(item.how).toMatch(/digits 1, 3 and 5/);
  });

  it('earns nothing for filling a prescription that had to be stopped', () => {
    // Possible = identity 5 + catch 20; earned = identity 5 - 10 at verification.
    expect(r.score).toBe(0);
    expect(r.aced.map((f) => f.code)).toEqual(['identity.dropoff']);
  });
});
