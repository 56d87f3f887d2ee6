/**
 * Writes docs/catalog-reference.md: the drug catalog, scenarios/catalog/products.json, in tables an
 * instructor can read without opening the JSON. Run: npm run docs
 *
 * - every product, grouped by dosage form;
 * - every interaction, as pairs of "this drug or class ↔ that drug or class", with the catalog ids on
 *   each side that trigger it (matched exactly as src/core/rules/interaction.ts matches `with`);
 * - every look-alike pair;
 * - every allergy class, with the words the allergy rule reads as that class, its products and the
 *   products with a cross-sensitivity to it.
 *
 * Everything is read from the catalog and from the rules' own code, so the page cannot drift from
 * what the game does; tests/unit/docs/catalogReference.test.ts fails when the committed page is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ALLERGY_SYNONYMS, allergyTerms } from '../src/core/rules/allergy';
import { ingredients } from '../src/core/rules/productNames';
import { DOSAGE_FORMS, SEVERITIES, type DosageForm, type Product } from '../src/core/scenario/catalogSchema';
import { loadCatalogText } from '../src/core/scenario/load';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the page is written, from the repository root. */
export const CATALOG_REFERENCE_PATH = 'docs/catalog-reference.md';

/** The catalog it is generated from, from the repository root. */
export const CATALOG_PATH = 'scenarios/catalog/products.json';

type Severity = (typeof SEVERITIES)[number];

/** Headings for the dosage forms, in the order the page lists them. Typed as a Record so none is forgotten. */
const FORM_HEADINGS: Record<DosageForm, string> = {
  tablet: 'Tablets',
  'tablet-er': 'Extended-release tablets',
  capsule: 'Capsules',
  'capsule-er': 'Extended-release capsules',
  'oral-solution': 'Oral solutions',
  'oral-suspension': 'Oral suspensions',
  'ophthalmic-solution': 'Eye drops',
  'otic-solution': 'Ear drops',
  'nasal-spray': 'Nasal sprays',
  inhaler: 'Inhalers',
  'insulin-vial': 'Insulin vials',
  'insulin-pen': 'Insulin pens',
  cream: 'Creams',
  ointment: 'Ointments',
  patch: 'Patches',
  suppository: 'Suppositories',
};

/** A drug name or class tag, as an interaction's `with` writes it. */
export interface InteractionName {
  label: string;
  /** True when the label is a class tag (from products' `classes`), false for a drug name. */
  isClass: boolean;
}

/** One side of an interaction: how the other side's `with` names it, and the catalog ids it covers. */
export interface InteractionSide {
  /** The names or class tags (or the generic names, when no product names this side). */
  names: InteractionName[];
  ids: string[];
}

/** One interaction row: every id on side A interacts with every id on side B. */
export interface InteractionRow {
  a: InteractionSide;
  b: InteractionSide;
  severity: Severity;
  effect: string;
}

/** One look-alike pair of products. */
export interface LookAlikeRow {
  a: string;
  b: string;
}

/** One allergy class. */
export interface AllergyRow {
  name: string;
  /** Words in `patient.allergies` that the allergy rule reads as this class (besides member drug names). */
  words: string[];
  /** Products in the class (`allergyClasses`). */
  members: string[];
  /** Products with a cross-sensitivity to the class (`crossSensitivity`). */
  cross: string[];
}

export interface CatalogReference {
  products: readonly Product[];
  interactions: InteractionRow[];
  lookAlikes: LookAlikeRow[];
  allergies: AllergyRow[];
}

/** True when an interaction's `with` names this product: its generic, an ingredient, or a class tag (as the rule does). */
export function tagTargets(tag: string, p: Product): boolean {
  const t = tag.trim().toLowerCase();
  return t === p.generic.toLowerCase() || ingredients(p.generic).includes(t) || p.classes.includes(t);
}

/** How feedback and the shelf name a product: tall-man spelling when it has one, and the strength. */
export function productName(p: Product): string {
  return `${p.tallMan ?? p.generic} ${p.strength}`;
}

