import { describe, expect, it } from 'vitest';
import { formatAmount, sigSentence, whenPhrase, type SigWording } from '../../../../src/core/rules/sigWording';

const base: SigWording = { dose: 1, unit: 'tablet', additive: [], times: [], timing: [], asNeeded: false, asDirected: false };

describe('formatAmount', () => {
  it('writes halves and quarters as fractions for counted units only', () => {
    expect(formatAmount(0.5, true)).toBe('1/2');
    expect(formatAmount(1.5, true)).toBe('1 1/2');
    expect(formatAmount(0.25, true)).toBe('1/4');
    expect(formatAmount(2.5, false)).toBe('2.5');
    expect(formatAmount(0.1 + 0.2, false)).toBe('0.3');
    expect(formatAmount(0.4, true)).toBe('0.4');
  });
});

describe('whenPhrase', () => {
  it('puts meal timing before an extra bedtime dose', () => {
    expect(whenPhrase({ primary: 'three times daily', additive: ['bedtime'], times: [], timing: ['before meals'] }))
      .toBe('three times daily before meals and at bedtime');
  });

  it('writes a stand-alone time of day as a frequency', () => {
    expect(whenPhrase({ additive: [], times: ['morning', 'bedtime'], timing: [] })).toBe('every morning and at bedtime');
    expect(whenPhrase({ primary: 'daily', additive: [], times: ['morning'], timing: [] })).toBe('daily in the morning');
  });
});

describe('sigSentence', () => {
  it('pluralises by the largest amount', () => {
    expect(sigSentence({ ...base, dose: 0.5, route: 'by mouth', primary: 'daily' })).toBe('Take 1/2 tablet by mouth daily');
    expect(sigSentence({ ...base, dose: 1, doseMax: 2, route: 'by mouth' })).toBe('Take 1 to 2 tablets by mouth');
    expect(sigSentence({ ...base, dose: 2, unit: 'suppository', route: 'rectally' })).toBe('Insert 2 suppositories rectally');
  });

  it('chooses the verb from the route, then the form', () => {
    expect(sigSentence({ ...base, unit: 'drop', route: 'in the ear', site: 'right ear' })).toBe('Instill 1 drop in the right ear');
    expect(sigSentence({ ...base, unit: 'unit', dose: 8 })).toBe('Inject 8 units');
    expect(sigSentence({ ...base, unit: 'mg', dose: 40, route: 'under the skin' })).toBe('Inject 40 mg under the skin');
    expect(sigSentence({ ...base, verb: 'chew', route: 'by mouth' })).toBe('Chew 1 tablet by mouth');
  });

  it('adds as needed, the reason, the duration and "as directed" in that order', () => {
    expect(sigSentence({ ...base, route: 'by mouth', primary: 'every 6 hours', asNeeded: true, indication: 'pain', durationDays: 5 }))
      .toBe('Take 1 tablet by mouth every 6 hours as needed for pain for 5 days');
    expect(sigSentence({ ...base, asDirected: true })).toBe('Take 1 tablet as directed');
  });
});
