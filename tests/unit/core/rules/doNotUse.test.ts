import { describe, expect, it } from 'vitest';
import { doNotUseIn, writeOutDoNotUse } from '../../../../src/core/rules/doNotUse';
import { isSigError, parseSig } from '../../../../src/core/rules/sig';

const items = (text: string) => doNotUseIn(text).map((u) => `${u.item}:${u.written}`);

describe('the Joint Commission "Do Not Use" list (domain reference §4.2)', () => {
  it('finds each item as written', () => {
    expect(items('1 tab po qd')).toEqual(['qd:qd']);
    expect(items('i po Q.D.')).toEqual(['qd:Q.D.']);
    expect(items('1 tab po qod')).toEqual(['qod:qod']);
    expect(items('10 U sc qhs')).toEqual(['u:U']);
    expect(items('10u sc')).toEqual(['u:u']);
    expect(items('1000 IU daily')).toEqual(['iu:IU']);
    expect(items('Levothyroxine .05 mg')).toEqual(['leadingZero:.05']);
    expect(items('Warfarin 1.0 mg')).toEqual(['trailingZero:1.0']);
    expect(items('MSO4 15 mg')).toEqual(['mso4:MSO4']);
    expect(items('MgSO4 1 g')).toEqual(['mgso4:MgSO4']);
    expect(items('MS 15 mg q4h')).toEqual(['ms:MS']);
  });

  it('leaves the safe forms alone', () => {
    for (const safe of [
      '1 tab po daily',
      '1 tab po qid',
      '10 units sc',
      'Levothyroxine 0.05 mg',
      'Warfarin 2.5 mg',
      'morphine sulfate 15 mg',
    ]) {
      expect(doNotUseIn(safe), safe).toEqual([]);
    }
  });

  it('writes a sig out with the same meaning and nothing left to flag', () => {
    for (const sig of ['1 tab po qd', '1 tab po qod', '10 U sc qhs', '.5 tab po qd']) {
      const out = writeOutDoNotUse(sig);
      expect(doNotUseIn(out), out).toEqual([]);
      const before = parseSig(sig);
      const after = parseSig(out);
      if (isSigError(before) || isSigError(after)) throw new Error(`${sig} or ${out} did not parse`);
      expect([after.timesPerDay, after.dose, after.unit]).toEqual([before.timesPerDay, before.dose, before.unit]);
    }
  });
});
