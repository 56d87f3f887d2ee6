import { describe, expect, it } from 'vitest';
import { dayOf } from '../../../../src/core';
import { localStamp } from '../../../../src/platform/progress/localStamp';

describe('the local time stamp', () => {
  it('is ISO 8601 with this machine’s offset, naming the same instant and the local day', () => {
    const ms = Date.UTC(2026, 11, 3, 4, 30, 15);
    const stamp = localStamp(ms);
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Date.parse(stamp)).toBe(ms);
    const local = new Date(ms);
    expect(dayOf(stamp)).toBe(
      `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`,
    );
  });
});
