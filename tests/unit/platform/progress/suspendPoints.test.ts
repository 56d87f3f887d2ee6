import { describe, expect, it } from 'vitest';
import { progressRecordSchema } from '../../../../src/core';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT } from '../../../../src/platform/lms/suspendData';
import { biggestRecord } from './bigRecord';

describe('points and badges in SCORM suspend data', () => {
  const points = biggestRecord();

  it('the biggest record is a valid record', () => {
    expect(progressRecordSchema.safeParse(points).success).toBe(true);
    expect(Object.keys(points.encounterBests).length).toBeGreaterThan(20);
  });

  it('fit within half the 4,096 characters on their own', () => {
    const { text, fit } = encodeSuspend({ progress: null, ledger: {}, points });
    expect(fit).toBe('all');
    expect(text.length).toBeLessThan(SUSPEND_LIMIT / 2);
    expect(decodeSuspend(text)?.points).toEqual(points);
  });

  it('are kept even when the limit leaves room for nothing else', () => {
    const payload = { progress: null, ledger: { a: [90, 1] as [number, 0 | 1] }, points };
    const { text } = encodeSuspend(payload, encodeSuspend(payload).text.length);
    expect(decodeSuspend(text)).toEqual(payload);
  });

  it('that do not read are dropped alone: the scores still come back', () => {
    const damaged = { ...points, caught: ['NOT_A_CODE'] } as unknown as typeof points;
    const { text } = encodeSuspend({ progress: null, ledger: { a: [90, 1] }, points: damaged });
    expect(decodeSuspend(text)).toEqual({ progress: null, ledger: { a: [90, 1] } });
  });
});
