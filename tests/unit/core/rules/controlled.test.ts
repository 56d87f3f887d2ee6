import { describe, expect, it } from 'vitest';
import { checkControlled } from '../../../../src/core/rules/controlled';
import { buildScenario, rxOf, worded } from './buildScenario';

function run(product: string, refills: number) {
  const s = buildScenario({ prescriptions: [{ product, refills }] });
  return worded(checkControlled(s, rxOf(s)));
}

describe('controlled-substance refills', () => {
  it('flags any refill on a C-II', () => {
    expect(run('oxycodone-5-tab', 0)).toEqual([]);
    expect(run('oxycodone-5-tab', 1)).toEqual([
      {
        code: 'CII_REFILLS',
        rx: 'rx1',
        step: 'intake',
        detail: 'A C-II prescription cannot be refilled, but this one authorises 1 refill.',
      },
    ]);
  });

  it('allows five refills on C-III/IV and flags six', () => {
    expect(run('alprazolam-05-tab', 5)).toEqual([]);
    expect(run('apap-codeine-300-30-tab', 5)).toEqual([]);
    const [f] = run('alprazolam-05-tab', 6);
    expect(f).toMatchObject({ code: 'CONTROLLED_REFILL_LIMIT', step: 'intake' });
    expect(f!.detail).toBe('A C-IV prescription may have at most 5 refills, but this one authorises 6.');
  });

  it('sets no federal cap on C-V or non-controlled refills', () => {
    expect(run('pregabalin-75-cap', 11)).toEqual([]);
    expect(run('lisinopril-10-tab', 11)).toEqual([]);
  });
});
