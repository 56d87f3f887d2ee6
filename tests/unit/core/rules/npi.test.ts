import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNpi, npiCheckDigit } from '../../../../src/core/rules/npi';

describe('checkNpi (domain §1.4)', () => {
  it('accepts 1234567893 and rejects 1234567890', () => {
    expect(checkNpi('1234567893')).toBe(true);
    expect(checkNpi('1234567890')).toBe(false);
  });

  it('computes the check digit with the 80840 prefix', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    // Without the prefix, plain Luhn over 123456789 would give 7, so this pins the prefix in.
    expect(npiCheckDigit('123456789')).not.toBe(7);
  });

  it('rejects every other final digit for the same nine digits', () => {
    for (let d = 0; d <= 9; d += 1) expect(checkNpi(`123456789${d}`)).toBe(d === 3);
  });

  it('catches a swap of two adjacent different digits', () => {
    expect(checkNpi('2134567893')).toBe(false);
  });

  it('trims whitespace but needs exactly ten digits', () => {
    expect(checkNpi(' 1234567893\t')).toBe(true);
    expect(checkNpi('123456789')).toBe(false);
    expect(checkNpi('12345678930')).toBe(false);
    expect(checkNpi('123456789O')).toBe(false);
    expect(checkNpi('1234-567893')).toBe(false);
    expect(checkNpi('')).toBe(false);
  });

  it('never throws on arbitrary input, and every generated valid NPI passes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => typeof checkNpi(s) === 'boolean'));
    fc.assert(fc.property(fc.stringMatching(/^\d{9}$/), (nine) => checkNpi(`${nine}${npiCheckDigit(nine)}`)));
    expect(npiCheckDigit('12345678')).toBeNaN();
    expect(checkNpi(undefined as unknown as string)).toBe(false);
  });
});
