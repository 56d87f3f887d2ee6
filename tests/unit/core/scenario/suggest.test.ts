import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../../src/core/scenario/suggest';

describe('did you mean', () => {
  it('measures edit distance ignoring case', () => {
    expect(editDistance('quantiy', 'quantity')).toBe(1);
    expect(editDistance('Sig', 'sig')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest field name, or nothing when none is close', () => {
    expect(closest('quantiy', ['id', 'quantity', 'quantityInWords', 'sig'])).toBe('quantity');
    expect(closest('refils', ['refills', 'refillsUsed'])).toBe('refills');
    expect(closest('colour', ['id', 'sig'])).toBeUndefined();
  });

  it('prefers the same drug with an extra word over a look-alike drug', () => {
    const ids = ['hydralazine-25-tab', 'hydroxyzine-hcl-25-tab', 'lisinopril-10-tab'];
    expect(closest('hydroxyzine-25-tab', ids)).toBe('hydroxyzine-hcl-25-tab');
    expect(closest('lisinopril-10-tabs', ids)).toBe('lisinopril-10-tab');
  });
});

describe('did you mean, on hostile input (found by the fuzzer)', () => {
  const ids = Array.from({ length: 200 }, (_, i) => `product-${i}-tab`);

  it('answers at once for a 400,000-character id, which no short id is close to', () => {
    const started = performance.now();
    expect(closest('x'.repeat(400_000), ids)).toBeUndefined();
    // The full distance table would be 400,000 × 13 × 200 cells: about ten seconds. Skipping it takes a millisecond.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('still finds the id inside a long run of extra words', () => {
    expect(closest(`product-1-tab-${'x-'.repeat(2_000)}`, ids)).toBe('product-1-tab');
  });
});
