/**
 * Writes docs/scenario-reference.md: every field of an encounter file, a shift file, a catalog file
 * and a catalog product, with its path, type, whether it is required, its default, a description
 * and an example. Run: npm run docs
 *
 * Everything structural (which fields exist, their types, allowed values, ranges, formats, what is
 * required, defaults) is read from the JSON Schemas that src/core/scenario/jsonSchema.ts builds
 * from the zod schemas, so the page cannot drift from what the loader accepts. Descriptions and
 * examples come from the schema too; only where the schema has none does FIELD_NOTES below supply
 * one, and a note whose field no longer exists is reported (and fails tests/unit/docs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalogJsonSchema, scenarioJsonSchema } from '../src/core/scenario/jsonSchema';
import { isoDate, slug } from '../src/core/scenario/primitives';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the page is written, from the repository root. */
export const REFERENCE_PATH = 'docs/scenario-reference.md';

/** A JSON Schema node, as z.toJSONSchema produces it. */
type Schema = { [key: string]: unknown };

/** One documented field. */
export interface FieldRow {
  /** Where the field sits, e.g. `prescriptions[].prescriber.dea` (`[]` = every item of a list). */
  path: string;
  /** Plain-words type: text, number, whole number, true or false, list, object, one of …, formats. */
  type: string;
  /** Required in its parent object (when the parent is written at all). */
  required: boolean;
  /** The default as JSON, or null when there is none. */
  default: string | null;
  description: string;
  /** An example value as JSON; for an object or a list of objects without one, a pointer to its fields. */
  example: string;
}

/** One section of the page: a kind of file, or the product shape shared by the catalog and localProducts. */
export interface ReferenceSection {
  id: SectionId;
  heading: string;
  intro: string;
  rows: FieldRow[];
}

type SectionId = 'encounter' | 'shift' | 'catalog' | 'product';

/** A walk that uses no notes (for schemas other than TechShift's own, e.g. in tests). */
type WalkId = SectionId | 'plain';

/** A supplementary description and/or example for a field the schema leaves undocumented. */
interface FieldNote {
  description?: string;
  example?: unknown;
}

/**
 * Wording for fields whose schema carries no description or example, keyed "section:path".
 * `*` stands for any key of an object whose keys are fixed by the schema (the teaching-note steps).
 * The schema's own description always comes first; these only fill gaps.
 */
