import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productSchema } from '../../../src/core/scenario/catalogSchema';
import { encounterSchema } from '../../../src/core/scenario/encounterSchema';
import { parametersSchema } from '../../../src/core/scenario/parameters';
import { shiftSchema } from '../../../src/core/scenario/shiftSchema';
import { buildReference, fieldRows, REFERENCE_PATH, referenceMarkdown, type FieldRow } from '../../../tools/generate-scenario-reference';

const ROOT = resolve(import.meta.dirname, '../../..');

function committed(): string {
  try {
    return readFileSync(resolve(ROOT, REFERENCE_PATH), 'utf8').replace(/\r\n/g, '\n');
  } catch {
    return '(missing)';
  }
}

const { sections, unusedNotes } = buildReference();
const section = (id: string) => sections.find((s) => s.id === id)!;
const row = (id: string, path: string): FieldRow | undefined => section(id).rows.find((r) => r.path === path);

describe('docs/scenario-reference.md', () => {
  it('matches what the generator produces from the schema now', () => {
    expect(committed() === referenceMarkdown(), `${REFERENCE_PATH} differs from the schema: run npm run docs`).toBe(true);
  });

  it('documents prescriptions[].sig as required text', () => {
    expect(row('encounter', 'prescriptions[].sig')).toMatchObject({ type: 'text', required: true, default: null });
    expect(referenceMarkdown()).toContain('| `prescriptions[].sig` | text | yes | — |');
  });

  it('documents parameters.dropsPerMl as optional with default 20', () => {
    expect(row('encounter', 'parameters.dropsPerMl')).toMatchObject({ required: false, default: '20' });
    expect(referenceMarkdown()).toMatch(/^\| `parameters\.dropsPerMl` \| number, more than 0 \| no \| `20` \|/m);
  });

  it('spells out enums, formats, nullable fields and fixed-key objects', () => {
    expect(row('encounter', 'prescriptions[].channel')?.type).toBe('one of: `"written"`, `"electronic"`, `"phone"`');
    expect(row('encounter', 'today')).toMatchObject({ type: 'date YYYY-MM-DD', required: true });
    expect(row('encounter', 'prescriptions[].prescriber.dea')).toMatchObject({ type: 'text', required: false, example: '"AB1234563"' });
    expect(row('encounter', 'patient.insurance')).toMatchObject({ type: 'object, or null', default: 'null' });
    expect(row('encounter', 'patient.insurance.memberId')?.required).toBe(true);
    expect(row('encounter', 'parameters.ciiValidityDays')?.type).toBe('whole number, more than 0, or null');
    expect(row('encounter', 'prescriptions[].daw')).toMatchObject({ type: 'whole number, 0 to 9', default: '0' });
    expect(row('encounter', 'intent.teachingNotes.verify')?.type).toBe('text, or the same text per language (`{"en": …, "es": …}`)');
    expect(row('encounter', 'localProducts')?.description).toContain('(#catalog-product)');
    expect(row('shift', 'startsAt')).toMatchObject({ type: 'time HH:MM (24-hour clock)', default: '"09:00"' });
    expect(row('product', 'schedule')?.type).toBe('one of: `"II"`, `"III"`, `"IV"`, `"V"`, or null');
    expect(row('product', 'interactions[].severity')?.required).toBe(true);
  });

  it('lists every field of the zod schemas', () => {
    const paths = (id: string) => new Set(section(id).rows.map((r) => r.path));
    for (const key of Object.keys(encounterSchema.shape)) expect(paths('encounter')).toContain(key);
    for (const key of Object.keys(parametersSchema.shape)) expect(paths('encounter')).toContain(`parameters.${key}`);
    for (const key of Object.keys(shiftSchema.shape)) expect(paths('shift')).toContain(key);
    for (const key of Object.keys(productSchema.shape)) expect(paths('product')).toContain(key);
  });

  it('gives every field a description and an example', () => {
    for (const s of sections) {
      for (const r of s.rows) {
        expect(r.description, `${s.id}: ${r.path} has no description`).not.toBe('');
        expect(r.example, `${s.id}: ${r.path} has no example`).not.toBe('');
      }
    }
  });

  it('has no notes left over for fields that no longer exist', () => {
    expect(unusedNotes, 'remove these from FIELD_NOTES in tools/generate-scenario-reference.ts').toEqual([]);
  });
});

describe('fieldRows on other JSON Schema shapes', () => {
  it('follows $ref into definitions and walks anyOf, oneOf and nullable objects', () => {
    const schema = {
      definitions: {
        Person: {
          type: 'object',
          properties: { name: { type: 'string', description: 'Full name.' }, born: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
          required: ['name'],
        },
      },
      type: 'object',
      properties: {
        owner: { $ref: '#/definitions/Person', description: 'Who owns it.' },
        backup: { anyOf: [{ $ref: '#/definitions/Person' }, { type: 'null' }], default: null },
        size: { oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', enum: ['small', 'large'] }] },
        people: { type: 'array', items: { $ref: '#/definitions/Person' }, minItems: 2 },
        notes: { type: 'object', propertyNames: { enum: ['a', 'b'] }, additionalProperties: { type: 'string' } },
      },
      required: ['owner'],
    };
    const rows = new Map(fieldRows(schema).map((r) => [r.path, r]));
    expect([...rows.keys()]).toEqual([
      'owner', 'owner.name', 'owner.born', 'backup', 'backup.name', 'backup.born', 'size', 'people', 'people[].name', 'people[].born', 'notes', 'notes.a', 'notes.b',
    ]);
    expect(rows.get('owner')).toMatchObject({ type: 'object', required: true, description: 'Who owns it.' });
    expect(rows.get('owner.name')).toMatchObject({ type: 'text', required: true, description: 'Full name.' });
    expect(rows.get('owner.born')).toMatchObject({ type: 'date YYYY-MM-DD', required: false });
    expect(rows.get('backup')).toMatchObject({ type: 'object, or null', default: 'null' });
    expect(rows.get('size')?.type).toBe('whole number, 1 or more, or one of: `"small"`, `"large"`');
    expect(rows.get('people')?.type).toBe('list of objects (at least 2)');
    expect(rows.get('notes.b')).toMatchObject({ type: 'text', required: false });
  });

  it('refuses a $ref it cannot follow instead of guessing', () => {
    expect(() => fieldRows({ type: 'object', properties: { x: { $ref: '#/definitions/Nope' } } })).toThrow(/points at nothing/);
  });
});
