import { describe, expect, it } from 'vitest';
import { checkAlteration as findAlterations } from '../../../../src/core/rules/alteration';
import { buildScenario, rxOf, inWords } from './buildScenario';

/** The rule, with each finding's sentence from the English catalogue. */
const checkAlteration = inWords(findAlterations);

describe('alteration (RX_ALTERED)', () => {
  it('finds nothing on an unaltered prescription', () => {
    const s = buildScenario();
    expect(checkAlteration(s, rxOf(s))).toEqual([]);
  });

  it('describes every visible change in one finding', () => {
    const s = buildScenario({
      prescriptions: [
        {
          alterations: [
            { field: 'quantity', description: 'The quantity "20" has been overwritten as "80" in a different ink.' },
            { field: 'refills', description: 'The refill box "0" now reads "5"' },
          ],
        },
      ],
    });
    expect(checkAlteration(s, rxOf(s))).toEqual([
      {
        code: 'RX_ALTERED',
        rx: 'rx1',
        step: 'intake',
        detail:
          'The prescription looks altered: the quantity "20" has been overwritten as "80" in a different ink; the refill box "0" now reads "5".',
      },
    ]);
  });
});
