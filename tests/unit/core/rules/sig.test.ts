import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSigError, parseSig, type ParsedSig } from '../../../../src/core/rules/sig';
import { renderSig, renderSigProblem } from '../../../../src/core/wording';

/** Parses and fails the test with the reader's own message if the sig was not understood. */
function read(text: string, defaultUnit?: ParsedSig['unit']): ParsedSig {
  const result = parseSig(text, { defaultUnit });
  if (isSigError(result)) throw new Error(`"${text}" did not parse: ${renderSigProblem(result.error, 'en')}`);
  return result;
}

/** The label sentence the English catalogue writes from a parsed sig. */
const label = (sig: ParsedSig): string => renderSig(sig, 'en');

describe('parseSig: worked label sentences', () => {
  it.each([
    ['1 tab po bid pc', 'Take 1 tablet by mouth twice daily after meals'],
    ['1 gtt ou qhs', 'Instill 1 drop in both eyes at bedtime'],
    ['2 puffs inh q4-6h prn wheezing', 'Inhale 2 puffs by mouth every 4 to 6 hours as needed for wheezing'],
    ['aaa bid', 'Apply a thin layer topically to the affected area twice daily'],
    ['10 units subq qhs', 'Inject 10 units under the skin at bedtime'],
    ['i-ii tabs po q4-6h prn pain', 'Take 1 to 2 tablets by mouth every 4 to 6 hours as needed for pain'],
    ['1 tsp po tid x10d', 'Take 5 mL (1 teaspoonful) by mouth three times daily for 10 days'],
    ['1 tab po qd', 'Take 1 tablet by mouth daily'],
    ['1 supp pr q6h prn n/v', 'Insert 1 suppository rectally every 6 hours as needed for nausea and vomiting'],
    ['2 sprays each nostril daily', 'Use 2 sprays in each nostril daily'],
    ['gtts ii au tid x 7d', 'Instill 2 drops in both ears three times daily for 7 days'],
    ['1 tab sl prn chest pain', 'Dissolve 1 tablet under the tongue as needed for chest pain'],
    ['1 patch to skin q72h', 'Apply 1 patch to the skin every 72 hours'],
    ['1 vial via nebulizer q6h', 'Inhale the contents of 1 vial via nebulizer every 6 hours'],
    ['1 tab po tid ac and hs', 'Take 1 tablet by mouth three times daily before meals and at bedtime'],
    ['1 tab po qam and qhs', 'Take 1 tablet by mouth every morning and at bedtime'],
    ['1/2 tab po daily', 'Take 1/2 tablet by mouth daily'],
    ['1 1/2 tabs po bid', 'Take 1 1/2 tablets by mouth twice daily'],
    ['1 tab po three times daily with food for infection', 'Take 1 tablet by mouth three times daily with food for infection'],
    ['1 tab ud', 'Take 1 tablet as directed'],
  ])('%s → %s', (sig, text) => {
    expect(label(read(sig))).toBe(text);
  });

  it('never writes an abbreviation into the label', () => {
    for (const sig of ['1 tab po qd', '1 tab po q.o.d.', '10 u sc hs', 'gtt i od bid', 'ss tab po hs', '2 gtt au qid']) {
      expect(label(read(sig))).not.toMatch(/\b(qd|qod|u|sc|hs|od|os|ou|au|ss|po|gtt)\b/i);
    }
  });
});