const FIELD_NOTES: Record<string, FieldNote> = {
  // Encounter file
  'encounter:$schema': {
    description: 'Tells editors where the file format is, so they can autocomplete and underline mistakes. Keep it as it is.',
    example: '../scenario.schema.json',
  },
  'encounter:kind': { description: 'Says that this file is one encounter (one patient at the counter).' },
  'encounter:id': { description: 'A unique id for this encounter. Use the file name without .json.', example: 'catch-zolpidem-bad-dea' },
  'encounter:title': {
    description: 'A short title, shown in the menu. Name what happens, not the answer.',
    example: 'A sleeping pill with a DEA number that does not add up',
  },
  'encounter:type': { example: 'catch' },
  'encounter:summary': { example: 'A regular customer brings in a paper prescription for zolpidem. Read the prescriber block carefully.' },
  'encounter:difficulty': { description: 'How hard the case is, shown in the menu.' },
  'encounter:estimatedMinutes': { description: 'About how many minutes a student needs.', example: 6 },
  'encounter:learningObjectives': {
    description: 'What the student practises, one sentence each. Two to four is plenty.',
    example: ['Check the DEA number on every controlled-substance prescription.'],
  },
  'encounter:parameters.ciiValidityDays': { example: 90 },
  'encounter:parameters': {
    description:
      'Rule values that state law or the payer sets. Leave it out, or write {}, to use every default. Set only what your case depends on.',
    example: { quantityInWordsRequired: true },
  },
  'encounter:patient.firstName': { description: "The patient's first name on the pharmacy profile.", example: 'Maria' },
  'encounter:patient.lastName': { description: "The patient's last name on the pharmacy profile.", example: 'Delgado' },
  'encounter:patient.dateOfBirth': { description: "The patient's date of birth: the second identifier.", example: '1958-07-22' },
  'encounter:patient.address': {
    description: "The patient's home address. Copy it into patientAddress on a controlled-substance prescription.",
  },
  'encounter:patient.phone': { description: 'A phone number. Use made-up 555-01xx numbers.', example: '(217) 555-0144' },
  'encounter:patient.allergies': { example: [{ substance: 'penicillin', reaction: 'hives' }] },
  'encounter:patient.medications': { example: [{ product: 'amlodipine-5-tab', since: '2024-01-08' }] },
  'encounter:patient.medications[].since': { description: 'When the patient started the medicine.', example: '2024-01-08' },
  'encounter:patient.fillHistory': { example: [{ product: 'amlodipine-5-tab', date: '2026-02-13', quantity: 30, daysSupply: 30 }] },
  'encounter:patient.fillHistory[].date': { description: 'The date of that fill.', example: '2026-02-13' },
  'encounter:patient.fillHistory[].quantity': {
    description: "The quantity dispensed that time, in the product's dispense unit.",
    example: 30,
  },
  'encounter:patient.fillHistory[].daysSupply': {
    description: "The days' supply of that fill. The refill-too-soon rule uses it.",
    example: 30,
  },
  'encounter:patient.insurance': { example: { plan: 'Example Health Plan', memberId: 'EXM000000044' } },
  'encounter:patient.appearance': { example: { height: 1.6, shirtColour: '#8e4a6b', skinTone: '#b07850', hairColour: '#2a1d17' } },
  'encounter:patient.insurance.plan': { description: 'The plan name.', example: 'Example Health Plan' },
  'encounter:patient.insurance.memberId': { description: 'The member id on the card.', example: 'EXM000000044' },
  'encounter:patient.insurance.group': { description: 'The group number on the card.', example: 'EXAMPLE' },
  'encounter:patient.insurance.bin': { description: 'The BIN on the card (routes the claim).', example: '000000' },
  'encounter:patient.insurance.pcn': { description: 'The PCN on the card.', example: 'EXRX' },
  'encounter:patient.appearance.shirtColour': { description: "The colour of the patient's shirt." },
  'encounter:patient.appearance.skinTone': { description: "The patient's skin tone." },
  'encounter:patient.appearance.hairColour': { description: "The patient's hair colour." },
  'encounter:prescriptions': { description: 'The prescriptions the patient hands in. At least one.' },
  'encounter:prescriptions[].patientName': { example: 'Maria Delgado' },
  'encounter:prescriptions[].patientDateOfBirth': {
    description: 'The date of birth written on the prescription. If it differs from the profile, the rules report PATIENT_MISMATCH.',
    example: '1958-07-22',
  },
  'encounter:prescriptions[].patientAddress': { example: '27 Birch Lane, Springfield, IL 62704' },
  'encounter:prescriptions[].prescriber': { description: 'Who wrote the prescription, as written on it.' },
  'encounter:prescriptions[].prescriber.firstName': { description: "The prescriber's first name.", example: 'Priya' },
  'encounter:prescriptions[].prescriber.lastName': {
    description: "The prescriber's last name. The second letter of the DEA number is checked against it.",
    example: 'Natarajan',
  },
  'encounter:prescriptions[].prescriber.credentials': { description: "The prescriber's credentials." },
  'encounter:prescriptions[].prescriber.practice': { description: 'The name of the practice.', example: 'Lakeside Internal Medicine' },
  'encounter:prescriptions[].prescriber.address': { example: '410 Lakeside Drive, Springfield, IL 62704' },
  'encounter:prescriptions[].prescriber.phone': { description: "The practice's phone number.", example: '(217) 555-0171' },
  'encounter:prescriptions[].prescriber.npi': { description: 'The NPI number exactly as written: ten digits, the last one a check digit.' },
  'encounter:prescriptions[].dateWritten': {
    description: 'The date the prescriber wrote the prescription. Expiry is counted from it.',
    example: '2026-03-13',
  },
  'encounter:prescriptions[].quantity': { example: 30 },
  'encounter:prescriptions[].quantityInWords': {
    description: 'The quantity in words, as written. Needed on a C-II when parameters.quantityInWordsRequired is true.',
  },
  'encounter:prescriptions[].refills': { example: 2 },
  'encounter:prescriptions[].signed': {
    description: 'Whether a written prescription carries the signature. false on a written prescription is RX_INCOMPLETE.',
  },
  'encounter:prescriptions[].alterations': {
    example: [{ field: 'quantity', description: 'The quantity "30" has been overwritten as "90" in darker ink.' }],
  },
  'encounter:prescriptions[].alterations[].field': { description: 'Which part of the prescription was changed.' },
  'encounter:prescriptions[].alterations[].description': { description: 'What the student sees, in one sentence.' },
  'encounter:prescriptions[].earliestFillDate': { example: '2026-04-15' },
  'encounter:prescriptions[].indication': { description: 'What the medicine is for. Optional, but good practice.', example: 'insomnia' },
  'encounter:dialogue': { description: 'What the patient says at drop-off and at pick-up.' },
  'encounter:dialogue.dropOff': {
    description: 'Lines said when the patient hands in the prescriptions.',
    example: [{ id: 'hello', text: 'Hi, my doctor gave me something to help me sleep.' }],
  },
  'encounter:dialogue.dropOff[].id': { description: 'A short id for the line, unique in the file.', example: 'wait-time' },
  'encounter:dialogue.dropOff[].text': { example: 'How long will it take?' },
  'encounter:dialogue.dropOff[].technicianAnswer': { example: "About fifteen minutes. You're welcome to wait." },
  'encounter:dialogue.pickUp': {
    description: 'Lines said at the pick-up window. Only heard when at least one prescription is filled.',
    example: [{ id: 'thanks', text: 'Thank you!' }],
  },
  'encounter:dialogue.pickUp[].id': { description: 'A short id for the line, unique in the file.', example: 'with-food' },
  'encounter:dialogue.pickUp[].text': { example: 'Should I take this with food?' },
  'encounter:dialogue.pickUp[].technicianAnswer': { example: 'Your copay today is $5.00.' },
  'encounter:presenter': { example: { name: 'Jamie Delgado', dateOfBirth: '1990-01-05' } },
  'encounter:presenter.name': { description: 'The name the person at the window gives.', example: 'Jamie Delgado' },
  'encounter:presenter.dateOfBirth': { description: 'The date of birth the person at the window gives.', example: '1990-01-05' },
  'encounter:shelf': { example: ['amlodipine-5-tab', 'trazodone-50-tab', 'zolpidem-10-tab'] },
  'encounter:intent': { description: 'What you, the author, planted and what you want to teach.' },
  'encounter:intent.findings': { example: [{ code: 'DEA_INVALID', rx: 'rx1' }] },
  'encounter:intent.findings[].code': {
    description: 'A finding code. Each one is explained in docs/finding-codes.md.',
    example: 'DEA_INVALID',
  },
  'encounter:intent.findings[].rx': {
    description:
      'The id of the prescription it concerns. Leave it out for a finding about the whole encounter (a clinical question, a stranger at the pick-up window).',
    example: 'rx1',
  },
  'encounter:intent.teachingNotes': {
    example: { intake: 'FN4172053: (4 + 7 + 0) + 2 × (1 + 2 + 5) = 27, so the check digit should be 7, not 3.' },
  },
  'encounter:intent.teachingNotes.*': { description: "Your note for this step. It is shown with this step's feedback in the report." },
  'encounter:intent.teachingNotes.intake': {
    example: 'Read every line, including the prescriber block, before you accept a prescription.',
  },
  'encounter:intent.teachingNotes.entry': { example: '1 tablet at bedtime, 30 tablets: a 30-day supply.' },
  'encounter:intent.teachingNotes.selection': {
    example: 'Amlodipine 5 mg and 10 mg sit side by side. Read the strength and scan the NDC.',
  },
  'encounter:intent.teachingNotes.count': { example: 'Count in fives, then count again: 30 tablets.' },
  'encounter:intent.teachingNotes.label': { example: 'Zolpidem is a C-IV, so it also needs the "Federal law prohibits transfer" label.' },
  'encounter:intent.teachingNotes.verify': {
    example: 'If the pharmacist had to stop this, the problem was on the paper from the start: check the DEA number at intake.',
  },
  'encounter:intent.teachingNotes.pickup': { example: 'Confirm name and date of birth again, and offer counselling with the pharmacist.' },
  // Shift file
  'shift:$schema': { description: 'Tells editors where the file format is. Keep it as it is.', example: '../scenario.schema.json' },
  'shift:kind': { description: 'Says that this file is a shift: several encounters in a row.' },
  'shift:id': { description: 'A unique id for this shift. Use the file name without .json.', example: 'calm-morning' },
  'shift:title': { description: 'A short title, shown in the menu.', example: 'A calm Tuesday morning' },
  'shift:summary': {
    description: 'One or two sentences shown in the menu.',
    example: 'Five regulars spread over the first two hours. No clock pressure.',
  },
  'shift:startsAt': { example: '08:30' },
  'shift:timeLimitMinutes': { example: 30 },
  'shift:encounters': { description: 'The encounters of the shift, in the order the patients arrive.' },
  'shift:encounters[].arrivesAfterMinutes': { example: 15 },
  // Catalog file
  'catalog:$schema': { description: 'Tells editors where the catalog format is. Keep it as it is.', example: '../catalog.schema.json' },
  'catalog:kind': { description: 'Says that this file is a drug catalog.' },
  'catalog:products': { description: 'The products in stock.' },
  // Catalog product
  'product:interactions': {
    description: 'Drugs or classes this product interacts with. Write each interaction on both products.',
    example: [{ with: 'warfarin', severity: 'major', effect: 'bleeding' }],
  },
  'product:lookAlikes': { example: ['hydralazine-25-tab'] },
};

