import { describe, expect, it } from 'vitest';
import { loadEncounterText } from '../../../../src/core/scenario/load';
import { formatProblem } from '../../../../src/core/scenario/problems';
import { minimalEncounter, testCatalog } from './helpers';

const catalog = testCatalog();

/** Errors for the minimal encounter (today is 2026-03-14, the patient born 1961-07-02) after `change`. */
function errorsAfter(change: (e: Record<string, any>) => void): string[] {
  const e = minimalEncounter();
  change(e);
  const r = loadEncounterText(JSON.stringify(e, null, 2), 'x.json', catalog);
  return r.ok ? [] : r.errors.map((p) => `${p.path}: ${p.message}`);
}

const fill = (date: string, daysSupply = 30, quantity = 30) => ({ product: 'lisinopril-10-tab', date, quantity, daysSupply });

describe('values the schema allows but that cannot be true', () => {
  it('a prescription written after today', () => {
    expect(errorsAfter((e) => (e.prescriptions[0].dateWritten = '2026-03-15'))).toEqual([
      'prescriptions[0].dateWritten: the prescription is written on 2026-03-15, after the scenario\'s today (2026-03-14): that cannot have happened yet — check the year, or move "today"',
    ]);
  });

  it('a past fill dated after today, or before the patient was born', () => {
    expect(errorsAfter((e) => (e.patient.fillHistory = [fill('2026-02-01'), fill('2027-02-01')]))).toEqual([
      'patient.fillHistory[1].date: this past fill is dated 2027-02-01, after the scenario\'s today (2026-03-14): that cannot have happened yet — check the year, or move "today"',
    ]);
    expect(errorsAfter((e) => (e.patient.fillHistory = [fill('1951-02-01')]))).toEqual([
      'patient.fillHistory[0].date: this past fill is dated 1951-02-01, before the patient was born (patient.dateOfBirth is 1961-07-02) — check the year',
    ]);
  });

  it('a patient, a person at the window or a written birth date after today (a negative age)', () => {
    const future = errorsAfter((e) => {
      e.patient.dateOfBirth = '2030-01-01';
      e.prescriptions[0].dateWritten = '2026-03-10';
    });
    expect(future).toEqual([
      'patient.dateOfBirth: the patient is born on 2030-01-01, after the scenario\'s today (2026-03-14): that cannot have happened yet — check the year, or move "today"',
      'prescriptions[0].dateWritten: the prescription is written on 2026-03-10, before the patient was born (patient.dateOfBirth is 2030-01-01) — check the year',
    ]);
    expect(errorsAfter((e) => (e.presenter = { name: 'Ana Lopez', dateOfBirth: '2026-12-01' }))[0]).toMatch(
      /^presenter\.dateOfBirth: the person at the window is born on 2026-12-01, after the scenario's today/,
    );
    expect(errorsAfter((e) => (e.prescriptions[0].patientDateOfBirth = '2061-07-02'))[0]).toMatch(
      /^prescriptions\[0\]\.patientDateOfBirth: the prescription gives a birth date of 2061-07-02, after the scenario's today/,
    );
    expect(errorsAfter((e) => (e.patient.medications = [{ product: 'lisinopril-10-tab', since: '2026-04-01' }]))[0]).toMatch(
      /^patient\.medications\[0\]\.since: this medication is taken since 2026-04-01, after the scenario's today/,
    );
  });

  it('more refills used than authorised', () => {
    expect(errorsAfter((e) => Object.assign(e.prescriptions[0], { request: 'refill', refills: 2, refillsUsed: 3 }))).toEqual([
      'prescriptions[0].refillsUsed: 3 refills used, but the prescription authorises only 2: no more refills can be used than were written',
    ]);
  });

  it("quantities, days' supplies and refills past what a pharmacy system records", () => {
    expect(errorsAfter((e) => (e.prescriptions[0].quantity = 10_000_000))).toEqual([
      'prescriptions[0].quantity: a quantity of 10000000 is more than any pharmacy system can record (at most 9,999,999) — check for a typo',
    ]);
    expect(errorsAfter((e) => (e.prescriptions[0].refills = 100))).toEqual([
      'prescriptions[0].refills: a refill count of 100 is more than any pharmacy system can record (at most 99) — check for a typo',
    ]);
    expect(errorsAfter((e) => (e.patient.fillHistory = [fill('2026-02-01', 1000, 1e21)]))).toEqual([
      'patient.fillHistory[0].quantity: a quantity of 1e+21 is more than any pharmacy system can record (at most 9,999,999) — check for a typo',
      "patient.fillHistory[0].daysSupply: a days' supply of 1000 is more than any pharmacy system can record (at most 999) — check for a typo",
    ]);
  });

  it('zero and negative counts are refused by the schema, naming the field', () => {
    expect(errorsAfter((e) => (e.prescriptions[0].quantity = -5))).toEqual(['prescriptions[0].quantity: must be more than 0 — got -5']);
    expect(errorsAfter((e) => (e.patient.fillHistory = [fill('2026-02-01', 0)]))).toEqual([
      'patient.fillHistory[0].daysSupply: must be more than 0 — got 0',
    ]);
    expect(errorsAfter((e) => (e.patient.fillHistory = [fill('2026-02-01', 30, 0)]))).toEqual([
      'patient.fillHistory[0].quantity: must be more than 0 — got 0',
    ]);
    expect(errorsAfter((e) => (e.prescriptions[0].refillsUsed = -1))).toEqual([
      'prescriptions[0].refillsUsed: must be at least 0 — got -1',
    ]);
  });

  it('years outside 1900–2199 get one message about the year', () => {
    expect(errorsAfter((e) => (e.today = '0001-01-01'))).toEqual([
      'today: the year must be between 1900 and 2199 — got "0001-01-01": check the year',
    ]);
    expect(errorsAfter((e) => (e.patient.dateOfBirth = '1899-12-31'))).toEqual([
      'patient.dateOfBirth: the year must be between 1900 and 2199 — got "1899-12-31": check the year',
    ]);
    expect(errorsAfter((e) => (e.today = '2200-02-30'))).toEqual([
      'today: the year must be between 1900 and 2199 — got "2200-02-30": check the year',
    ]);
  });

  it('accepts the limits themselves: written today, every refill used, the largest recordable values', () => {
    expect(
      errorsAfter((e) => {
        Object.assign(e.prescriptions[0], {
          dateWritten: '2026-03-14',
          request: 'refill',
          refills: 99,
          refillsUsed: 99,
          quantity: 9_999_999,
        });
        e.patient.dateOfBirth = '1900-01-01';
        e.patient.fillHistory = [fill('2026-03-14', 999, 9_999_999)];
      }),
    ).toEqual([]);
  });

  it('places each problem at the value, as file:line:column', () => {
    const e = minimalEncounter();
    e.prescriptions[0].dateWritten = '2027-03-10';
    const text = JSON.stringify(e, null, 2);
    const r = loadEncounterText(text, 'scenarios/encounters/x.json', catalog);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"dateWritten"')) + 1;
    const column = lines[line - 1]!.indexOf('"2027-03-10"') + 1;
    expect(formatProblem(r.errors[0]!)).toMatch(
      new RegExp(`^scenarios/encounters/x\\.json:${line}:${column} prescriptions\\[0\\]\\.dateWritten: `),
    );
  });
});