describe('parseSig: frequency (most doses a day)', () => {
  it.each([
    ['1 tab po bid', 2],
    ['1 tab po tid', 3],
    ['1 tab po qid', 4],
    ['1 tab po qd', 1],
    ['1 tab po daily', 1],
    ['1 tab po qam', 1],
    ['1 tab po qpm', 1],
    ['1 tab po qhs', 1],
    ['1 tab po hs', 1],
    ['1 tab po q4h', 6],
    ['1 tab po q6h', 4],
    ['1 tab po q8h', 3],
    ['1 tab po q12h', 2],
    ['1 tab po q4-6h', 6],
    ['1 tab po q6-8h', 4],
    ['1 tab po every 4 to 6 hours', 6],
    ['1 tab po q 6 h', 4],
    ['1 tab po qod', 0.5],
    ['1 tab po twice a day', 2],
    ['1 tab po three times daily', 3],
    ['1 tab po once daily', 1],
    ['1 tab po 5 times daily', 5],
    ['1 tab po 2x/day', 2],
    ['1 tab po qid and hs', 5],
    ['1 tab po bid and hs', 3],
    ['1 tab po q.i.d. & h.s.', 5],
    ['1 tab po daily at bedtime', 1],
    ['1 tab po twice daily in the morning and evening', 2],
    ['1 tab po every 3 days', 1 / 3],
    ['1 patch q72h', 1 / 3],
  ])('%s → %d', (sig, perDay) => {
    expect(read(sig).timesPerDay).toBeCloseTo(perDay, 10);
  });

  it.each(['weekly', 'once a week', 'q week', 'once weekly', 'every week'])('"%s" is once every 7 days', (words) => {
    expect(read(`6 tabs po ${words}`).timesPerDay).toBeCloseTo(1 / 7, 10);
  });

  it('reads "qid and hs" as four daytime doses plus one at bedtime', () => {
    const sig = read('1 tab po qid and hs');
    expect(sig).toMatchObject({ timesPerDay: 5, frequency: { kind: 'timesDaily', n: 4 }, additive: ['bedtime'] });
    expect(label(sig)).toBe('Take 1 tablet by mouth four times daily and at bedtime');
  });
});

describe('parseSig: doses and units', () => {
  it('reads Roman numerals before or after the unit', () => {
    expect(read('ii tabs po bid')).toMatchObject({ dose: 2, unit: 'tablet' });
    expect(read('gtt ii os qid')).toMatchObject({ dose: 2, unit: 'drop', site: 'left-eye' });
    expect(read('tab iv po daily')).toMatchObject({ dose: 4, unit: 'tablet' });
    expect(read('i po bid', 'capsule')).toMatchObject({ dose: 1, unit: 'capsule' });
  });

  it('reads ranges written three ways', () => {
    for (const sig of ['1-2 tabs po q6h', '1 to 2 tabs po q6h', 'i-ii tabs po q6h', '1 or 2 tabs po q6h']) {
      expect(read(sig)).toMatchObject({ dose: 1, doseMax: 2 });
    }
  });

  it('reads halves as 0.5, with "ss" flagged', () => {
    expect(read('1/2 tab po bid').dose).toBe(0.5);
    expect(read('half a tablet po bid').dose).toBe(0.5);
    const ss = read('ss tab po hs');
    expect(ss.dose).toBe(0.5);
    expect(ss.flags).toContain('error-prone-abbreviation');
    expect(read('tab i ss po bid').dose).toBe(1.5);
    expect(read('i ss tabs po bid').dose).toBe(1.5);
  });

  it('converts household measures to mL', () => {
    expect(read('1 tsp po tid')).toMatchObject({ dose: 5, unit: 'mL' });
    expect(read('1 tbsp po daily')).toMatchObject({ dose: 15, unit: 'mL' });
    expect(read('1/2 tsp po bid')).toMatchObject({ dose: 2.5, unit: 'mL', household: { name: 'teaspoonful', dose: 0.5 } });
    expect(label(read('1/2 tsp po bid'))).toBe('Take 2.5 mL (1/2 teaspoonful) by mouth twice daily');
    expect(read('1-2 tsp po q6h prn cough')).toMatchObject({ dose: 5, doseMax: 10 });
    expect(read('2.5 mL po q8h')).toMatchObject({ dose: 2.5, unit: 'mL', timesPerDay: 3 });
    expect(read('2.5ml po q8h').dose).toBe(2.5);
  });

  it('takes the unit from the route or the caller when none is written, and says so', () => {
    expect(read('1 po bid')).toMatchObject({ unit: 'tablet', unitInferred: true });
    expect(read('1 po bid', 'capsule')).toMatchObject({ unit: 'capsule', unitInferred: true });
    expect(read('1 ou qhs', 'mL')).toMatchObject({ unit: 'drop' });
    expect(read('1 tab po bid').unitInferred).toBeUndefined();
  });

  it('keeps the first dose and unit and lists a bracketed strength as ignored', () => {
    expect(read('1 tab (500 mg) po bid')).toMatchObject({ dose: 1, unit: 'tablet', ignored: ['500', 'mg'] });
  });
});