/** Descriptions that only restate a format the Type column already gives ("A calendar date written YYYY-MM-DD …"). */
const FORMAT_ONLY_DESCRIPTIONS = new Set(
  [isoDate.meta()?.description, slug.meta()?.description].filter((d): d is string => d !== undefined),
);

/** The stock examples of those formats, which a field's own note may replace. */
const FORMAT_ONLY_EXAMPLES = new Set(
  [isoDate.meta()?.['examples'], slug.meta()?.['examples']].filter((e) => Array.isArray(e)).map((e) => stableJson(e)),
);

/** Known string patterns, in plain words. An unknown pattern is shown as it is. */
const PATTERN_WORDS: Record<string, string> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'date YYYY-MM-DD',
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'id (lower-case letters, digits and hyphens)',
  '^#[0-9a-fA-F]{6}$': 'colour #rrggbb',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'time HH:MM (24-hour clock)',
  '^(\\d{4}-\\d{4}-\\d{2}|\\d{5}-\\d{3}-\\d{2}|\\d{5}-\\d{4}-\\d{1}|\\d{5}-\\d{4}-\\d{2})$':
    'NDC with hyphens (4-4-2, 5-3-2, 5-4-1 or 5-4-2)',
};

/** Example values for formats, used only when neither the schema nor a note gives one. */
const PATTERN_EXAMPLES: Record<string, string> = {
  '^\\d{4}-\\d{2}-\\d{2}$': '2026-03-14',
  '^#[0-9a-fA-F]{6}$': '#4f7cac',
  '^([01]\\d|2[0-3]):[0-5]\\d$': '09:00',
};

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): Schema[] {
  return Array.isArray(v) ? v.filter(isSchema) : [];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Walks one schema document: resolves local $refs and remembers which sub-schemas get their own section. */
class Walker {
  readonly used = new Set<string>();

  constructor(
    private readonly section: WalkId,
    private readonly root: Schema,
    /** Sub-schemas documented in another section: a field holding one links there instead of repeating it. */
    private readonly linked: readonly { schema: Schema; label: string; anchor: string }[] = [],
  ) {}

  /** Follows `$ref: "#/definitions/X"` (or `#/$defs/X`, any local JSON pointer) until a real node. */
  deref(node: Schema, seen = new Set<string>()): Schema {
    const ref = str(node['$ref']);
    if (ref === undefined) return node;
    if (!ref.startsWith('#') || seen.has(ref)) throw new Error(`cannot follow $ref "${ref}"`);
    seen.add(ref);
    let target: unknown = this.root;
    for (const raw of ref
      .slice(1)
      .split('/')
      .filter((p) => p !== '')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      target = isSchema(target) ? target[key] : undefined;
    }
    if (!isSchema(target)) throw new Error(`$ref "${ref}" points at nothing`);
    // Keywords beside the $ref (a description, a default) belong to this use of it.
    const { $ref: _ref, ...beside } = node;
    return { ...this.deref(target, seen), ...beside };
  }

  /** The alternatives of an anyOf / oneOf (nullable fields, unions), dereferenced; [] when there are none. */
  branches(node: Schema): Schema[] {
    return [...list(node['anyOf']), ...list(node['oneOf'])].map((b) => this.deref(b));
  }

  private link(node: Schema): { label: string; anchor: string } | undefined {
    const key = stableJson(node);
    return this.linked.find((l) => stableJson(l.schema) === key);
  }

  /** Rows for every property of an object schema, depth first, in the schema's order. */
  objectRows(node: Schema, prefix: string): FieldRow[] {
    const object = this.deref(node);
    const props = isSchema(object['properties']) ? object['properties'] : {};
    const required = new Set(Array.isArray(object['required']) ? object['required'] : []);
    const rows: FieldRow[] = [];
    for (const [name, raw] of Object.entries(props)) {
      if (!isSchema(raw)) continue;
      const path = prefix === '' ? name : `${prefix}.${name}`;
      rows.push(this.row(path, raw, required.has(name)));
      rows.push(...this.childRows(raw, path));
    }
    // An object whose keys are a fixed list (propertyNames enum) and whose values share one schema.
    const values = object['additionalProperties'];
    const names = isSchema(object['propertyNames']) ? this.deref(object['propertyNames']) : undefined;
    if (isSchema(values)) {
      const keys = Array.isArray(names?.['enum']) ? names['enum'].map(String) : ['<name>'];
      for (const key of keys) {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        rows.push(this.row(path, values, false, '*'));
        rows.push(...this.childRows(values, path));
      }
    }
    return rows;
  }

  /** Rows inside a field: its own properties, its list items' properties, those of each alternative. */
  private childRows(raw: Schema, path: string): FieldRow[] {
    const node = this.deref(raw);
    const alternatives = this.branches(node);
    const shapes = alternatives.length > 0 ? alternatives : [node];
    const rows: FieldRow[] = [];
    for (const shape of shapes) {
      if (this.link(shape)) continue;
      if (isObject(shape)) rows.push(...this.objectRows(shape, path));
      const items = isSchema(shape['items']) ? this.deref(shape['items']) : undefined;
      if (items !== undefined && !this.link(items)) {
        const itemShapes = this.branches(items).length > 0 ? this.branches(items) : [items];
        for (const item of itemShapes) if (isObject(item)) rows.push(...this.objectRows(item, `${path}[]`));
      }
    }
    // Two alternatives with the same field would list it twice; the first one wins.
    const seen = new Set<string>();
    return rows.filter((r) => {
      if (seen.has(r.path)) return false;
      seen.add(r.path);
      return true;
    });
  }

  /** One field's row. `wildcard` replaces the last path part when looking up a note (fixed-key objects). */
  private row(path: string, raw: Schema, required: boolean, wildcard?: string): FieldRow {
    const node = this.deref(raw);
    // A note for this exact field, over a note for every key of a fixed-key object ("teachingNotes.*").
    const keys = [`${this.section}:${path}`, ...(wildcard === undefined ? [] : [`${this.section}:${path.replace(/[^.]+$/, wildcard)}`])];
    for (const key of keys) if (FIELD_NOTES[key] !== undefined) this.used.add(key);
    const note = keys.reduceRight<FieldNote | undefined>(
      (acc, key) => (FIELD_NOTES[key] ? { ...acc, ...FIELD_NOTES[key] } : acc),
      undefined,
    );

    const own = [str(raw['description']), str(node['description'])].find((d) => d !== undefined && !FORMAT_ONLY_DESCRIPTIONS.has(d));
    const items = isSchema(node['items']) ? this.deref(node['items']) : undefined;
    const fromItems = items !== undefined ? str(items['description']) : undefined;
    const parts = [own ?? note?.description ?? fromItems ?? str(node['title']) ?? ''];
    const link = this.linkOf(node);
    if (link) parts.push(`Each item is written like a catalog product: see [${link.label}](#${link.anchor}).`);

    const def = 'default' in raw ? raw['default'] : node['default'];
    return {
      path,
      type: this.typeText(node),
      required,
      default: 'default' in raw || 'default' in node ? JSON.stringify(def) : null,
      description: parts.filter((p) => p !== '').join(' '),
      example: this.example(raw, node, note),
    };
  }

  /** The linked section this field (or its list items) points to, if any. */
  private linkOf(node: Schema): { label: string; anchor: string } | undefined {
    const items = isSchema(node['items']) ? this.deref(node['items']) : undefined;
    return this.link(node) ?? (items !== undefined ? this.link(items) : undefined);
  }

  /**
   * The schema's own example first, then a note's, then one that follows from the type. A format's
   * stock example (every date's "2026-03-14") gives way to a note that fits the field.
   */
  private example(raw: Schema, node: Schema, note: FieldNote | undefined): string {
    const given = [raw['examples'], node['examples']].find((e) => Array.isArray(e) && e.length > 0) as unknown[] | undefined;
    const stock = given !== undefined && FORMAT_ONLY_EXAMPLES.has(stableJson(given));
    if (given !== undefined && !(stock && note?.example !== undefined)) return JSON.stringify(given[0]);
    if (note?.example !== undefined) return JSON.stringify(note.example);
    return this.madeUpExample(node) ?? (this.linkOf(node) ? 'see the product fields' : 'see the fields below');
  }

  /** An example that follows from the type alone: the constant, the default, the first allowed value, a format's sample. */
  private madeUpExample(node: Schema): string | null {
    if ('const' in node) return JSON.stringify(node['const']);
    if (node['type'] === 'boolean') return JSON.stringify(node['default'] !== true);
    const def = node['default'];
    if (def !== undefined && def !== null && !(typeof def === 'object' && Object.keys(def).length === 0)) return JSON.stringify(def);
    if (Array.isArray(node['enum']) && node['enum'].length > 0) return JSON.stringify(node['enum'][0]);
    const pattern = str(node['pattern']);
    if (pattern !== undefined && PATTERN_EXAMPLES[pattern] !== undefined) return JSON.stringify(PATTERN_EXAMPLES[pattern]);
    const first = this.branches(node).find((b) => b['type'] !== 'null');
    return first !== undefined ? this.madeUpExample(first) : null;
  }

  /** The type in plain words, with allowed values, formats and ranges. */
  typeText(raw: Schema): string {
    const node = this.deref(raw);
    const alternatives = this.branches(node);
    if (alternatives.length > 0) {
      const real = alternatives.filter((b) => b['type'] !== 'null');
      const words = [...new Set(real.map((b) => this.typeText(b)))].join(', or ');
      return real.length < alternatives.length ? `${words}, or null` : words;
    }
    if ('const' in node) return `always ${code(JSON.stringify(node['const']))}`;
    if (Array.isArray(node['enum'])) return `one of: ${node['enum'].map((v) => code(JSON.stringify(v))).join(', ')}`;
    const type = node['type'];
    if (Array.isArray(type)) return type.map((t) => this.typeText({ ...node, type: t })).join(', or ');
    switch (type) {
      case 'string': {
        const pattern = str(node['pattern']);
        const base = pattern === undefined ? 'text' : (PATTERN_WORDS[pattern] ?? `text matching ${code(pattern)}`);
        const max = node['maxLength'];
        return typeof max === 'number' ? `${base}, at most ${max} characters` : base;
      }
      case 'integer':
        return withRange('whole number', node);
      case 'number':
        return withRange('number', node);
      case 'boolean':
        return 'true or false';
      case 'null':
        return 'null';
      case 'array': {
        const items = isSchema(node['items']) ? this.deref(node['items']) : undefined;
        const link = items !== undefined ? this.link(items) : undefined;
        const min = node['minItems'];
        const size = typeof min === 'number' && min > 0 ? ` (at least ${min})` : '';
        if (link) return `list of products${size}`;
        if (items === undefined || Object.keys(items).length === 0) return `list${size}`;
        if (isObject(items)) return `list of objects${size}`;
        if (items['type'] === 'string' && items['pattern'] === undefined && !Array.isArray(items['enum'])) return `list of text${size}`;
        return `list${size}; each item: ${this.typeText(items)}`;
      }
      case 'object':
        // The text an author may give per language: say what it is, not just "object".
        return node['title'] === 'Text in several languages' ? 'the same text per language (`{"en": …, "es": …}`)' : 'object';
      default:
        return isObject(node) ? 'object' : 'anything';
    }
  }
}

function isObject(node: Schema): boolean {
  return node['type'] === 'object' || isSchema(node['properties']);
}

/** "whole number, 0 to 9", "number, more than 0"; the safe-integer bounds zod adds are left out. */
function withRange(base: string, node: Schema): string {
  const num = (k: string) => {
    const v = node[k];
    return typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : undefined;
  };
  const [min, max, above, below] = [num('minimum'), num('maximum'), num('exclusiveMinimum'), num('exclusiveMaximum')];
  const low = min !== undefined ? { text: `${min}`, strict: false } : above !== undefined ? { text: `${above}`, strict: true } : undefined;
  const high = max !== undefined ? { text: `${max}`, strict: false } : below !== undefined ? { text: `${below}`, strict: true } : undefined;
  if (low && high && !low.strict && !high.strict) return `${base}, ${low.text} to ${high.text}`;
  const parts = [
    low && (low.strict ? `more than ${low.text}` : `${low.text} or more`),
    high && (high.strict ? `less than ${high.text}` : `at most ${high.text}`),
  ].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? `${base}, ${parts.join(', ')}` : base;
}

/** JSON with object keys sorted, to compare two schema nodes by content. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isSchema(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function code(text: string): string {
  return `\`${text}\``;
}

/** The branch of the scenario schema whose "kind" is this constant. */
function branchOfKind(schema: Schema, walker: Walker, kind: string): Schema {
  const found = walker.branches(schema).find((b) => {
    const props = isSchema(b['properties']) ? b['properties'] : {};
    return isSchema(props['kind']) && walker.deref(props['kind'])['const'] === kind;
  });
  if (found === undefined) throw new Error(`the scenario schema has no branch with "kind": "${kind}"`);
  return found;
}

const PRODUCT_HEADING = 'Catalog product';
const PRODUCT_ANCHOR = 'catalog-product';

/** Every section of the page, built from the schemas; also the notes no field used. */
export function buildReference(): { sections: ReferenceSection[]; unusedNotes: string[] } {
  const scenario = scenarioJsonSchema() as Schema;
  const catalog = catalogJsonSchema() as Schema;

  const catalogWalker = new Walker('catalog', catalog);
  const catalogProps = isSchema(catalogWalker.deref(catalog)['properties']) ? (catalogWalker.deref(catalog)['properties'] as Schema) : {};
  const productsField = isSchema(catalogProps['products']) ? catalogWalker.deref(catalogProps['products']) : undefined;
  const product = productsField !== undefined && isSchema(productsField['items']) ? catalogWalker.deref(productsField['items']) : undefined;
  if (product === undefined) throw new Error('the catalog schema has no "products" list');
  const linked = [{ schema: product, label: PRODUCT_HEADING, anchor: PRODUCT_ANCHOR }];

  const encounterWalker = new Walker('encounter', scenario, linked);
  const shiftWalker = new Walker('shift', scenario, linked);
  const catalogFileWalker = new Walker('catalog', catalog, linked);
  const productWalker = new Walker('product', catalog);

  const sections: ReferenceSection[] = [
    {
      id: 'encounter',
      heading: 'Encounter file',
      intro: 'One patient at the counter: a file in `scenarios/encounters/` with `"kind": "encounter"`.',
      rows: encounterWalker.objectRows(branchOfKind(scenario, encounterWalker, 'encounter'), ''),
    },
    {
      id: 'shift',
      heading: 'Shift file',
      intro: 'Several encounters in a row: a file in `scenarios/shifts/` with `"kind": "shift"`.',
      rows: shiftWalker.objectRows(branchOfKind(scenario, shiftWalker, 'shift'), ''),
    },
    {
      id: 'catalog',
      heading: 'Catalog file',
      intro: 'The shared stock list, `scenarios/catalog/products.json`, with `"kind": "catalog"`.',
      rows: catalogFileWalker.objectRows(catalog, ''),
    },
    {
      id: 'product',
      heading: PRODUCT_HEADING,
      intro:
        "One product in one strength, form and package. Products sit in the catalog's `products` list, or in an encounter's `localProducts` list when only that file needs them. The paths below start inside one product.",
      rows: productWalker.objectRows(product, ''),
    },
  ];
  const used = new Set([encounterWalker, shiftWalker, catalogWalker, catalogFileWalker, productWalker].flatMap((w) => [...w.used]));
  return { sections, unusedNotes: Object.keys(FIELD_NOTES).filter((k) => !used.has(k)) };
}

/** The rows for any object JSON Schema (local $refs, anyOf/oneOf and fixed-key objects included), without notes. */
export function fieldRows(schema: object): FieldRow[] {
  const walker = new Walker('plain', schema as Schema);
  return walker.objectRows(schema as Schema, '');
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function table(rows: readonly FieldRow[]): string {
  const lines = ['| Field | Type | Required | Default | Description | Example |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    lines.push(
      `| ${[
        code(r.path),
        r.type,
        r.required ? 'yes' : 'no',
        r.default === null ? '—' : code(r.default),
        r.description === '' ? '—' : r.description,
        r.example.startsWith('see ') ? r.example : code(r.example),
      ]
        .map(cell)
        .join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** The full text of docs/scenario-reference.md. */
export function referenceMarkdown(): string {
  const { sections } = buildReference();
  const parts = [
    '# Scenario file reference',
    '<!-- Generated by tools/generate-scenario-reference.ts from the JSON Schemas in src/core/scenario/jsonSchema.ts. Do not edit by hand: run npm run docs. -->',
    'Every field of a TechShift scenario file, generated from the same schema the checker and the game use, so it always matches them. For a gentle introduction, read [the authoring guide](authoring.md) first.',
    '## How to read the tables',
    [
      '- **Field** is where the field sits. A dot goes one level in: `patient.allergies` is the `allergies` field inside `patient`. `[]` means "each item of the list": `prescriptions[].prescriber.dea` is the `dea` of the `prescriber` of every prescription.',
      '- **Type**: *text* goes in double quotes; text the student sees may not be left empty (`""`). *Number* may have decimals; a *whole number* may not. *true or false* is written without quotes. A *list* is written `[ … ]` and an *object* `{ … }`. *One of* lists every allowed value: spelling and capital letters matter. A *date* is text written `"YYYY-MM-DD"`.',
      '- **Required** is "yes" when the field must be written whenever the object around it is written. `patient.insurance.plan` is required only for a patient who has insurance.',
      '- **Default** is the value used when you leave an optional field out.',
      '- **Example** is one value you could write, in JSON.',
    ].join('\n'),
    ...sections.flatMap((s) => [`## ${s.heading}`, s.intro, table(s.rows)]),
  ];
  return `${parts.join('\n\n')}\n`;
}

/** Writes the page under `root`; returns the path written. */
export function writeReference(root = ROOT): string {
  const full = join(root, REFERENCE_PATH);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, referenceMarkdown());
  return REFERENCE_PATH;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { unusedNotes } = buildReference();
    for (const key of unusedNotes) {
      process.stderr.write(
        `generate-scenario-reference: the note "${key}" matches no field in the schema any more; remove it from FIELD_NOTES\n`,
      );
    }
    process.stdout.write(`wrote ${writeReference()}\n`);
  } catch (e) {
    process.stderr.write(`generate-scenario-reference: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
