import { describe, expect, it } from 'vitest';
import { date, listPhrase, rxName, unitCount } from '../../../../src/core/wording/en/phrases';

describe('the English phrases sentences are built from', () => {
  it('pluralises units the way a label does', () => {
    expect(unitCount('tablet', 1)).toBe('tablet');
    expect(unitCount('capsule', 30)).toBe('capsules');
    expect(unitCount('mL', 150)).toBe('mL');
  });

  it('joins lists as prose', () => {
    expect(listPhrase([])).toBe('');
    expect(listPhrase(['a'])).toBe('a');
    expect(listPhrase(['a', 'b'])).toBe('a and b');
    expect(listPhrase(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('names a prescription by what the prescriber wrote, or by its id when the scenario has none', () => {
    expect(rxName({ id: 'rx1', drug: 'Lisinopril 10 mg tab' })).toBe('the Lisinopril 10 mg tab prescription');
    expect(rxName({ id: 'rx9' })).toBe('prescription rx9');
  });

  it('keeps dates in the form the profile shows', () => {
    expect(date('2026-03-14')).toBe('2026-03-14');
  });
});
