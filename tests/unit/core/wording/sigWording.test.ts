import { describe, expect, it } from 'vitest';
import type { SigDirections } from '../../../../src/core/rules/sig';
import { formatAmount, frequencyPhrase, sigSentence, whenPhrase } from '../../../../src/core/wording/en/sig';

const base: SigDirections = { dose: 1, unit: 'tablet', additive: [], times: [], timing: [], asNeeded: false, asDirected: false };

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

describe('frequencyPhrase', () => {
  it('spells out the common frequencies and counts the rest', () => {
    expect(frequencyPhrase({ kind: 'timesDaily', n: 2 })).toBe('twice daily');
    expect(frequencyPhrase({ kind: 'timesDaily', n: 5 })).toBe('5 times daily');
    expect(frequencyPhrase({ kind: 'everyHours', n: 4, upTo: 6 })).toBe('every 4 to 6 hours');
    expect(frequencyPhrase({ kind: 'everyHours', n: 1 })).toBe('every hour');
    expect(frequencyPhrase({ kind: 'everyDays', n: 2 })).toBe('every other day');
    expect(frequencyPhrase({ kind: 'everyDays', n: 3 })).toBe('every 3 days');
    expect(frequencyPhrase({ kind: 'timesWeekly', n: 1 })).toBe('once weekly');
    expect(frequencyPhrase({ kind: 'everyWeeks', n: 2 })).toBe('every 2 weeks');
  });
});

describe('whenPhrase', () => {
  it('puts meal timing before an extra bedtime dose', () => {
    expect(whenPhrase({ frequency: { kind: 'timesDaily', n: 3 }, additive: ['bedtime'], times: [], timing: ['before-meals'] })).toBe(
      'three times daily before meals and at bedtime',
    );
  });

  it('writes a stand-alone time of day as a frequency', () => {
    expect(whenPhrase({ additive: [], times: ['morning', 'bedtime'], timing: [] })).toBe('every morning and at bedtime');
    expect(whenPhrase({ frequency: { kind: 'timesDaily', n: 1 }, additive: [], times: ['morning'], timing: [] })).toBe(
      'daily in the morning',
    );
  });
});

describe('sigSentence', () => {
  it('pluralises by the largest amount', () => {
    expect(sigSentence({ ...base, dose: 0.5, route: 'oral', frequency: { kind: 'timesDaily', n: 1 } })).toBe(
      'Take 1/2 tablet by mouth daily',
    );
    expect(sigSentence({ ...base, dose: 1, doseMax: 2, route: 'oral' })).toBe('Take 1 to 2 tablets by mouth');
    expect(sigSentence({ ...base, dose: 2, unit: 'suppository', route: 'rectal' })).toBe('Insert 2 suppositories rectally');
  });

  it('chooses the verb from the route, then the form', () => {
    expect(sigSentence({ ...base, unit: 'drop', route: 'otic', site: 'right-ear' })).toBe('Instill 1 drop in the right ear');
    expect(sigSentence({ ...base, unit: 'unit', dose: 8 })).toBe('Inject 8 units');
    expect(sigSentence({ ...base, unit: 'mg', dose: 40, route: 'subcutaneous' })).toBe('Inject 40 mg under the skin');
    expect(sigSentence({ ...base, verb: 'chew', route: 'oral' })).toBe('Chew 1 tablet by mouth');
  });

  it('adds as needed, the reason, the duration and "as directed" in that order', () => {
    expect(
      sigSentence({ ...base, route: 'oral', frequency: { kind: 'everyHours', n: 6 }, asNeeded: true, indication: 'pain', durationDays: 5 }),
    ).toBe('Take 1 tablet by mouth every 6 hours as needed for pain for 5 days');
    expect(sigSentence({ ...base, asDirected: true })).toBe('Take 1 tablet as directed');
  });

  it('spells out an abbreviated reason', () => {
    expect(sigSentence({ ...base, route: 'oral', asNeeded: true, indication: 'nv' })).toBe(
      'Take 1 tablet by mouth as needed for nausea and vomiting',
    );
    expect(sigSentence({ ...base, route: 'oral', asNeeded: true, indication: 'ha or fever' })).toBe(
      'Take 1 tablet by mouth as needed for headache or fever',
    );
  });
});
