import { describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../../../src/core/rules/completeness';
import { buildScenario, rxOf, worded } from './buildScenario';

function run(spec: Parameters<typeof buildScenario>[0]) {
  const s = buildScenario(spec);
  return worded(checkCompleteness(s, rxOf(s)));
}

describe('completeness (RX_INCOMPLETE)', () => {
  it('finds nothing on a complete prescription', () => {
    expect(run({})).toEqual([]);
    expect(run({ prescriptions: [{ product: 'oxycodone-5-tab', refills: 0 }] })).toEqual([]);
  });

  it('flags an unsigned written prescription at intake', () => {
    const [f] = run({ prescriptions: [{ signed: false }] });
    expect(f).toMatchObject({ code: 'RX_INCOMPLETE', rx: 'rx1', step: 'intake' });
    expect(f!.detail).toContain("prescriber's signature");
  });

  it('does not ask for a manual signature on phoned or electronic prescriptions', () => {
    expect(run({ prescriptions: [{ signed: false, channel: 'phone' }] })).toEqual([]);
    expect(run({ prescriptions: [{ signed: false, channel: 'electronic' }] })).toEqual([]);
  });

  it('requires patient and prescriber addresses on a controlled prescription only', () => {
    const bare = {
      patientAddress: undefined,
      prescriber: { firstName: 'Alan', lastName: 'Brown', credentials: 'MD' as const, address: undefined },
    };
    expect(run({ prescriptions: [bare] })).toEqual([]);
    const [f] = run({ prescriptions: [{ ...bare, product: 'alprazolam-05-tab' }] });
    expect(f!.detail).toBe(
      "The prescription is missing the patient's address and the prescriber's address, which a C-IV prescription must show.",
    );
  });

  it('leaves a missing DEA number to DEA_MISSING', () => {
    expect(run({ prescriptions: [{ product: 'oxycodone-5-tab', refills: 0, prescriber: { dea: undefined } }] })).toEqual([]);
  });

  it('requires the C-II quantity in words only where the parameter says so', () => {
    const rx = { product: 'oxycodone-5-tab', refills: 0 };
    expect(run({ prescriptions: [rx] })).toEqual([]);
    const [f] = run({ prescriptions: [rx], parameters: { quantityInWordsRequired: true } });
    expect(f!.detail).toContain('quantity written in words');
    expect(run({ prescriptions: [{ ...rx, quantityInWords: 'thirty' }], parameters: { quantityInWordsRequired: true } })).toEqual([]);
    // Not for C-III to C-V.
    expect(run({ prescriptions: [{ product: 'alprazolam-05-tab' }], parameters: { quantityInWordsRequired: true } })).toEqual([]);
  });

  it('lists every missing element in one finding', () => {
    const f = run({ prescriptions: [{ product: 'morphine-15-tab', refills: 0, signed: false, patientAddress: undefined }] });
    expect(f).toHaveLength(1);
    expect(f[0]!.detail).toBe(
      "The prescription is missing the prescriber's signature and the patient's address, which a C-II prescription must show.",
    );
  });
});
