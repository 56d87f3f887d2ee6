import { describe, expect, it } from 'vitest';
import { cueForResults } from '../../../src/audio/cueForResults';
import type { ResultCode } from '../../../src/core/engine/resultCodes';
import type { Result } from '../../../src/core/engine/results';

// The cue depends only on the code and outcome, so the params are left empty.
const result = (code: ResultCode, outcome: Result['outcome']): Result =>
  ({ code, params: {}, outcome, step: 'selection', skill: 'accuracy', points: 0, maxPoints: 0, actionIndex: 0 }) as Result;

describe('cueForResults', () => {
  it('plays the scanner beep that matches the scan', () => {
    expect(cueForResults([result('scan.match', 'good')])).toBe('scan-good');
    expect(cueForResults([result('scan.mismatch', 'mistake')])).toBe('scan-bad');
  });

  it('plays the printer when a label is printed, whatever its verdict', () => {
    expect(cueForResults([result('label.auxiliary.missing', 'mistake')])).toBe('printer');
  });

  it('lets a mistake win over good results from the same action', () => {
    expect(cueForResults([result('entry.product.ok', 'good'), result('entry.sig.wrong', 'mistake')])).toBe('mistake');
    expect(cueForResults([result('entry.product.ok', 'good')])).toBe('step-done');
  });

  it('stays silent for nothing, or for information only', () => {
    expect(cueForResults([])).toBeNull();
    expect(cueForResults([result('order.scanFirst', 'info')])).toBeNull();
  });
});
