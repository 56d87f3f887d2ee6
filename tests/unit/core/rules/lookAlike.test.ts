import { describe, expect, it } from 'vitest';
import { checkLookAlike as findLookAlikes } from '../../../../src/core/rules/lookAlike';
import { buildScenario, rxOf, inWords } from './buildScenario';

/** The rule, with each finding's sentence from the English catalogue. */
const checkLookAlike = inWords(findLookAlikes);

const FILLER = ['lisinopril-10-tab', 'metformin-500-tab'];

function shelfWithGap(gap: number, first = 'hydroxyzine-25-tab', second = 'hydralazine-25-tab'): string[] {
  return ['amlodipine-5-tab', first, ...FILLER.slice(0, gap), second, 'losartan-50-tab'];
}

describe('look-alikes on the shelf (LASA_RISK at selection)', () => {
  it('flags a look-alike right next to the product, with tall-man names', () => {
    const s = buildScenario({ prescriptions: [{ product: 'hydroxyzine-25-tab' }], shelf: shelfWithGap(0) });
    expect(checkLookAlike(s, rxOf(s))).toEqual([
      {
        code: 'LASA_RISK',
        rx: 'rx1',
        step: 'selection',
        detail: 'hydrALAZINE 25 mg sits right next to the prescribed hydrOXYzine 25 mg on the shelf; read the label and scan the NDC.',
      },
    ]);
  });

  it('flags one bottle between (distance 2) but not two (distance 3)', () => {
    const two = buildScenario({ prescriptions: [{ product: 'hydroxyzine-25-tab' }], shelf: shelfWithGap(1) });
    expect(checkLookAlike(two, rxOf(two))[0]!.detail).toContain('one slot away from');
    const three = buildScenario({ prescriptions: [{ product: 'hydroxyzine-25-tab' }], shelf: shelfWithGap(2) });
    expect(checkLookAlike(three, rxOf(three))).toEqual([]);
  });

  it('counts a pair declared on the other product only', () => {
    // Only ALPRAZolam lists LORazepam; the rule holds from either side.
    const s = buildScenario({
      prescriptions: [{ product: 'lorazepam-05-tab' }],
      shelf: shelfWithGap(0, 'alprazolam-05-tab', 'lorazepam-05-tab'),
    });
    expect(checkLookAlike(s, rxOf(s))[0]!.detail).toContain('ALPRAZolam 0.5 mg sits right next to the prescribed LORazepam 0.5 mg');
  });

  it('is not a stop and stays quiet with no look-alike nearby', () => {
    const s = buildScenario({ shelf: ['hydroxyzine-25-tab', 'lisinopril-10-tab', 'hydralazine-25-tab'] });
    expect(checkLookAlike(s, rxOf(s))).toEqual([]);
  });
});
