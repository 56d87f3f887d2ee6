import { describe, expect, it } from 'vitest';
import { packBests, unpackBests } from '../../../../src/platform/lms/compactBests';

describe('bests packed for suspend data', () => {
  it('brings back every best on a shipped scenario, to a tenth of a point, in seven characters each', () => {
    const bests = { 'fill-lisinopril-refill-day': 100, 'calm-morning': 87.5, 'claim-75-prior-authorization': 0 };
    const packed = packBests(bests);
    expect(packed.s.length).toBe(3 * 7);
    expect(packed.x).toEqual({});
    expect(unpackBests(packed)).toEqual(bests);
  });

  it("keeps a best on an instructor's own file under its full id", () => {
    const packed = packBests({ 'my-own-case': 91, 'fill-lisinopril-refill-day': 80 });
    expect(packed.x).toEqual({ 'my-own-case': 91 });
    expect(unpackBests(packed)).toEqual({ 'my-own-case': 91, 'fill-lisinopril-refill-day': 80 });
  });

  it('drops a best on a file that no longer ships, and ignores a torn tail', () => {
    const packed = packBests({ 'fill-lisinopril-refill-day': 95 });
    expect(unpackBests({ s: `zzzzz1e${packed.s}abc`, x: {} })).toEqual({ 'fill-lisinopril-refill-day': 95 });
  });
});
