import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, STEPS, findings, findingsFor, stopFindings, type Finding } from '../../../../src/core/findings/index';
import { buildScenario, TEST_PRODUCTS, worded } from './buildScenario';
import { renderFinding } from '../../../../src/core/wording';

const key = (f: Finding) => `${f.code}|${f.rx ?? ''}|${f.question ?? ''}`;

/** A catch scenario with something wrong at several steps across two prescriptions. */
function busy() {
  return buildScenario({
    patient: {
      allergies: [{ substance: 'Penicillin', reaction: 'hives' }],
      medications: [{ product: 'warfarin-5-tab' }],
      fillHistory: [{ product: 'oxycodone-5-tab', date: '2026-03-10', quantity: 30, daysSupply: 30 }],
    },
    prescriptions: [
      { product: 'oxycodone-5-tab', refills: 2, earliestFillDate: '2026-04-01', prescriber: { dea: 'AD1234567', lastName: 'Smith' } },
      { product: 'ibuprofen-800-tab', patientName: 'Mario Lopez' },
      { product: 'amoxicillin-500-cap' },
    ],
    presenter: { name: 'Marie Lopez', dateOfBirth: '1963-02-11' },
    dialogue: { pickUp: [{ id: 'with-food', text: 'Should I take these with food?', question: true, pharmacistOnly: true }] },
  });
}

describe('findings()', () => {
  it('returns nothing for a clean scenario', () => {
    expect(findings(buildScenario())).toEqual([]);
  });

  it('orders by prescription, then step, then code, with encounter-wide findings last', () => {
    expect(findings(busy()).map((f) => [f.rx ?? '-', f.step, f.code])).toEqual([
      ['rx1', 'intake', 'DEA_INVALID'],
      ['rx1', 'intake', 'DEA_NAME_MISMATCH'],
      ['rx1', 'intake', 'CII_REFILLS'],
      ['rx1', 'intake', 'REFILL_TOO_SOON'],
      ['rx2', 'intake', 'PATIENT_MISMATCH'],
      ['rx2', 'entry', 'INTERACTION'],
      ['rx3', 'entry', 'ALLERGY'],
      ['-', 'pickup', 'PATIENT_MISMATCH'],
      ['-', 'pickup', 'CLINICAL_QUESTION'],
    ]);
  });

  it('keeps the earlier step when two families raise one code for one prescription', () => {
    const rtf = worded(findings(busy()).filter((f) => f.code === 'REFILL_TOO_SOON'));
    expect(rtf).toHaveLength(1);
    expect(rtf[0]!.detail).toContain('04/01/2026');
  });

  it('gives the same answer every time', () => {
    expect(findings(busy())).toEqual(findings(busy()));
  });

  it('findingsFor takes one prescription by id or object; stopFindings drops non-stop codes', () => {
    const s = busy();
    expect(findingsFor(s, 'rx2').map((f) => f.code)).toEqual(['PATIENT_MISMATCH', 'INTERACTION']);
    expect(findingsFor(s, 'nope')).toEqual([]);
    const lasa = buildScenario({ prescriptions: [{ product: 'hydroxyzine-25-tab' }], shelf: ['hydroxyzine-25-tab', 'hydralazine-25-tab'] });
    expect(findings(lasa).map((f) => f.code)).toEqual(['LASA_RISK']);
    expect(stopFindings(findings(lasa))).toEqual([]);
    expect(stopFindings(findings(s)).map((f) => f.code)).not.toContain('CLINICAL_QUESTION');
  });

  it('is sorted, unique and about real prescriptions for any mix of products and profile', () => {
    const ids = TEST_PRODUCTS.map((p) => p.id);
    const allergies = ['penicillin', 'sulfa', 'NSAIDs', 'codeine', 'latex'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }),
        fc.subarray(ids, { maxLength: 3 }),
        fc.subarray(allergies),
        fc.shuffledSubarray(ids, { minLength: 1 }),
        (rxProducts, meds, alls, shelf) => {
          const s = buildScenario({
            prescriptions: rxProducts.map((product) => ({ product })),
            patient: {
              medications: meds.map((product) => ({ product })),
              allergies: alls.map((substance) => ({ substance, reaction: 'rash' })),
            },
            shelf,
          });
          const list = findings(s);
          expect(new Set(list.map(key)).size).toBe(list.length);
          const rxOrder = s.prescriptions.map((p) => p.id);
          const rank = (f: Finding) => [
            f.rx === undefined ? rxOrder.length : rxOrder.indexOf(f.rx),
            STEPS.indexOf(f.step),
            FINDING_CODES.indexOf(f.code),
          ];
          for (let i = 1; i < list.length; i++) {
            const [a, b] = [rank(list[i - 1]!), rank(list[i]!)];
            expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! <= b[2]!)))).toBe(true);
          }
          for (const f of list) {
            expect(f.rx === undefined || rxOrder.includes(f.rx)).toBe(true);
            expect(renderFinding(f, 'en').length).toBeGreaterThan(10);
          }
        },
      ),
      { seed: 20260314, numRuns: 200 },
    );
  });
});
