import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAllergy } from '../../../src/core/rules/allergy';
import { interactionBetween } from '../../../src/core/rules/interaction';
import { loadCatalogText } from '../../../src/core/scenario/load';
import type { ResolvedEncounter } from '../../../src/core/scenario/resolve';
import {
  buildCatalogReference,
  CATALOG_PATH,
  CATALOG_REFERENCE_PATH,
  catalogReferenceMarkdown,
  type InteractionRow,
} from '../../../tools/generate-catalog-reference';

const ROOT = resolve(import.meta.dirname, '../../..');

function committed(): string {
  try {
    return readFileSync(resolve(ROOT, CATALOG_REFERENCE_PATH), 'utf8').replace(/\r\n/g, '\n');
  } catch {
    return '(missing)';
  }
}

const loaded = loadCatalogText(readFileSync(resolve(ROOT, CATALOG_PATH), 'utf8'), CATALOG_PATH);
if (!loaded.ok) throw new Error('the catalog does not load');
const products = [...loaded.value.products.values()];
const byId = loaded.value.products;
const reference = buildCatalogReference(products);
const markdown = catalogReferenceMarkdown(reference);

const labels = (side: InteractionRow['a']): string[] => side.names.map((n) => n.label);
const rowWith = (a: string, b: string): InteractionRow | undefined =>
  reference.interactions.find((r) => labels(r.a).includes(a) && labels(r.b).includes(b));

describe('docs/catalog-reference.md', () => {
  it('matches what the generator produces from the catalog now', () => {
    expect(committed() === markdown, `${CATALOG_REFERENCE_PATH} differs from ${CATALOG_PATH}: run npm run docs`).toBe(true);
  });

  it('lists every product once, under its dosage form', () => {
    for (const p of products) {
      const rows = markdown.split('\n').filter((line) => line.startsWith(`| \`${p.id}\` |`));
      expect(rows.length, p.id).toBeGreaterThanOrEqual(1);
    }
    expect(markdown).toMatch(/^\| `hydroxyzine-hcl-25-tab` \| hydrOXYzine hydrochloride 25 mg \| Atarax \|/m);
    expect(markdown).toContain('### Eye drops');
  });

  it('shows warfarin ↔ the nsaid class, with the products on each side', () => {
    const row = rowWith('warfarin', 'nsaid');
    expect(row).toMatchObject({ severity: 'major', effect: 'bleeding' });
    expect(row!.a.ids).toEqual(expect.arrayContaining(['warfarin-5-tab']));
    expect(row!.b.ids).toEqual(expect.arrayContaining(['ibuprofen-800-tab', 'naproxen-500-tab']));
    expect(markdown).toMatch(/^\| `warfarin` \| [^|]*`warfarin-5-tab`[^|]* \| `nsaid` \(class\) \| [^|]*`ibuprofen-800-tab`[^|]* \| major \| bleeding \| yes \|$/m);
  });

  it('shows each interaction pair once, and only pairs the rules really find, at their worst severity', () => {
    const covered = new Map<string, InteractionRow['severity']>();
    for (const row of reference.interactions) {
      for (const a of row.a.ids) {
        for (const b of row.b.ids) {
          const found = interactionBetween(byId.get(a)!, byId.get(b)!);
          expect(found, `${a} ↔ ${b} is listed, but the rules find no interaction`).toBeDefined();
          const key = [a, b].sort().join(' ↔ ');
          expect(covered.has(key), `${key} is listed twice`).toBe(false);
          covered.set(key, row.severity);
        }
      }
    }
    for (const a of products) {
      for (const b of products) {
        if (a.id >= b.id || a.generic === b.generic) continue;
        const found = interactionBetween(a, b);
        if (found === undefined) continue;
        expect(covered.get(`${a.id} ↔ ${b.id}`), `${a.id} ↔ ${b.id} interact but are not listed`).toBe(found.severity);
      }
    }
  });

  it('lists every look-alike pair, hydroxyzine ↔ hydralazine among them', () => {
    const pairs = new Set(reference.lookAlikes.map((r) => `${r.a} ${r.b}`));
    for (const p of products) {
      for (const other of p.lookAlikes) expect(pairs.has(`${p.id} ${other}`) || pairs.has(`${other} ${p.id}`), `${p.id} ~ ${other}`).toBe(true);
    }
    expect(markdown).toMatch(/^\| `hydralazine-25-tab` \| hydrALAZINE 25 mg \(Apresoline\) \| `hydroxyzine-hcl-25-tab` \| hydrOXYzine hydrochloride 25 mg \(Atarax\) \|$/m);
  });

  it('lists allergy classes whose words and products the allergy rule agrees with', () => {
    const penicillin = reference.allergies.find((r) => r.name === 'penicillin');
    expect(penicillin?.words).toEqual(expect.arrayContaining(['penicillin', 'pcn']));
    expect(penicillin?.members).toContain('amoxicillin-500-cap');
    expect(penicillin?.cross).toContain('cephalexin-500-cap');
    // Every listed word, written as the patient's allergy, is found in every member and cross-sensitive product.
    for (const row of reference.allergies) {
      for (const word of row.words) {
        for (const id of [...row.members, ...row.cross]) {
          const scenario = {
            patient: { allergies: [{ substance: word, reaction: 'rash' }] },
            products: byId,
          } as unknown as ResolvedEncounter;
          const found = checkAllergy(scenario, { id: 'rx1', product: id } as ResolvedEncounter['prescriptions'][number]);
          expect(found.map((f) => f.code), `"${word}" on ${id}`).toEqual(['ALLERGY']);
        }
      }
    }
  });
});
