import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, parseJson } from '../../../../src/core/scenario/parseJson';
import type { Problem } from '../../../../src/core/scenario/problems';

const parse = (text: string) => parseJson(text, { file: 't.json' });

/** The single error the text produces, as [line, column, message]. */
function onlyError(text: string): [number, number, string] {
  const r = parse(text);
  if (r.ok) throw new Error('expected a syntax error');
  expect(r.errors).toHaveLength(1);
  const e = r.errors[0]!;
  expect(e.path).toBe('(file)');
  expect(e.severity).toBe('error');
  return [e.line, e.column, e.message];
}

describe('parseJson: syntax mistakes are explained with line and column', () => {
  it('parses valid JSON to a plain value', () => {
    const r = parse('{"a": [1, "two", true, null, {"b": 2.5}]}');
    expect(r.ok && r.value).toEqual({ a: [1, 'two', true, null, { b: 2.5 }] });
  });

  it('an empty (or blank) file', () => {
    expect(onlyError('')).toEqual([1, 1, 'the file is empty; a scenario starts with {']);
    expect(onlyError('  \n\t\n')).toEqual([1, 1, 'the file is empty; a scenario starts with {']);
  });

  it('not JSON at all', () => {
    const [line, column, message] = onlyError('Maria Lopez, lisinopril 10 mg\n');
    expect([line, column]).toEqual([1, 1]);
    expect(message).toContain('this file is not JSON');
    expect(onlyError('kind: encounter\nid: x\n')[2]).toContain('this file is not JSON');
  });

  it('a trailing comma, at the comma', () => {
    expect(onlyError('{\n  "a": [1, 2,],\n  "b": 1\n}')).toEqual([
      2,
      13,
      'remove the comma after the last item (JSON allows no comma before } or ])',
    ]);
    expect(onlyError('{\n  "a": 1,\n}')[0]).toBe(2);
  });

  it('every trailing comma and comment, not only the first', () => {
    const r = parse('{\n  "a": [1,],\n  // note\n  "b": {"c": 1,},\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e: Problem) => [e.line, e.column])).toEqual([
      [2, 10],
      [3, 3],
      [4, 15],
      [4, 17],
    ]);
  });

  it('comments: JSON has none', () => {
    const [line, column, message] = onlyError('{\n  "a": 1 // five\n}');
    expect([line, column]).toEqual([2, 10]);
    expect(message).toContain('JSON files cannot contain comments');
    expect(onlyError('{ /* note */ "a": 1 }')[2]).toContain('cannot contain comments');
  });

  it('an unterminated string, at its opening quote', () => {
    const [line, column, message] = onlyError('{\n  "sig": "i po qd,\n  "refills": 5\n}');
    expect([line, column]).toEqual([2, 10]);
    expect(message).toContain('no closing double quote');
  });

  it('single quotes, unquoted field names, a missing comma or colon', () => {
    expect(onlyError("{'a': 1}")).toEqual([1, 2, 'text and field names need double quotes ("), not single quotes (\')']);
    expect(onlyError('{\n  sig: "x"\n}')).toEqual([2, 3, 'field names need double quotes: write "sig", not sig']);
    expect(onlyError('{\n  "a": 1\n  "b": 2\n}')[0]).toBe(3);
    expect(onlyError('{\n  "a": 1\n  "b": 2\n}')[2]).toContain('a comma (,) is missing');
    expect(onlyError('{"a" 1}')).toEqual([1, 6, 'a colon (:) is missing after the field name']);
  });

  it('a missing closing brace, a leading zero, a bad escape, a raw tab in text', () => {
    expect(onlyError('{"a": 1')[2]).toContain('a } is missing');
    expect(onlyError('{"a": 07}')).toEqual([1, 7, 'a number cannot start with 0: write 7, not 07']);
    expect(onlyError('{"a": "C:\\temp\\x"}')[2]).toContain('backslash');
    expect(onlyError('{"a": "C:\\temp\\x"}')[1]).toBe(15);
    expect(onlyError('{"a": "x\ty"}')).toEqual([
      1,
      9,
      'text in quotes cannot contain a tab or line break typed directly: use a space, or \\n for a new line',
    ]);
  });

  it('text after the end', () => {
    expect(onlyError('{"a": 1}\n}')).toEqual([
      2,
      1,
      'there is more after the end of the scenario: everything must be inside one { … } (is there an extra } above?)',
    ]);
  });

  it('a field written twice in one object', () => {
    expect(onlyError('{\n  "sig": "a",\n  "sig": "b"\n}')).toEqual([
      3,
      3,
      'the field "sig" appears twice in this object: keep only one (the later one would silently win)',
    ]);
  });

  it('a byte-order mark is accepted, stripped and warned about (positions ignore it)', () => {
    const r = parse('\uFEFF{\n  "a": 1\n}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({ a: 1 });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: 1, column: 1, path: '(file)', severity: 'warning' });
    expect(r.warnings[0]!.message).toContain('byte-order mark');
    expect(r.position(r.text.indexOf('"a"'))).toEqual({ line: 2, column: 3 });
  });

  it('keeps "__proto__" as an ordinary field instead of changing the prototype', () => {
    const r = parse('{"__proto__": {"polluted": true}}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads -0 as 0, so a saved log of the expert path replays to the same state (found by the fuzzer)', () => {
    const r = parse('{"refills": -0, "list": [-0, -0.0]}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as { refills: number; list: number[] };
    expect(Object.is(v.refills, 0)).toBe(true);
    expect(v.list.every((n) => Object.is(n, 0))).toBe(true);
  });
});

describe('parseJson: hostile sizes', () => {
  it(`rejects a 5 MB file quickly, naming its size and the ${MAX_SCENARIO_BYTES / 1e6} MB limit`, () => {
    const text = `{"kind": "encounter", "title": "${'x'.repeat(5 * 1024 * 1024)}"}`;
    const start = performance.now();
    const [line, column, message] = onlyError(text);
    expect(performance.now() - start).toBeLessThan(2000);
    expect([line, column]).toEqual([1, 1]);
    expect(message).toBe('this file is 5.2 MB; scenario files are at most 1 MB');
  });

  it('parses a file just under the limit within a second', () => {
    const items = Array.from({ length: 18_000 }, (_, i) => `"objective number ${i}"`).join(',\n    ');
    const text = `{\n  "learningObjectives": [\n    ${items}\n  ]\n}`;
    expect(text.length).toBeGreaterThan(500_000);
    expect(text.length).toBeLessThan(MAX_SCENARIO_BYTES);
    const start = performance.now();
    const r = parse(text);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(r.ok).toBe(true);
  });

  it('counts multi-byte characters as UTF-8 bytes', () => {
    const text = `{"a": "${'é'.repeat(600_000)}"}`;
    expect(text.length).toBeLessThan(MAX_SCENARIO_BYTES);
    expect(onlyError(text)[2]).toBe('this file is 1.2 MB; scenario files are at most 1 MB');
  });

  it('rejects 10,000-deep nesting without overflowing the stack, at the 65th level', () => {
    const prefix = '{"kind": "encounter", "x": ';
    const text = `${prefix}${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const [line, column, message] = onlyError(text);
    expect(line).toBe(1);
    expect(column).toBe(prefix.length + 64);
    expect(message).toContain('nested more than 64 levels deep');
  });

  it('rejects 10,000-deep objects and 100,000 unclosed brackets the same way', () => {
    expect(onlyError(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`)[2]).toContain('nested more than 64 levels deep');
    expect(onlyError('['.repeat(100_000))[2]).toContain('nested more than 64 levels deep');
  });

  it('accepts exactly 64 levels', () => {
    const r = parse(`${'['.repeat(64)}${']'.repeat(64)}`);
    expect(r.ok).toBe(true);
  });
});