const byText = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort(byText);

/** Declarations of one interaction grouped by what they say: the tag, severity and effect. */
interface Declared {
  tag: string;
  severity: Severity;
  effect: string;
  /** Products that declare it. */
  by: Set<string>;
  /** Products its tag names (other than the declarer's own generic). */
  hits: Set<string>;
}

function declarations(products: readonly Product[]): Declared[] {
  const groups = new Map<string, Declared>();
  for (const p of products) {
    for (const i of p.interactions) {
      const tag = i.with.trim().toLowerCase();
      const key = `${tag}\u0000${i.severity}\u0000${i.effect}`;
      const g = groups.get(key) ?? { tag, severity: i.severity, effect: i.effect, by: new Set<string>(), hits: new Set<string>() };
      g.by.add(p.id);
      for (const q of products) if (q.generic !== p.generic && tagTargets(tag, q)) g.hits.add(q.id);
      groups.set(key, g);
    }
  }
  return [...groups.values()];
}

const intersect = (a: Set<string>, b: Set<string>): string[] => [...a].filter((x) => b.has(x));

/**
 * Every interaction as rows. A product's declaration ("with: nsaid") is paired with the declaration on
 * the other side that names it back ("with: warfarin", same severity and effect); each side of the row
 * holds the products that declare one and are named by the other, so every product on one side really
 * interacts with every product on the other. A declaration nobody names back (the catalog test forbids
 * it, but a row is better than silence) gets a row of its own. Rows that share one side, severity and
 * effect are then merged (lithium ↔ ibuprofen, naproxen, …).
 */
