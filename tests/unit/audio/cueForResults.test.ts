import { describe, expect, it } from 'vitest';
import { cueForResults } from '../../../src/audio/cueForResults';
import type { Result } from '../../../src/core/engine/results';

const result = (code: string, outcome: Result['outcome']): Result => ({
  code,
  outcome,
  step: 'selection',
  skill: 'accuracy',
  points: 0,
  maxPoints: 0,
  detail: '',
  actionIndex: 0,
});

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
