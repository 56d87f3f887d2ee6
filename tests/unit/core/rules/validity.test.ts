import { describe, expect, it } from 'vitest';
import { checkValidity } from '../../../../src/core/rules/validity';
import { buildScenario, rxOf, worded } from './buildScenario';

function run(spec: Parameters<typeof buildScenario>[0]) {
  const s = buildScenario(spec);
  return worded(checkValidity(s, rxOf(s)));
}

describe('validity (RX_EXPIRED, earliest fill date)', () => {
  it('keeps a non-controlled prescription good through day 365 and expires it on day 366', () => {
    expect(run({ today: '2026-03-14', prescriptions: [{ dateWritten: '2025-03-14' }] })).toEqual([]);
    const [f] = run({ today: '2026-03-15', prescriptions: [{ dateWritten: '2025-03-14' }] });
    expect(f).toMatchObject({ code: 'RX_EXPIRED', rx: 'rx1', step: 'intake' });
    expect(f!.detail).toBe(
      'A non-controlled prescription is valid for 365 days; this one was written on 03/14/2025 and expired on 03/14/2026.',
    );
  });

  it('uses the state window from the parameters', () => {
    expect(run({ parameters: { rxValidityDays: 180 }, prescriptions: [{ dateWritten: '2025-09-01' }] })).toHaveLength(1);
  });

  it('gives C-III to C-V prescriptions 180 days', () => {
    for (const product of ['alprazolam-05-tab', 'apap-codeine-300-30-tab', 'pregabalin-75-cap']) {
      expect(run({ prescriptions: [{ product, dateWritten: '2025-09-15' }] })).toEqual([]); // 180 days
      const [f] = run({ prescriptions: [{ product, dateWritten: '2025-09-14' }] }); // 181 days
      expect(f!.code).toBe('RX_EXPIRED');
    }
  });

  it('sets no federal limit on C-II unless the state parameter does', () => {
    const rx = { product: 'oxycodone-5-tab', refills: 0, dateWritten: '2025-01-02' };
    expect(run({ prescriptions: [rx] })).toEqual([]);
    const [f] = run({ prescriptions: [{ ...rx, dateWritten: '2026-02-01' }], parameters: { ciiValidityDays: 30 } });
    expect(f!.detail).toContain('A C-II prescription is valid for 30 days');
  });

  it('reports an earliest fill date still ahead as REFILL_TOO_SOON at intake', () => {
    const rx = { product: 'oxycodone-5-tab', refills: 0, earliestFillDate: '2026-04-09' };
    const [f] = run({ prescriptions: [rx] });
    expect(f).toMatchObject({ code: 'REFILL_TOO_SOON', step: 'intake', rx: 'rx1' });
    expect(f!.detail).toContain('04/09/2026');
    expect(run({ prescriptions: [{ ...rx, earliestFillDate: '2026-03-14' }] })).toEqual([]);
  });
});
