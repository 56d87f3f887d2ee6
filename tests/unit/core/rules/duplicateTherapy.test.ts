import { describe, expect, it } from 'vitest';
import { checkDuplicateTherapy as findDuplicates } from '../../../../src/core/rules/duplicateTherapy';
import { buildScenario, rxOf, inWords } from './buildScenario';

/** The rule, with each finding's sentence from the English catalogue. */
const checkDuplicateTherapy = inWords(findDuplicates);

describe('duplicate therapy (DUPLICATE_THERAPY at entry)', () => {
  it('flags a second drug of one class on the profile', () => {
    const s = buildScenario({ patient: { medications: [{ product: 'enalapril-10-tab' }] } });
    expect(checkDuplicateTherapy(s, rxOf(s))).toEqual([
      {
        code: 'DUPLICATE_THERAPY',
        rx: 'rx1',
        step: 'entry',
        detail:
          "The prescribed lisinopril 10 mg is in the same therapeutic class (ace-inhibitor) as enalapril 10 mg (on the patient's profile).",
      },
    ]);
  });

  it('flags two prescriptions of one class in the encounter, on both', () => {
    const s = buildScenario({ prescriptions: [{ product: 'ibuprofen-800-tab' }, { product: 'naproxen-500-tab' }] });
    expect(checkDuplicateTherapy(s, rxOf(s, 'rx1'))[0]!.detail).toContain('naproxen 500 mg (on prescription rx2)');
    expect(checkDuplicateTherapy(s, rxOf(s, 'rx2'))).toHaveLength(1);
  });

  it('treats the same generic as a continuation, not a duplicate', () => {
    const profile = buildScenario({ patient: { medications: [{ product: 'lisinopril-10-tab' }] } });
    expect(checkDuplicateTherapy(profile, rxOf(profile))).toEqual([]);
    const strengths = buildScenario({ prescriptions: [{ product: 'warfarin-5-tab' }, { product: 'warfarin-1-tab' }] });
    expect(checkDuplicateTherapy(strengths, rxOf(strengths))).toEqual([]);
  });

  it('ignores drugs of other classes', () => {
    const s = buildScenario({ patient: { medications: [{ product: 'losartan-50-tab' }, { product: 'metformin-500-tab' }] } });
    expect(checkDuplicateTherapy(s, rxOf(s))).toEqual([]);
  });
});
