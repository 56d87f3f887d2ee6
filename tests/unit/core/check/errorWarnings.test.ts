import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../../src/core/check/checkScenario';
import { loadCatalogText, loadShiftText } from '../../../../src/core/scenario/load';
import { formatProblem } from '../../../../src/core/scenario/problems';

const ROOT = resolve(import.meta.dirname, '../../../..');
const catalog = loadCatalogText(readFileSync(resolve(ROOT, 'scenarios/catalog/products.json'), 'utf8'), 'products.json');
const shipped = JSON.parse(readFileSync(resolve(ROOT, 'scenarios/encounters/mistake-noticed-after-handout.json'), 'utf8')) as {
  errorDiscovered: Record<string, unknown>;
} & Record<string, unknown>;

/** The shipped after-hand-out mistake with some of its errorDiscovered facts changed, checked under its own name. */
function check(facts: Record<string, unknown>, top: Record<string, unknown> = {}) {
  if (!catalog.ok) throw new Error('the catalog does not load');
  const text = JSON.stringify({ ...shipped, ...top, errorDiscovered: { ...shipped.errorDiscovered, ...facts } }, null, 2);
  const r = checkScenario(text, 'mistake-noticed-after-handout.json', catalog.value);
  return { errors: r.errors.map((p) => formatProblem(p)), warnings: r.warnings.map((p) => formatProblem(p)) };
}

describe('the checker on an error to own', () => {
  it('passes the shipped file with no warnings', () => {
    expect(check({})).toEqual({ errors: [], warnings: [] });
  });

  it('warns, at the field, when the harm category and "reachedPatient" disagree', () => {
    expect(check({ harmCategory: 'B' }).warnings).toEqual([
      expect.stringMatching(
        /^mistake-noticed-after-handout\.json:\d+:\d+ errorDiscovered\.harmCategory: category B means the error did not reach the patient, but "reachedPatient" is true/,
      ),
    ]);
    expect(check({ reachedPatient: false, taken: false }).warnings).toEqual([
      expect.stringMatching(
        /^mistake-noticed-after-handout\.json:\d+:\d+ errorDiscovered\.harmCategory: category C means the error reached the patient/,
      ),
    ]);
  });

  it('warns when only blame is listed, and when the "wrong" strength is the one prescribed', () => {
    const w = check({ contributingFactors: ['careless'], dispensed: 'amlodipine-5-tab' }).warnings;
    expect(w).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/errorDiscovered\.contributingFactors: list at least one factor that is not blame/),
        expect.stringMatching(/errorDiscovered\.dispensed: "amlodipine-5-tab" is the product prescribed on rx1/),
      ]),
    );
  });

  it('refuses an unknown product or prescription id, with a suggestion', () => {
    expect(check({ dispensed: 'amlodipine-10-tabs', rx: 'rx2' }).errors).toEqual([
      expect.stringMatching(
        /^mistake-noticed-after-handout\.json:\d+:\d+ errorDiscovered\.rx: no prescription with id "rx2" in this file — did you mean "rx1"\?/,
      ),
      expect.stringMatching(
        /^mistake-noticed-after-handout\.json:\d+:\d+ errorDiscovered\.dispensed: no product "amlodipine-10-tabs" in the catalog — did you mean "amlodipine-10-tab"\?/,
      ),
    ]);
  });

  it('warns when the type and errorDiscovered are out of step', () => {
    expect(check({}, { type: 'fill' }).warnings).toEqual([
      expect.stringMatching(/mistake-noticed-after-handout\.json:\d+:\d+ type: .*its type should be "mistake", not "fill"/),
    ]);
  });
});

describe('a shift entry that discovers an error', () => {
  const shift = (discovers: string, at = 20) =>
    JSON.stringify(
      {
        kind: 'shift',
        id: 'x',
        title: 'X',
        encounters: [
          { file: '../encounters/fill-lisinopril-refill-day.json', arrivesAfterMinutes: 0 },
          { file: '../encounters/mistake-colleague-found-ortega.json', arrivesAfterMinutes: at, discoversErrorIn: discovers },
        ],
      },
      null,
      2,
    );

  it('accepts an earlier encounter of the shift', () => {
    expect(loadShiftText(shift('fill-lisinopril-refill-day'), 's.json').ok).toBe(true);
  });

  it('refuses an id that is not earlier in the shift, at the field', () => {
    const r = loadShiftText(shift('fill-lisinopril'), 's.json');
    expect(r.ok ? [] : r.errors.map((p) => formatProblem(p))).toEqual([
      's.json:13:27 encounters[1].discoversErrorIn: no encounter "fill-lisinopril" earlier in this shift — the earlier encounters are: fill-lisinopril-refill-day',
    ]);
    const self = loadShiftText(shift('mistake-colleague-found-ortega'), 's.json');
    expect(self.ok ? [] : self.errors.map((p) => formatProblem(p))).toEqual([
      expect.stringMatching(/does not arrive before this entry: an error comes to light only after the fill it is about/),
    ]);
  });
});