describe('parseSig: routes and sites', () => {
  it.each([
    ['1 tab po daily', 'oral', undefined],
    ['1 tab p.o. daily', 'oral', undefined],
    ['1 tab sl prn', 'sublingual', undefined],
    ['1 supp pr daily', 'rectal', undefined],
    ['aaa bid', 'topical', 'affected-area'],
    ['apply top bid', 'topical', undefined],
    ['2 puffs inh bid', 'inhalation', undefined],
    ['10 units subcut daily', 'subcutaneous', undefined],
    ['1 gtt ou bid', 'ophthalmic', 'both-eyes'],
    ['1 gtt od bid', 'ophthalmic', 'right-eye'],
    ['1 gtt os bid', 'ophthalmic', 'left-eye'],
    ['2 gtt au bid', 'otic', 'both-ears'],
    ['2 gtt ad bid', 'otic', 'right-ear'],
    ['2 gtt as bid', 'otic', 'left-ear'],
    ['1 spray in each nostril daily', 'nasal', 'each-nostril'],
    ['1 gtt in the left eye bid', 'ophthalmic', 'left-eye'],
  ])('%s → %s / %s', (sig, route, site) => {
    const parsed = read(sig);
    expect(parsed.route).toBe(route);
    expect(parsed.site).toBe(site);
  });

  it('reads "od" on a tablet sig as "once daily", flagged as a do-not-use abbreviation', () => {
    expect(read('1 tab po od')).toMatchObject({ timesPerDay: 1, route: 'oral' });
    expect(read('1 tab po od').flags).toContain('do-not-use-abbreviation');
  });
});

describe('parseSig: as needed, indication, duration', () => {
  it('reads prn and "as needed" with an indication', () => {
    expect(read('1 tab po q6h prn pain')).toMatchObject({ asNeeded: true, indication: 'pain' });
    expect(read('1 tab po qhs as needed for sleep')).toMatchObject({ asNeeded: true, indication: 'sleep' });
    expect(label(read('2 puffs q4h prn sob'))).toMatch(/as needed for shortness of breath$/);
    expect(read('1 tab po q6h prn headache or fever').indication).toBe('headache or fever');
    expect(read('1 tab po bid').asNeeded).toBe(false);
  });

  it('reads an indication without prn', () => {
    expect(read('1 cap po tid for infection')).toMatchObject({ asNeeded: false, indication: 'infection' });
  });

  it('reads durations and the dose count they imply', () => {
    expect(read('1 cap po tid x7d')).toMatchObject({ durationDays: 7, totalDoses: 21 });
    expect(read('1 cap po bid x 10 days')).toMatchObject({ durationDays: 10, totalDoses: 20 });
    expect(read('1 cap po q6h for 7 days')).toMatchObject({ durationDays: 7, totalDoses: 28 });
    expect(read('1 cap po daily for 2 weeks').durationDays).toBe(14);
    expect(read('1 cap po daily').totalDoses).toBeUndefined();
  });

  it('reads meal and clock qualifiers', () => {
    expect(read('1 tab po bid ac').timing).toEqual(['before-meals']);
    expect(read('1 tab po daily with food').timing).toEqual(['with-food']);
    expect(label(read('1 tab po daily with food'))).toBe('Take 1 tablet by mouth daily with food');
    expect(label(read('1 tab po hs'))).toContain('at bedtime');
  });
});

