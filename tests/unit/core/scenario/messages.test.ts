import { describe, expect, it } from 'vitest';
import { loadCatalogText, loadEncounterText, loadShiftText } from '../../../../src/core/scenario/load';
import type { Problem } from '../../../../src/core/scenario/problems';
import { fixture, minimalEncounter, testCatalog } from './helpers';

const catalog = testCatalog();

/** Errors for the minimal encounter after `change`, as "path: message". */
function errorsAfter(change: (e: Record<string, any>) => void): string[] {
  const e = minimalEncounter();
  change(e);
  const r = loadEncounterText(JSON.stringify(e, null, 2), 'x.json', catalog);
  return r.ok ? [] : r.errors.map((p: Problem) => `${p.path}: ${p.message}`);
}

describe('schema messages in plain English', () => {
  it('wrong types say what was expected and what was written', () => {
    expect(errorsAfter((e) => (e.prescriptions[0].refills = '5'))).toEqual([
      'prescriptions[0].refills: expected a number, got "5" — remove the quotes: numbers are written without them',
    ]);
    expect(errorsAfter((e) => (e.prescriptions[0].refills = 2.5))).toEqual(['prescriptions[0].refills: expected a whole number, got 2.5']);
    expect(errorsAfter((e) => (e.shelf = 'lisinopril-10-tab'))).toEqual(['shelf: expected a list ([ … ]), got "lisinopril-10-tab"']);
    expect(errorsAfter((e) => (e.patient = []))).toEqual(['patient: expected an object ({ … }), got an empty list']);
    expect(errorsAfter((e) => (e.prescriptions[0].signed = 'yes'))).toEqual(['prescriptions[0].signed: expected true or false, got "yes"']);
    expect(errorsAfter((e) => (e.patient.insurance = 'cash'))).toEqual([
      'patient.insurance: expected an object ({ … }) or null, got "cash"',
    ]);
  });

  it('enums list the choices and suggest a near miss', () => {
    expect(errorsAfter((e) => (e.type = 'Fill'))).toEqual([
      'type: must be one of: fill, catch, handoff, mistake, claim, receive — got "Fill" — did you mean "fill"?',
    ]);
    expect(errorsAfter((e) => (e.intent = { findings: [{ code: 'LASA' }] }))[0]).toContain(
      'intent.findings[0].code: must be one of: RX_INCOMPLETE',
    );
  });

  it('dates: the layout, and real calendar days', () => {
    expect(errorsAfter((e) => (e.patient.dateOfBirth = '1961-7-2'))).toEqual([
      'patient.dateOfBirth: must be a date written YYYY-MM-DD, e.g. 2026-03-14 — got "1961-7-2"',
    ]);
    expect(errorsAfter((e) => (e.prescriptions[0].dateWritten = '2026-02-30'))).toEqual([
      'prescriptions[0].dateWritten: is not a real calendar date — got "2026-02-30": check the month (01–12) and the day',
    ]);
  });

  it('numbers out of range, empty text, empty lists', () => {
    expect(errorsAfter((e) => (e.prescriptions[0].quantity = 0))).toEqual(['prescriptions[0].quantity: must be more than 0 — got 0']);
    expect(errorsAfter((e) => (e.prescriptions[0].refills = -1))).toEqual(['prescriptions[0].refills: must be at least 0 — got -1']);
    expect(errorsAfter((e) => (e.prescriptions[0].daw = 12))).toEqual(['prescriptions[0].daw: must be at most 9 — got 12']);
    expect(errorsAfter((e) => (e.title = ''))).toEqual(['title: must not be empty: write something between the quotes']);
    // Only a delivery has no prescriptions: the loader says so, past the schema.
    expect(errorsAfter((e) => (e.prescriptions = []))).toEqual([
      'prescriptions: an encounter needs at least one prescription; only a delivery (type "receive") has none',
    ]);
  });

  it('ids (slugs), colours, unknown fields', () => {
    expect(errorsAfter((e) => (e.id = 'Lisinopril Fill'))).toEqual([
      'id: must be an id of lower-case letters, digits and single hyphens, e.g. "amoxicillin-500-cap" — got "Lisinopril Fill" — try "lisinopril-fill"',
    ]);
    expect(errorsAfter((e) => (e.patient.appearance = { shirtColour: 'blue' }))).toEqual([
      'patient.appearance.shirtColour: must be a colour written # and six hex digits (#rrggbb), e.g. "#4f7cac" — got "blue"',
    ]);
    expect(errorsAfter((e) => (e.patient.favouriteColour = 'blue'))[0]).toMatch(
      /^patient\.favouriteColour: unknown field "favouriteColour" — the fields allowed here are: firstName, lastName, /,
    );
    expect(errorsAfter((e) => (e.intent = { teachingNotes: { intak: 'x' } }))).toEqual([
      'intent.teachingNotes.intak: unknown field "intak" — did you mean "intake"?',
    ]);
  });

  it('missing fields name what every such object needs', () => {
    expect(errorsAfter((e) => delete e.prescriptions[0].prescriber.credentials)).toEqual([
      'prescriptions[0].prescriber.credentials: is missing: every prescriber needs a credentials (one of: MD, DO, NP, PA, DDS, DMD, DPM, OD, DVM)',
    ]);
    expect(errorsAfter((e) => delete e.patient)).toEqual([
      'patient: is missing: every encounter needs "patient": { … } (the patient\'s profile in the pharmacy system)',
    ]);
    expect(errorsAfter((e) => delete e.today)).toEqual(['today: is missing: every encounter needs a today, e.g. "2026-03-14"']);
  });

  it('points a missing field at its object and an unknown field at its key', () => {
    const e = minimalEncounter();
    delete e.prescriptions[0].sig;
    e.prescriptions[0].colour = 'red';
    const r = loadEncounterText(JSON.stringify(e, null, 2), 'x.json', catalog);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = JSON.stringify(e, null, 2).split('\n');
    const objectLine = text.findIndex((l) => l.includes('"id": "rx1"'));
    const keyLine = text.findIndex((l) => l.includes('"colour"'));
    expect(r.errors.map((p) => [p.path, p.line, p.column])).toEqual([
      ['prescriptions[0].sig', objectLine, 5],
      ['prescriptions[0].colour', keyLine + 1, 7],
    ]);
  });

  it('catalog: bad NDC layout, duplicate ids, unknown look-alikes', () => {
    const cat = JSON.parse(fixture('valid/test-catalog.json'));
    cat.products[0].ndc = '00000111101';
    cat.products[2].id = 'hydroxyzine-hcl-25-tab';
    let r = loadCatalogText(JSON.stringify(cat, null, 2), 'c.json');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((p) => `${p.path}: ${p.message}`)).toEqual([
        'products[0].ndc: must be an NDC with hyphens in a 4-4-2, 5-3-2, 5-4-1 or 5-4-2 layout, e.g. "0093-3109-01" — got "00000111101"',
      ]);
    cat.products[0].ndc = '0000-1111-01';
    r = loadCatalogText(JSON.stringify(cat, null, 2), 'c.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((p) => `${p.path}: ${p.message}`)).toEqual([
        'products[1].lookAlikes[0]: no product "hydralazine-25-tab" in the catalog',
        'products[2].id: the product id "hydroxyzine-hcl-25-tab" is already used by products[1]: each product needs its own id',
        'products[2].lookAlikes[0]: a product cannot be its own look-alike',
      ]);
    }
  });

  it('shift: time of day and the list of encounters', () => {
    const r = loadShiftText(JSON.stringify({ kind: 'shift', id: 'monday', title: 'Monday', startsAt: '9am', encounters: [] }), 's.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((p) => `${p.path}: ${p.message}`)).toEqual([
        'startsAt: must be a time written HH:MM on the 24-hour clock, e.g. "09:00" or "14:30" — got "9am"',
        'encounters: needs at least 1 item — the list is empty',
      ]);
    }
  });

  it('caps a flood of problems at 50 plus one summary line', () => {
    const e = minimalEncounter();
    e.shelf = Array.from({ length: 200 }, () => 7);
    const r = loadEncounterText(JSON.stringify(e), 'x.json', catalog);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(51);
    expect(r.errors[50]!.message).toBe('… and 150 more problems: fix the ones above first');
  });

  it('stays fast and capped for floods of unknown ids and unknown fields', () => {
    const e = minimalEncounter();
    e.shelf = Array.from({ length: 40_000 }, (_, i) => `drug-${i}`);
    let start = performance.now();
    let r = loadEncounterText(JSON.stringify(e), 'x.json', catalog);
    expect(performance.now() - start).toBeLessThan(4000);
    expect(!r.ok && r.errors.at(-1)!.message).toBe('… and 39950 more problems: fix the ones above first');
    e.shelf = ['lisinopril-10-tab'];
    e.patient = { ...e.patient, ...Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`field${i}`, 1])) };
    start = performance.now();
    r = loadEncounterText(JSON.stringify(e), 'x.json', catalog);
    expect(performance.now() - start).toBeLessThan(4000);
    expect(!r.ok && r.errors).toHaveLength(51);
  });
});
