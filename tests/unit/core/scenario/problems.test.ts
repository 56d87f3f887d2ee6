import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, sortProblems, type Problem } from '../../../../src/core/scenario/problems';
import { positionFinder } from '../../../../src/core/scenario/textPosition';

describe('problems', () => {
  it('formats a problem as file:line:column path: message', () => {
    const p: Problem = {
      file: 'scenarios/x.json',
      line: 7,
      column: 42,
      path: 'prescriptions[0].quantity',
      message: 'expected a number, got "thirty"',
      severity: 'error',
    };
    expect(formatProblem(p)).toBe('scenarios/x.json:7:42 prescriptions[0].quantity: expected a number, got "thirty"');
  });

  it('writes paths the way authors read them', () => {
    expect(formatPath([])).toBe('(file)');
    expect(formatPath(['prescriptions', 0, 'quantity'])).toBe('prescriptions[0].quantity');
    expect(formatPath(['intent', 'findings', 2, 'rx'])).toBe('intent.findings[2].rx');
    expect(formatPath(['$schema'])).toBe('$schema');
    expect(formatPath(['patient', 'first name'])).toBe('patient["first name"]');
    expect(formatPath([3])).toBe('[3]');
  });

  it('sorts problems by line then column, keeping ties in order', () => {
    const at = (line: number, column: number, message: string): Problem => ({
      file: 'f',
      line,
      column,
      path: 'p',
      message,
      severity: 'error',
    });
    expect(sortProblems([at(3, 1, 'c'), at(1, 5, 'b'), at(1, 2, 'a'), at(1, 2, 'a2')]).map((p) => p.message)).toEqual([
      'a',
      'a2',
      'b',
      'c',
    ]);
  });

  it('finds 1-based lines and columns for \\n, \\r\\n and \\r line breaks', () => {
    const pos = positionFinder('ab\ncd\r\nef\rgh');
    expect(pos(0)).toEqual({ line: 1, column: 1 });
    expect(pos(4)).toEqual({ line: 2, column: 2 });
    expect(pos(7)).toEqual({ line: 3, column: 1 });
    expect(pos(10)).toEqual({ line: 4, column: 1 });
    expect(pos(999)).toEqual({ line: 4, column: 3 });
  });
});
