import { describe, expect, it } from 'vitest';
import { allergyTerms, checkAllergy } from '../../../../src/core/rules/allergy';
import { buildScenario, rxOf, TEST_PRODUCTS, worded } from './buildScenario';

function run(substance: string, product: string) {
  const s = buildScenario({ patient: { allergies: [{ substance, reaction: 'hives' }] }, prescriptions: [{ product }] });
  return worded(checkAllergy(s, rxOf(s)));
}

describe('allergy synonyms', () => {
  it('reads the usual ways of writing an allergy', () => {
    for (const s of ['Penicillin', 'PCN', 'penicillins', 'Allergic to penicillin']) expect(allergyTerms(s).has('penicillin'), s).toBe(true);
    for (const s of ['sulfa', 'Sulfa drugs', 'sulfas', 'Bactrim', 'SMX/TMP'])
      expect(allergyTerms(s).has('sulfonamide-antibiotic'), s).toBe(true);
    expect(allergyTerms('NSAIDs').has('nsaid')).toBe(true);
    expect(allergyTerms('ASA').has('aspirin')).toBe(true);
    expect(allergyTerms('Morphine sulfate').has('morphine')).toBe(true);
  });

  it('never turns a sulfate or sulfite into a sulfonamide', () => {
    for (const s of ['sulfate', 'ferrous sulfate', 'sulfites'])
      expect(allergyTerms(s, TEST_PRODUCTS).has('sulfonamide-antibiotic'), s).toBe(false);
  });

  it('expands a named member to its catalog allergy class', () => {
    expect(allergyTerms('amoxicillin', TEST_PRODUCTS).has('penicillin')).toBe(true);
    expect(allergyTerms('Amoxil', TEST_PRODUCTS).has('penicillin')).toBe(true);
    expect(allergyTerms('amoxicillin').has('penicillin')).toBe(false);
  });
});

describe('allergy (ALLERGY at entry)', () => {
  it('flags amoxicillin for a penicillin allergy', () => {
    expect(run('Penicillin', 'amoxicillin-500-cap')).toEqual([
      {
        code: 'ALLERGY',
        rx: 'rx1',
        step: 'entry',
        detail: 'The patient reports an allergy to Penicillin (hives), and amoxicillin 500 mg is in the penicillin allergy class.',
      },
    ]);
    expect(run('PCN', 'amoxicillin-500-cap')).toHaveLength(1);
  });

  it('flags ampicillin for an amoxicillin allergy through the class', () => {
    expect(run('amoxicillin', 'ampicillin-500-cap')).toHaveLength(1);
  });

  it('flags cephalexin for a penicillin allergy as a cross-sensitivity for the pharmacist', () => {
    const [f] = run('penicillins', 'cephalexin-500-cap');
    expect(f).toMatchObject({ code: 'ALLERGY', step: 'entry' });
    expect(f!.detail).toContain('cross-sensitivity');
    expect(f!.detail).toContain("pharmacist's judgement");
  });

  it('flags SMX/TMP for sulfa but not ferrous sulfate or morphine sulfate', () => {
    expect(run('sulfa', 'smx-tmp-ds-tab')).toHaveLength(1);
    expect(run('Sulfa drugs', 'ferrous-sulfate-325-tab')).toEqual([]);
    expect(run('sulfa', 'morphine-15-tab')).toEqual([]);
    expect(run('morphine', 'morphine-15-tab')[0]!.detail).toContain('opioid allergy class');
  });

  it('matches a generic inside a combination product, and brand names', () => {
    expect(run('ferrous sulfate', 'ferrous-sulfate-325-tab')[0]!.detail).toContain('is ferrous sulfate');
    expect(run('codeine', 'apap-codeine-300-30-tab')[0]!.detail).toContain('contains codeine');
    expect(run('Coumadin', 'warfarin-5-tab')[0]!.detail).toContain('is Coumadin');
    expect(run('Keflex', 'cephalexin-500-cap')[0]!.detail).toContain('cephalosporin allergy class');
  });

  it('flags an NSAID for an NSAID allergy and stays quiet for unrelated drugs', () => {
    expect(run('NSAIDs', 'ibuprofen-800-tab')).toHaveLength(1);
    expect(run('penicillin', 'lisinopril-10-tab')).toEqual([]);
    expect(run('latex', 'amoxicillin-500-cap')).toEqual([]);
    expect(run('constructor', 'amoxicillin-500-cap')).toEqual([]);
  });

  it('prefers a direct allergy over a cross-sensitivity when both apply', () => {
    const s = buildScenario({
      patient: {
        allergies: [
          { substance: 'penicillin', reaction: 'rash' },
          { substance: 'cephalosporins', reaction: 'hives' },
        ],
      },
      prescriptions: [{ product: 'cephalexin-500-cap' }],
    });
    const f = worded(checkAllergy(s, rxOf(s)));
    expect(f).toHaveLength(1);
    expect(f[0]!.detail).toContain('cephalosporin allergy class');
  });
});
