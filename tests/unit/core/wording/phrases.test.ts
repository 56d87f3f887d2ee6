import { describe, expect, it } from 'vitest';
import { date, listPhrase, quotedLast, rxName, sentence, unitCount } from '../../../../src/core/wording/en/phrases';

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

  it('writes dates MM/DD/YYYY, the form every panel shows', () => {
    expect(date('1961-07-19')).toBe('07/19/1961');
  });

  it('never ends a quoted sentence with a second period', () => {
    expect(quotedLast('Take it with food.')).toBe('"Take it with food."');
    expect(quotedLast('Is it okay?')).toBe('"Is it okay?"');
    expect(quotedLast('Take with food')).toBe('"Take with food".');
    expect(sentence('You said "Fine."')).toBe('You said "Fine."');
  });
});

describe('a quotation at the end of a sentence', () => {
  it("never gets a second period after an author's quoted words", async () => {
    const { renderFinding } = await import('../../../../src/core/wording');
    const altered = renderFinding({ code: 'RX_ALTERED', params: { changes: ['The quantity reads "twenty."'] } }, 'en');
    expect(altered).toBe('The prescription looks altered: the quantity reads "twenty."');
  });
});
