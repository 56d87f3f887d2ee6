import { describe, expect, it } from 'vitest';
import { checkPrescriberDea } from '../../../../src/core/rules/prescriberDea';
import { buildScenario, rxOf, worded } from './buildScenario';

function run(dea: string | undefined, lastName = 'Brown', product = 'oxycodone-5-tab') {
  const s = buildScenario({ prescriptions: [{ product, refills: 0, prescriber: { firstName: 'Pat', lastName, credentials: 'MD', dea } }] });
  return worded(checkPrescriberDea(s, rxOf(s)));
}

describe('prescriber DEA number', () => {
  it('accepts the worked examples AB1234563 (Brown) and FN5623740 (Nicholson)', () => {
    expect(run('AB1234563')).toEqual([]);
    expect(run('FN5623740', 'Nicholson')).toEqual([]);
    expect(run('F91234563-001AB', 'Nguyen')).toEqual([]);
  });

  it('flags a missing number on a controlled prescription', () => {
    for (const dea of [undefined, '  ']) {
      const [f] = run(dea);
      expect(f).toMatchObject({ code: 'DEA_MISSING', rx: 'rx1', step: 'intake' });
    }
  });

  it('gives the expected check digit for AB1234560', () => {
    expect(run('AB1234560')).toEqual([
      {
        code: 'DEA_INVALID',
        rx: 'rx1',
        step: 'intake',
        detail: 'DEA number AB1234560 fails the check: its check digit should be 3, but the prescription shows 0.',
      },
    ]);
  });

  it('reports both checksum and name letter for AD1234567 written by Dr. Smith', () => {
    const f = run('AD1234567', 'Smith');
    expect(f.map((x) => x.code)).toEqual(['DEA_INVALID', 'DEA_NAME_MISMATCH']);
    expect(f[1]!.detail).toContain('"D"');
    expect(f[1]!.detail).toContain('"S"');
  });

  it('reports a bad shape or prefix as DEA_INVALID', () => {
    expect(run('AB123456')[0]!.detail).toContain('not in DEA format');
    expect(run('AB12O4563')[0]!.code).toBe('DEA_INVALID');
    expect(run('ZB1234563')[0]!.detail).toContain('first letter "Z"');
  });

  it('does not check DEA numbers on non-controlled prescriptions', () => {
    expect(run(undefined, 'Brown', 'lisinopril-10-tab')).toEqual([]);
    expect(run('AB1234560', 'Smith', 'lisinopril-10-tab')).toEqual([]);
  });
});
