import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../src/core/findings/codes';
import { findings } from '../../../src/core/findings/index';
import { loadCatalogText, loadEncounterText } from '../../../src/core/scenario/load';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOC = readFileSync(resolve(ROOT, 'docs/finding-codes.md'), 'utf8').replace(/\r\n/g, '\n');
const catalog = loadCatalogText(readFileSync(resolve(ROOT, 'scenarios/catalog/products.json'), 'utf8'), 'scenarios/catalog/products.json');

/** A clean encounter the fragments are laid over: nothing for the rules to find. */
const BASE = {
  kind: 'encounter',
  id: 'fragment-base',
  title: 'Fragment base',
  type: 'fill',
  today: '2026-03-16',
  patient: {
    firstName: 'Maria',
    lastName: 'Delgado',
    dateOfBirth: '1958-07-22',
    address: '27 Birch Lane, Springfield, IL 62704',
    allergies: [],
  },
  prescriptions: [
    {
      id: 'rx1',
      channel: 'electronic',
      patientName: 'Maria Delgado',
      patientDateOfBirth: '1958-07-22',
      patientAddress: '27 Birch Lane, Springfield, IL 62704',
      prescriber: { firstName: 'Priya', lastName: 'Natarajan', credentials: 'MD', address: '410 Lakeside Drive, Springfield, IL 62704' },
      dateWritten: '2026-03-13',
      product: 'amlodipine-5-tab',
      drugAsWritten: 'Amlodipine 5 mg tablet',
      quantity: 30,
      sig: '1 tab po daily',
      refills: 5,
    },
  ],
  dialogue: { dropOff: [], pickUp: [] },
  shelf: ['amlodipine-5-tab'],
};

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fragment laid over the base: objects merge, lists of objects merge item by item, anything else is replaced. */
function overlay(base: Json, fragment: Json): Json {
  if (isObject(base) && isObject(fragment)) {
    const out: Record<string, Json> = { ...base };
    for (const [k, v] of Object.entries(fragment)) out[k] = k in base ? overlay(base[k], v) : v;
    return out;
  }
  if (Array.isArray(base) && Array.isArray(fragment) && fragment.every(isObject)) {
    return fragment.map((item, i) => (i < base.length ? overlay(base[i], item) : item));
  }
  return fragment;
}

/** The ```json blocks in one code's section of the page. */
function fragmentsOf(code: string): string[] {
  const start = DOC.search(new RegExp(`^## ${code}\\s*$`, 'm'));
  if (start < 0) return [];
  const rest = DOC.slice(start + 1);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('the JSON fragments in docs/finding-codes.md', () => {
  it('start from a base the rules find nothing in', () => {
    if (!catalog.ok) throw new Error('the catalog does not load');
    const loaded = loadEncounterText(JSON.stringify(BASE), 'base', catalog.value);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
    expect(findings(loaded.value)).toEqual([]);
  });

  it.each([...FINDING_CODES])('plant exactly %s', (code) => {
    if (!catalog.ok) throw new Error('the catalog does not load');
    const blocks = fragmentsOf(code);
    expect(blocks.length, `the ${code} section needs a JSON fragment`).toBeGreaterThan(0);
    for (const block of blocks) {
      const encounter = overlay(BASE, JSON.parse(block));
      const loaded = loadEncounterText(JSON.stringify(encounter, null, 2), `${code} fragment`, catalog.value);
      if (!loaded.ok) throw new Error(`${code} fragment does not load: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
      expect(findings(loaded.value).map((f) => f.code), `${code} fragment:\n${block}`).toEqual([code]);
    }
  });
});