describe('parseSig: flags', () => {
  it.each([
    ['1 tab po qd', 'do-not-use-abbreviation'],
    ['1 tab po qod', 'do-not-use-abbreviation'],
    ['10 u subq qhs', 'do-not-use-abbreviation'],
    ['10 iu subq daily', 'do-not-use-abbreviation'],
    ['1.0 mg po daily', 'do-not-use-abbreviation'],
    ['.5 mL po bid', 'do-not-use-abbreviation'],
    ['1 tab ud', 'as-directed'],
    ['1 tab po utd', 'as-directed'],
    ['1 tab as directed', 'as-directed'],
    ['ss tab po daily', 'error-prone-abbreviation'],
    ['1 tab po hs', 'error-prone-abbreviation'],
    ['1 gtt ou bid', 'error-prone-abbreviation'],
    ['2 gtt au bid', 'error-prone-abbreviation'],
    ['10 units sc daily', 'error-prone-abbreviation'],
    ['1 tab po qid & hs', 'error-prone-abbreviation'],
  ])('%s → %s', (sig, flag) => {
    expect(read(sig).flags).toContain(flag);
  });

  it('raises no flags on clean, written-out directions', () => {
    expect(read('Take 1 tablet by mouth twice daily').flags).toEqual([]);
    expect(read('1 drop in both eyes at bedtime').flags).toEqual([]);
    expect(read('2.5 mL by mouth every 8 hours').flags).toEqual([]);
  });

  it('parses "as directed" with a dose but gives no frequency', () => {
    expect(read('1 tab ud').timesPerDay).toBeUndefined();
  });
});

describe('parseSig: multi-step and errors', () => {
  it('reads only the first step of a taper and marks it', () => {
    const taper = read('2 tabs po daily x3d then 1 tab daily x3d');
    expect(taper).toMatchObject({ dose: 2, timesPerDay: 1, durationDays: 3, multiStep: true });
  });

  it.each([
    ['', /Type the directions/],
    ['   ', /Type the directions/],
    ['take some', /No dose or frequency/],
    ['bid', /No dose found/],
    ['take as directed', /as directed/],
    ['1', /No unit found/],
    ['1 capful po daily', /"capful" is not a dose unit/],
    ['0 tabs po bid', /greater than zero/],
  ])('"%s" returns a plain error', (sig, message) => {
    const result = parseSig(sig);
    expect(isSigError(result)).toBe(true);
    expect(isSigError(result) && renderSigProblem(result.error, 'en')).toMatch(message);
  });

  it('never throws on any input, including every prefix of a sig typed key by key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const r = parseSig(s);
        expect(isSigError(r) ? renderSigProblem(r.error, 'en') : label(r)).not.toBe('');
      }),
      { numRuns: 500 },
    );
    const typed = 'Take i-ii tabs p.o. q4-6h prn pain x 5 days; 1 gtt OU q.h.s. & 1/2 tsp tid ac';
    for (let i = 0; i <= typed.length; i += 1) expect(() => parseSig(typed.slice(0, i))).not.toThrow();
    const notText = parseSig(null as unknown as string);
    expect(notText).toEqual({ error: { code: 'notText', params: {} } });
    expect(isSigError(notText) && renderSigProblem(notText.error, 'en')).toBe('The directions must be text.');
    expect(isSigError(parseSig('1 tab po bid '.repeat(60)))).toBe(true);
  });

  it('stays fast enough to run on every keystroke', () => {
    const start = performance.now();
    for (let i = 0; i < 500; i += 1) parseSig('i-ii tabs po q4-6h prn pain x 5 days with food');
    expect((performance.now() - start) / 500).toBeLessThan(2);
  });
});

describe('parseSig: administration times named one by one', () => {
  it.each([
    ['1 tab po with breakfast, lunch, dinner and at bedtime', 4, 'Take 1 tablet by mouth with breakfast, lunch, dinner and at bedtime'],
    ['1 tab po with breakfast, lunch and dinner', 3, 'Take 1 tablet by mouth with breakfast, lunch and dinner'],
    ['1 cap po before breakfast and dinner', 2, 'Take 1 capsule by mouth before breakfast and dinner'],
    ['1 tab po bid with breakfast and dinner', 2, 'Take 1 tablet by mouth twice daily with breakfast and dinner'],
    ['1 tab po qam with breakfast', 1, 'Take 1 tablet by mouth every morning with breakfast'],
  ])('%s → %i a day, every time kept on the label', (sig, perDay, sentence) => {
    const parsed = read(sig);
    expect(parsed.timesPerDay).toBe(perDay);
    expect(label(parsed)).toBe(sentence);
  });
});
