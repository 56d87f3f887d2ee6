import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMutations, mutation, type TreeEdit } from '../../../tools/fuzzMutations';

const one = (text: string, edit: TreeEdit) => applyMutations(text, { tree: [edit], text: [] });
const FILE = '{"today": "2026-03-14", "rx": [{"id": "rx1", "quantity": 30}], "note": "hi"}';

describe('fuzzer mutations', () => {
  it('writes what JSON.stringify cannot: NaN, 1e400, -0 and deep nesting', () => {
    expect(one(FILE, { edit: 'number', at: 0, value: { raw: 'NaN' } })).toContain('"quantity": NaN');
    expect(one(FILE, { edit: 'number', at: 0, value: { raw: '-0' } })).toContain('"quantity": -0');
    expect(one(FILE, { edit: 'nest', at: 0, depth: 3, shape: 'array' })).toContain('"today": [[[1]]]');
    expect(one(FILE, { edit: 'nest', at: 0, depth: 2, shape: 'object' })).toContain('"today": {"a":{"a":1}}');
  });

  it('adds hostile keys as real fields and repeats a field', () => {
    expect(one(FILE, { edit: 'addField', at: 0, key: '__proto__' })).toContain('"__proto__": "surprise"');
    expect(one('{"a": 1, "b": 2}', { edit: 'repeatField', at: 0 })).toBe('{ "a": 1, "b": 2, "a": 1 }');
  });

  it('moves dates, swaps and breaks ids, duplicates list items and deletes fields', () => {
    expect(one(FILE, { edit: 'date', at: 0, value: { shiftDays: 400 } })).toContain('"today": "2027-04-18"');
    expect(one(FILE, { edit: 'date', at: 0, value: '2025-02-30' })).toContain('"today": "2025-02-30"');
    expect(JSON.parse(one(FILE, { edit: 'duplicate', at: 0, which: 0 })).rx).toEqual([
      { id: 'rx1', quantity: 30 },
      { id: 'rx1', quantity: 30 },
    ]);
    expect(JSON.parse(one(FILE, { edit: 'delete', at: 0 }))).not.toHaveProperty('today');
    expect(JSON.parse(one(FILE, { edit: 'id', at: 0, value: 'no-such-product' })).rx[0].id).toBe('no-such-product');
  });

  it('truncates, and inserts bytes decoded as UTF-8 (invalid ones become U+FFFD)', () => {
    expect(applyMutations(FILE, { tree: [], text: [{ edit: 'truncate', where: 0.5 }] })).toBe(FILE.slice(0, Math.floor(FILE.length / 2)));
    const garbled = applyMutations(FILE, { tree: [], text: [{ edit: 'garbage', where: 0, bytes: [0xff, 0x41] }] });
    expect(garbled.startsWith('\ufffdA{')).toBe(true);
  });

  it('gives the same mutations for the same seed', () => {
    expect(fc.sample(mutation, { seed: 42, numRuns: 20 })).toEqual(fc.sample(mutation, { seed: 42, numRuns: 20 }));
  });
});
