import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUXILIARY_LABELS } from '../../../src/core/scenario/auxiliaryLabels';
import { catalogSchema, DOSAGE_FORMS, SCHEDULES, type Product } from '../../../src/core/scenario/catalogSchema';

const raw: unknown = JSON.parse(readFileSync(new URL('../../../scenarios/catalog/products.json', import.meta.url), 'utf8'));
const parsed = catalogSchema.safeParse(raw);
const products: Product[] = parsed.success ? parsed.data.products : [];
const byId = new Map(products.map((p) => [p.id, p]));

/** The fixed auxiliary-label vocabulary (scenarios/catalog/README.md); label text must match exactly. */
const AUX_VOCABULARY = new Set<string>(AUXILIARY_LABELS);
const TRANSFER_CAUTION = 'Federal law prohibits transfer';

/** Federal schedules the catalog must get right (domain reference §3.1). */
const EXPECTED_SCHEDULES: Record<string, (typeof SCHEDULES)[number]> = {
  oxycodone: 'II',
  'oxycodone and acetaminophen': 'II',
  'hydrocodone and acetaminophen': 'II',
  methylphenidate: 'II',
  'dextroamphetamine and amphetamine': 'II',
  'acetaminophen and codeine': 'III',
  'buprenorphine and naloxone': 'III',
  alprazolam: 'IV',
  lorazepam: 'IV',
  clonazepam: 'IV',
  zolpidem: 'IV',
  tramadol: 'IV',
  pregabalin: 'V',
};

/** Single ingredients of a generic name, split the way the interaction rule reads them. */
function ingredients(generic: string): string[] {
  return generic
    .toLowerCase()
    .split(/\s*(?:\/|\+|,|-|\band\b|\bwith\b)\s*/)
    .filter((n) => n !== '');
}

/** True when an interaction's `with` names this product's generic, one of its ingredients, or a class tag. */
function targets(tag: string, p: Product): boolean {
  return tag === p.generic || ingredients(p.generic).includes(tag) || p.classes.includes(tag);
}

describe('drug catalog (scenarios/catalog/products.json)', () => {
  it('parses with catalogSchema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('holds at least 70 products with unique ids', () => {
    expect(products.length).toBeGreaterThanOrEqual(70);
    expect(byId.size).toBe(products.length);
  });

  it('gives every product a unique, hyphenated 10-digit NDC', () => {
    const ndcs = products.map((p) => p.ndc);
    expect(new Set(ndcs).size).toBe(ndcs.length);
    for (const p of products) {
      expect(p.ndc, p.id).toMatch(/^(\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d)$/);
      expect(p.ndc.replace(/-/g, ''), p.id).toHaveLength(10);
    }
  });

  it('uses every dosage form at least once', () => {
    const forms = new Set(products.map((p) => p.form));
    expect(DOSAGE_FORMS.filter((f) => !forms.has(f))).toEqual([]);
  });

  it('declares look-alikes that exist, are not the product itself, and point both ways', () => {
    for (const p of products) {
      for (const other of p.lookAlikes) {
        expect(other, `${p.id} → ${other}`).not.toBe(p.id);
        const o = byId.get(other);
        expect(o, `${p.id} names unknown look-alike ${other}`).toBeDefined();
        expect(o?.lookAlikes, `${other} does not point back to ${p.id}`).toContain(p.id);
      }
    }
  });

  it('gives the two products of every look-alike pair different NDCs', () => {
    for (const p of products) {
      for (const other of p.lookAlikes) {
        const o = byId.get(other)!;
        expect(o.ndc, `${p.id} / ${other}`).not.toBe(p.ndc);
      }
    }
  });

  it('names an existing class tag or generic in every interaction', () => {
    for (const p of products) {
      for (const i of p.interactions) {
        const hit = products.some((o) => o.id !== p.id && targets(i.with, o));
        expect(hit, `${p.id} interacts with "${i.with}", which no product carries`).toBe(true);
      }
    }
  });

  it('writes every interaction on both sides with the same severity', () => {
    for (const a of products) {
      for (const i of a.interactions) {
        for (const b of products.filter((o) => o.generic !== a.generic && targets(i.with, o))) {
          const back = b.interactions.filter((j) => targets(j.with, a)).map((j) => j.severity);
          expect(back, `${b.id} does not declare its ${i.severity} interaction with ${a.id}`).toContain(i.severity);
        }
      }
    }
  });

  it('schedules every controlled product in II–V, with the federal schedule for the usual ones', () => {
    for (const p of products) {
      if (p.schedule !== null) expect(SCHEDULES, p.id).toContain(p.schedule);
      const expected = EXPECTED_SCHEDULES[p.generic];
      if (expected !== undefined) expect(p.schedule, p.id).toBe(expected);
    }
    const present = new Set(products.map((p) => p.generic));
    expect(Object.keys(EXPECTED_SCHEDULES).filter((g) => !present.has(g))).toEqual([]);
  });

  it('uses only the fixed auxiliary-label vocabulary, with the transfer caution on exactly C-II to C-IV and alcohol with drowsiness', () => {
    for (const p of products) {
      for (const label of p.auxiliaryLabels) expect(AUX_VOCABULARY.has(label), `${p.id}: "${label}"`).toBe(true);
      const needsCaution = p.schedule === 'II' || p.schedule === 'III' || p.schedule === 'IV';
      expect(p.auxiliaryLabels.includes(TRANSFER_CAUTION), p.id).toBe(needsCaution);
      if (p.auxiliaryLabels.includes('May cause drowsiness')) expect(p.auxiliaryLabels, p.id).toContain('Avoid alcohol');
    }
  });

  it('gives an in-use life to insulin and to nothing else', () => {
    for (const p of products) {
      const insulin = p.form === 'insulin-vial' || p.form === 'insulin-pen';
      expect(p.inUseDays !== undefined, p.id).toBe(insulin);
      if (insulin) expect(p.dispenseUnit, p.id).toBe('unit');
    }
  });

  it('keeps tall-man spellings equal to the generic apart from letter case', () => {
    for (const p of products) if (p.tallMan !== undefined) expect(p.tallMan.toLowerCase(), p.id).toBe(p.generic);
  });
});
