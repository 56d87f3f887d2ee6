import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDea, deaCheckDigit, DEA_PRESCRIBER_PREFIXES } from '../../../../src/core/rules/dea';

describe('deaCheckDigit', () => {
  it('adds digits 1, 3, 5 to twice digits 2, 4, 6 and keeps the units digit', () => {
    expect(deaCheckDigit('123456')).toBe(3); // 9 + 24 = 33
    expect(deaCheckDigit('562374')).toBe(0); // 14 + 26 = 40
    expect(deaCheckDigit('000000')).toBe(0);
  });

  it('returns NaN for anything but six digits', () => {
    expect(deaCheckDigit('12345')).toBeNaN();
    expect(deaCheckDigit('12345a')).toBeNaN();
    expect(deaCheckDigit('1234567')).toBeNaN();
  });
});

describe('checkDea: worked examples (domain §1.2–1.3)', () => {
  it('accepts AB1234563 and FN5623740 for Dr. Nicholson', () => {
    expect(checkDea('AB1234563')).toEqual({ valid: true, problems: [] });
    expect(checkDea('FN5623740', 'Nicholson')).toEqual({ valid: true, problems: [] });
  });

  it('reports a wrong check digit', () => {
    expect(checkDea('AB1234560')).toEqual({ valid: false, problems: ['checksum'] });
  });

  it('reports both the name letter and the check digit for AD1234567 written by Dr. Smith', () => {
    expect(checkDea('AD1234567', 'Smith')).toEqual({ valid: false, problems: ['checksum', 'last-name'] });
  });

  it('rejects AH2235915 for Dr. Smith on both letter and checksum (a published answer key calls it valid)', () => {
    expect(checkDea('AH2235915', 'Smith').problems).toEqual(['checksum', 'last-name']);
  });

  it('scores AS8524616 with the correct weights, not the odd-sum-times-3 method', () => {
    // (8+2+6) + 2×(5+4+1) = 36: the check digit itself fits; the number fails only on the name.
    expect(checkDea('AS8524616').problems).not.toContain('checksum');
    expect(checkDea('AS8524616', 'Jones')).toEqual({ valid: false, problems: ['last-name'] });
  });
});

describe('checkDea: format', () => {
  it.each([
    ['AB123456', 'too short'],
    ['123456789', 'no letters'],
    ['ABC123456', 'three letters'],
    ['AB12O4563', 'letter O for zero'],
    ['AB12I4563', 'letter I for one'],
    ['1B1234563', 'digit as the first character'],
    ['A-1234563', 'punctuation as the second character'],
    ['AB 1234563', 'space inside'],
    ['', 'empty'],
  ])('%s (%s) reports only format', (dea) => {
    expect(checkDea(dea, 'Smith')).toEqual({ valid: false, problems: ['format'] });
  });

  it('trims whitespace and accepts lower case', () => {
    expect(checkDea('  ab1234563 \n')).toEqual({ valid: true, problems: [] });
    expect(checkDea('fn5623740', 'nicholson').valid).toBe(true);
  });

  it('strips a hospital suffix after the nine characters', () => {
    expect(checkDea('F91234563-001AB')).toEqual({ valid: true, problems: [] });
    expect(checkDea('F91234560-001AB').problems).toEqual(['checksum']);
  });

  it('does not strip a hyphen in the wrong place', () => {
    expect(checkDea('F9123456-3001').problems).toEqual(['format']);
  });
});

describe('checkDea: prefix', () => {
  it.each(['A', 'B', 'F', 'G', 'M', 'X'])('accepts a prescriber prefix %s', (prefix) => {
    expect(checkDea(`${prefix}B1234563`).problems).toEqual([]);
  });

  it.each(['Z', 'O', 'I', 'C', 'D', 'E'])('reports prefix %s, which no registration starts with', (prefix) => {
    expect(checkDea(`${prefix}B1234563`)).toEqual({ valid: false, problems: ['prefix'] });
  });

  it('reports P and R: real registrations, but manufacturers and distributors cannot prescribe', () => {
    expect(checkDea('PB1234563').problems).toEqual(['prefix']);
    expect(checkDea('RB1234563').problems).toEqual(['prefix']);
    expect(DEA_PRESCRIBER_PREFIXES).not.toContain('P');
  });

  it('lists several problems together in a fixed order', () => {
    expect(checkDea('ZD1234567', 'Smith').problems).toEqual(['prefix', 'checksum', 'last-name']);
  });
});

describe('checkDea: last name', () => {
  it('matches the first letter of the last name, ignoring case, punctuation and accents', () => {
    expect(checkDea('AO1234563', "O'Brien").valid).toBe(true);
    expect(checkDea('AO1234563', "  'o'brien").valid).toBe(true);
    expect(checkDea('AA1234563', 'Ábalos').valid).toBe(true);
    expect(checkDea('AB1234563', 'Smith').problems).toEqual(['last-name']);
  });

  it('accepts 9 (business-address registration) for any name', () => {
    expect(checkDea('F91234563', 'Zhang')).toEqual({ valid: true, problems: [] });
  });

  it('skips the name check when no usable name is given', () => {
    expect(checkDea('AB1234563', '').valid).toBe(true);
    expect(checkDea('AB1234563', "  '-").valid).toBe(true);
  });
});

describe('checkDea: garbage input', () => {
  it('never throws and always reports at least one problem when invalid', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.option(fc.string({ maxLength: 20 })), (dea, name) => {
        const result = checkDea(dea, name ?? undefined);
        expect(result.valid).toBe(result.problems.length === 0);
      }),
    );
    expect(checkDea(null as unknown as string)).toEqual({ valid: false, problems: ['format'] });
  });
});
