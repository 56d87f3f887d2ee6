import { describe, expect, it } from 'vitest';
import { checkPhonedInCII } from '../../../../src/core/rules/phonedInControlled';
import { buildScenario, rxOf, worded } from './buildScenario';

function run(product: string, channel: 'phone' | 'written' | 'electronic', emergency?: boolean) {
  const s = buildScenario({ prescriptions: [{ product, channel, refills: 0 }] });
  const withCall =
    emergency === undefined ? s : { ...s, call: { kind: 'newPrescription' as const, caller: 'An office', says: 'Hello', emergency } };
  return worded(checkPhonedInCII(withCall, rxOf(withCall)));
}

describe('a C-II telephoned in', () => {
  it('is stopped at intake when it is not an emergency', () => {
    const [f] = run('oxycodone-5-tab', 'phone', false);
    expect(f).toMatchObject({ code: 'CII_PHONED_IN', rx: 'rx1', step: 'intake' });
    expect(f!.detail).toMatch(/telephoned in oxyCODONE 5 mg, a C-II, and it is not an emergency/);
    expect(run('oxycodone-5-tab', 'phone')).toHaveLength(1);
  });

  it('is left to the pharmacist without a finding in an emergency', () => {
    expect(run('oxycodone-5-tab', 'phone', true)).toEqual([]);
  });

  it('does not apply to a written or electronic C-II, or to a phoned-in drug that is not a C-II', () => {
    expect(run('oxycodone-5-tab', 'written')).toEqual([]);
    expect(run('oxycodone-5-tab', 'electronic')).toEqual([]);
    expect(run('lisinopril-10-tab', 'phone', false)).toEqual([]);
  });
});
