import { describe, expect, it } from 'vitest';
import { normaliseSig } from '../../../../src/core/rules/sigNormalise';

const tokens = (s: string) => normaliseSig(s).tokens;

describe('normaliseSig', () => {
  it('closes up dotted abbreviations but keeps decimals', () => {
    expect(tokens('1 tab p.o. b.i.d.')).toEqual(['1', 'tab', 'po', 'bid']);
    expect(tokens('2.5 mL P.O. Q.D.')).toEqual(['2.5', 'ml', 'po', 'qd']);
  });

  it('folds interval and duration phrases into single tokens', () => {
    expect(tokens('every 4 to 6 hours')).toEqual(['q4-6h']);
    expect(tokens('q 6 hrs x 10 days')).toEqual(['q6h', 'xdur:10']);
    expect(tokens('for 2 weeks')).toEqual(['~dur:14']);
    expect(tokens('three times a day')).toEqual(['ntd:3']);
    expect(tokens('once a week')).toEqual(['ntw:1']);
  });

  it('folds written-out routes and sites', () => {
    expect(tokens('by mouth')).toEqual(['~po']);
    expect(tokens('into both eyes at bedtime')).toEqual(['~ou', '~hs']);
    expect(tokens('in each nostril')).toEqual(['~en']);
    expect(tokens('to the affected area')).toEqual(['~aaa']);
  });

  it('splits amounts typed against their unit and keeps ranges together', () => {
    expect(tokens('2tabs')).toEqual(['2', 'tabs']);
    expect(tokens('10u')).toEqual(['10', 'u']);
    expect(tokens('1 - 2 tabs')).toEqual(['1-2', 'tabs']);
    expect(tokens('i - ii')).toEqual(['i-ii']);
  });

  it('turns number words and halves into digits', () => {
    expect(tokens('take two tablets')).toEqual(['take', '2', 'tablets']);
    expect(tokens('one and a half tablets')).toEqual(['1', '1/2', 'tablets']);
  });

  it('flags zeros and symbols that only the raw text shows', () => {
    expect([...normaliseSig('1.0 mg').flags]).toEqual(['do-not-use-abbreviation']);
    expect([...normaliseSig('take .5 mL').flags]).toEqual(['do-not-use-abbreviation']);
    expect([...normaliseSig('qid & hs').flags]).toEqual(['error-prone-abbreviation']);
    expect([...normaliseSig('0.5 mg').flags]).toEqual([]);
  });
});
