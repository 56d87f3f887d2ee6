import { describe, expect, it } from 'vitest';
import { cueForOutcome } from '../../../src/audio/cueForOutcome';

describe('cueForOutcome', () => {
  it('maps each outcome to its cue', () => {
    expect(cueForOutcome('good')).toBe('step-done');
    expect(cueForOutcome('mistake')).toBe('mistake');
    expect(cueForOutcome('critical')).toBe('mistake');
    expect(cueForOutcome('info')).toBeNull();
  });
});