function interactionRows(products: readonly Product[]): InteractionRow[] {
  const classTags = new Set(products.flatMap((p) => p.classes));
  const name = (label: string): InteractionName => ({ label, isClass: classTags.has(label) });
  const decl = declarations(products);
  const rows: InteractionRow[] = [];
  const seen = new Set<string>();
  for (const g of decl) {
    let mirrored = false;
    for (const m of decl) {
      if (m === g || m.severity !== g.severity || m.effect !== g.effect) continue;
      const aIds = intersect(g.by, m.hits);
      const bIds = intersect(g.hits, m.by);
      if (aIds.length === 0 || bIds.length === 0) continue;
      mirrored = true;
      const key = [m.tag, g.tag].sort().join('\u0000') + `\u0000${g.severity}\u0000${g.effect}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({
        a: { names: [name(m.tag)], ids: sorted(aIds) },
        b: { names: [name(g.tag)], ids: sorted(bIds) },
        severity: g.severity,
        effect: g.effect,
      });
    }
    if (!mirrored) {
      const generics = sorted(products.filter((p) => g.by.has(p.id)).map((p) => p.generic));
      rows.push({
        a: { names: generics.map((label) => ({ label, isClass: false })), ids: sorted(g.by) },
        b: { names: [name(g.tag)], ids: sorted(g.hits) },
        severity: g.severity,
        effect: g.effect,
      });
    }
  }
  const first = (s: InteractionSide): string => s.names[0]?.label ?? '';
  return merged(rows)
    .map(orient)
    .sort(
      (x, y) =>
        byText(first(x.a), first(y.a)) || byText(first(x.b), first(y.b)) || SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity),
    );
}

const sideKey = (s: InteractionSide): string => `${s.names.map((n) => n.label).join(',')}\u0000${s.ids.join(',')}`;

/** Rows that share one side (the same names and ids), severity and effect, merged into one; largest group first. */
function merged(input: InteractionRow[]): InteractionRow[] {
  let rows = [...input];
  for (;;) {
    const groups = new Map<string, { shared: InteractionSide; others: InteractionSide[]; rows: InteractionRow[] }>();
    for (const row of rows) {
      for (const [shared, other] of [
        [row.a, row.b],
        [row.b, row.a],
      ] as const) {
        const key = `${sideKey(shared)}\u0000${row.severity}\u0000${row.effect}`;
        const g = groups.get(key) ?? { shared, others: [], rows: [] };
        g.others.push(other);
        g.rows.push(row);
        groups.set(key, g);
      }
    }
    const best = [...groups.entries()]
      .filter(([, g]) => g.rows.length > 1)
      .sort(([ka, a], [kb, b]) => b.rows.length - a.rows.length || byText(ka, kb))[0]?.[1];
    if (best === undefined) return rows;
    const names = new Map(best.others.flatMap((o) => o.names).map((n) => [n.label, n]));
    const row: InteractionRow = {
      a: best.shared,
      b: { names: [...names.values()].sort((x, y) => byText(x.label, y.label)), ids: sorted(best.others.flatMap((o) => o.ids)) },
      severity: best.rows[0]!.severity,
      effect: best.rows[0]!.effect,
    };
    rows = [...rows.filter((r) => !best.rows.includes(r)), row];
  }
}

/** The side with fewer names first, then fewer products (warfarin ↔ nsaid, lithium ↔ ibuprofen, …); then alphabetical. */
function orient(row: InteractionRow): InteractionRow {
  const size = (s: InteractionSide): [number, number] => [s.names.length, s.ids.length];
  const [an, ai] = size(row.a);
  const [bn, bi] = size(row.b);
  const swap = bn < an || (bn === an && (bi < ai || (bi === ai && byText(row.b.names[0]?.label ?? '', row.a.names[0]?.label ?? '') < 0)));
  return swap ? { ...row, a: row.b, b: row.a } : row;
}

function lookAlikeRows(products: readonly Product[]): LookAlikeRow[] {
  const ids = new Set(products.map((p) => p.id));
  const pairs = new Map<string, LookAlikeRow>();
  for (const p of products) {
    for (const other of p.lookAlikes) {
      if (!ids.has(other) || other === p.id) continue;
      const [a, b] = [p.id, other].sort(byText) as [string, string];
      pairs.set(`${a}\u0000${b}`, { a, b });
    }
  }
  return [...pairs.values()].sort((x, y) => byText(x.a, y.a) || byText(x.b, y.b));
}

function allergyRows(products: readonly Product[]): AllergyRow[] {
  const names = sorted(products.flatMap((p) => [...p.allergyClasses, ...p.crossSensitivity]));
  return names.map((name) => {
    // The class written in words, and every word the allergy rule has a meaning for; kept when the rule reads it as this class.
    const candidates = [name.replace(/-/g, ' '), ...Object.keys(ALLERGY_SYNONYMS)];
    return {
      name,
      words: [...new Set(candidates)].filter((word) => allergyTerms(word, products).has(name)),
      members: sorted(products.filter((p) => p.allergyClasses.includes(name)).map((p) => p.id)),
      cross: sorted(products.filter((p) => p.crossSensitivity.includes(name)).map((p) => p.id)),
    };
  });
}

/** The products of a catalog file, with the loader's defaults filled in; throws when the catalog does not load. */
export function loadProducts(root = ROOT): Product[] {
  const loaded = loadCatalogText(readFileSync(join(root, CATALOG_PATH), 'utf8'), CATALOG_PATH);
  if (!loaded.ok) throw new Error(`${CATALOG_PATH} does not load: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return [...loaded.value.products.values()];
}

/** Everything the page shows, from a list of products. */
export function buildCatalogReference(products: readonly Product[] = loadProducts()): CatalogReference {
  return {
    products: [...products].sort((a, b) => byText(a.id, b.id)),
    interactions: interactionRows(products),
    lookAlikes: lookAlikeRows(products),
    allergies: allergyRows(products),
  };
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join(
    '\n',
  );
}

const code = (text: string): string => `\`${text}\``;
const codes = (ids: readonly string[]): string => (ids.length === 0 ? '—' : ids.map(code).join(', '));

const UNIT_WORDS: Record<Product['dispenseUnit'], [string, string]> = {
  tablet: ['tablet', 'tablets'],
  capsule: ['capsule', 'capsules'],
  mL: ['mL', 'mL'],
  g: ['g', 'g'],
  puff: ['puff', 'puffs'],
  drop: ['drop', 'drops'],
  unit: ['unit', 'units'],
  each: ['each', 'each'],
};

/** "100 tablets", "150 mL", "4 patches", "1500 units (300 a container)". */
function packageText(p: Product): string {
  const n = p.packageSize;
  let unit = UNIT_WORDS[p.dispenseUnit][n === 1 ? 0 : 1];
  if (p.dispenseUnit === 'each')
    unit =
      p.form === 'patch'
        ? n === 1
          ? 'patch'
          : 'patches'
        : p.form === 'suppository'
          ? n === 1
            ? 'suppository'
            : 'suppositories'
          : 'each';
  const container = p.containerSize !== undefined ? ` (${p.containerSize} a container)` : '';
  return `${n} ${unit}${container}`;
}

function productTables(products: readonly Product[]): string[] {
  const out: string[] = [];
  for (const form of DOSAGE_FORMS) {
    const list = products.filter((p) => p.form === form);
    if (list.length === 0) continue;
    out.push(
      `### ${FORM_HEADINGS[form]}`,
      table(
        ['Id', 'Name and strength', 'Brand', 'NDC', 'Package', 'Schedule', 'Auxiliary labels'],
        list.map((p) => [
          code(p.id),
          productName(p),
          p.brand ?? '—',
          `${p.ndc}${p.ndcIllustrative ? '' : ' (checked)'}`,
          packageText(p),
          p.schedule === null ? '—' : `C-${p.schedule}`,
          p.auxiliaryLabels.length === 0 ? '—' : p.auxiliaryLabels.join('; '),
        ]),
      ),
    );
  }
  return out;
}

const sideText = (s: InteractionSide): string => s.names.map((n) => (n.isClass ? `${code(n.label)} (class)` : code(n.label))).join(', ');

/** The full text of docs/catalog-reference.md. */
export function catalogReferenceMarkdown(reference: CatalogReference = buildCatalogReference()): string {
  const byId = new Map(reference.products.map((p) => [p.id, p]));
  const nameOf = (id: string): string => {
    const p = byId.get(id);
    if (p === undefined) return id;
    return p.brand === undefined ? productName(p) : `${productName(p)} (${p.brand})`;
  };
  const parts = [
    '# Drug catalog reference',
    `<!-- Generated by tools/generate-catalog-reference.ts from ${CATALOG_PATH}. Do not edit by hand: run npm run docs. -->`,
    `Everything in the drug catalog, \`${CATALOG_PATH}\`, in plain tables: the ${reference.products.length} products, the interactions, the look-alikes and the allergy classes. Use it to choose products for a scenario and to plant a problem without reading the JSON. The page is made from the catalog itself, so it always matches what the rules use. How to write a scenario is in [the authoring guide](authoring.md); what each finding code needs is in [finding-codes.md](finding-codes.md).`,
    '**Contents:** [Products](#products) · [Interactions](#interactions) · [Look-alikes](#look-alikes) · [Allergy classes](#allergy-classes)',
    '## Products',
    [
      'Every product, grouped by dosage form. Write the **Id** in `prescriptions[].product`, `shelf`, `patient.medications` and `patient.fillHistory`.',
      '',
      '- **Name and strength** is how the game names the product, with tall-man letters where the catalog gives them (hydrOXYzine).',
      '- **NDC**: most are made up. Those marked "(checked)" were checked against a public listing of that exact package.',
      "- **Package** is what one stock package holds, in the unit the quantity is counted in. Eye and ear drops, inhalers, nasal sprays, insulin, creams, ointments, reconstituted suspensions and dose packs are dispensed as whole packages, so a prescription's quantity for them should be a multiple of the package size.",
      '- **Schedule**: C-II to C-V for a controlled substance, — for the rest. A controlled prescription needs a DEA number and both addresses.',
      '- **Auxiliary labels** are the labels a correct fill carries.',
    ].join('\n'),
    ...productTables(reference.products),
    '## Interactions',
    [
      'Each row is one interaction: **every** product in the left column interacts with **every** product in the right column. To plant an [INTERACTION](finding-codes.md#interaction), put one product from one side in `patient.medications` and prescribe one from the other side (or prescribe both, in two prescriptions: then both prescriptions get the finding).',
      '',
      'How the rules match, exactly:',
      '',
      "- A product's interaction names the other drug in its `with`: a **drug name** (the other product's generic name, or one ingredient of a combination, so `sulfamethoxazole` matches \"sulfamethoxazole and trimethoprim\") or a **class** from the other product's `classes` (such as `nsaid`). The columns below show that word.",
      '- It counts whichever of the two products declares it, and only against `patient.medications` and the other prescriptions in the file, never against `patient.fillHistory`.',
      '- Two products with the same generic name are never checked against each other.',
      '- Every severity is a finding, moderate too. A student who misses a **major** or **contraindicated** interaction, so that it reaches the pharmacist, makes a critical error; missing a moderate one only costs points.',
    ].join('\n'),
    table(
      ['Drug or class', 'Catalog ids', 'Interacts with', 'Catalog ids', 'Severity', 'What can happen', 'Missing it is a critical error'],
      reference.interactions.map((r) => [
        sideText(r.a),
        codes(r.a.ids),
        sideText(r.b),
        codes(r.b.ids),
        r.severity,
        r.effect,
        r.severity === 'moderate' ? 'no' : 'yes',
      ]),
    ),
    '## Look-alikes',
    'Pairs of products that look or sound alike. When one of them is prescribed and the other sits within **two slots** of it on the `shelf` (right beside it, or with one bottle between), the rules report [LASA_RISK](finding-codes.md#lasa_risk). Put the partner three or more slots away when you do not want that.',
    table(
      ['Product', 'Name', 'Looks or sounds like', 'Name'],
      reference.lookAlikes.map((r) => [code(r.a), nameOf(r.a), code(r.b), nameOf(r.b)]),
    ),
    '## Allergy classes',
    [
      'An [ALLERGY](finding-codes.md#allergy) is found when the prescribed product is in the class of something in `patient.allergies`, or has a cross-sensitivity with it. Write the allergy the way a patient or a profile would:',
      '',
      '- one of the **words** in the table, for the whole class ("penicillin", "sulfa", "NSAIDs");',
      '- or the generic or brand name of any product in the class: an allergy to "amoxicillin" or "Amoxil" covers the whole penicillin class;',
      '- or the name of one drug, which matches that drug and any combination that contains it (a codeine allergy is found in acetaminophen and codeine).',
      '',
      'Capital letters, punctuation and words such as "allergy to" do not matter. A **cross-sensitivity** is still a finding, because only the pharmacist may judge it.',
    ].join('\n'),
    table(
      ['Class', 'Words that mean it', 'Products in the class', 'Products with a cross-sensitivity'],
      reference.allergies.map((r) => [
        code(r.name),
        r.words.length === 0 ? '—' : r.words.map((w) => `"${w}"`).join(', '),
        codes(r.members),
        codes(r.cross),
      ]),
    ),
  ];
  return `${parts.join('\n\n')}\n`;
}

/** Writes the page under `root`; returns the path written. */
export function writeCatalogReference(root = ROOT): string {
  const full = join(root, CATALOG_REFERENCE_PATH);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, catalogReferenceMarkdown(buildCatalogReference(loadProducts(root))));
  return CATALOG_REFERENCE_PATH;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.stdout.write(`wrote ${writeCatalogReference()}\n`);
  } catch (e) {
    process.stderr.write(`generate-catalog-reference: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
