import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ndcBilling, ndcLayout, sameNdc, toNdc11 } from '../../../../src/core/rules/ndc';

describe('toNdc11 (domain §2)', () => {
  it('pads the labeler of a 4-4-2 code', () => {
    expect(toNdc11('0574-4072-05')).toBe('00574-4072-05');
    expect(toNdc11('0002-7597-01')).toBe('00002-7597-01');
  });

  it('pads the product of a 5-3-2 code', () => {
    expect(toNdc11('50242-040-62')).toBe('50242-0040-62');
  });

  it('pads the package of a 5-4-1 code', () => {
    expect(toNdc11('60575-4112-1')).toBe('60575-4112-01');
  });

  it('returns a 5-4-2 code as it is, and trims whitespace', () => {
    expect(toNdc11('00574-4072-05')).toBe('00574-4072-05');
    expect(toNdc11('  50242-0040-62\n')).toBe('50242-0040-62');
  });

  it('accepts typographic dashes from pasted labels', () => {
    expect(toNdc11('0574\u20134072\u201305')).toBe('00574-4072-05');
  });

  it.each([
    ['5024204062', 'ten digits, no hyphens: the layout is unknown'],
    ['50242004062', 'eleven digits, no hyphens'],
    ['502-42040-62', '3-5-2 segments'],
    ['50242-04-062', '5-2-3 segments'],
    ['5024-040-62', 'nine digits'],
    ['000574-4072-05', '6-4-2 (the 2033 format is not handled)'],
    ['50242-O40-62', 'letter O for zero'],
    ['50242--040-62', 'double hyphen'],
    ['50242 040 62', 'spaces for hyphens'],
    ['', 'empty'],
  ])('returns null for %s (%s)', (ndc) => {
    expect(toNdc11(ndc)).toBeNull();
    expect(ndcBilling(ndc)).toBeNull();
  });
});

describe('ndcLayout', () => {
  it('names each layout', () => {
    expect(ndcLayout('0574-4072-05')).toBe('4-4-2');
    expect(ndcLayout('50242-040-62')).toBe('5-3-2');
    expect(ndcLayout('60575-4112-1')).toBe('5-4-1');
    expect(ndcLayout('00574-4072-05')).toBe('5-4-2');
    expect(ndcLayout('5024204062')).toBeNull();
    expect(ndcLayout('4-4-4')).toBeNull();
  });
});

describe('ndcBilling', () => {
  it('gives the eleven digits with no hyphens', () => {
    expect(ndcBilling('50242-040-62')).toBe('50242004062');
    expect(ndcBilling('0574-4072-05')).toBe('00574407205');
    expect(ndcBilling('60575-4112-1')).toBe('60575411201');
  });
});

describe('sameNdc', () => {
  it('matches a 10-digit label code with its 11-digit form', () => {
    expect(sameNdc('0574-4072-05', '00574-4072-05')).toBe(true);
    expect(sameNdc('50242-040-62', '50242-0040-62')).toBe(true);
  });

  it('tells apart two package sizes of the same drug', () => {
    expect(sameNdc('50242-040-62', '50242-040-60')).toBe(false);
  });

  it('does not confuse codes whose digits differ only by where the zero was added', () => {
    // 4-4-2 "1234-5678-90" and 5-3-2 "12345-678-90" would both be 1234567890 unhyphenated.
    expect(sameNdc('1234-5678-90', '12345-678-90')).toBe(false);
  });

  it('never matches when either code cannot be read', () => {
    expect(sameNdc('5024204062', '5024204062')).toBe(false);
    expect(sameNdc('', '')).toBe(false);
  });
});

describe('NDC functions on garbage input', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const layout = ndcLayout(a);
        const ndc11 = toNdc11(a);
        expect(ndc11 === null || /^\d{5}-\d{4}-\d{2}$/.test(ndc11)).toBe(true);
        expect(layout === null).toBe(ndc11 === null);
        expect(typeof sameNdc(a, b)).toBe('boolean');
      }),
    );
    expect(toNdc11(42 as unknown as string)).toBeNull();
  });
});
