import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema, scenarioJsonSchema } from '../../../../src/core/scenario/jsonSchema';
import { schemaFiles } from '../../../../tools/generate-schemas';
import { ROOT } from './helpers';

type Json = Record<string, any>;

describe('generated JSON Schema files', () => {
  for (const { path, text } of schemaFiles()) {
    it(`${path} is up to date`, () => {
      let committed = '';
      try {
        committed = readFileSync(resolve(ROOT, path), 'utf8');
      } catch {
        committed = '(missing)';
      }
      expect(committed === text, `${path} differs from what the schema generates now: run npm run schemas`).toBe(true);
    });
  }
});

describe('scenario JSON Schema', () => {
  const schema = scenarioJsonSchema() as Json;

  it('is draft-07 and accepts an encounter or a shift, told apart by kind', () => {
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema['title']).toBe('TechShift scenario');
    const branches = (schema['oneOf'] ?? schema['anyOf']) as Json[];
    expect(branches.map((b) => b['properties']['kind']['const'])).toEqual(['encounter', 'shift']);
    for (const b of branches) {
      expect(b['required']).toContain('kind');
      expect(b['additionalProperties']).toBe(false);
      expect(b['properties']['$schema']).toEqual({ type: 'string' });
    }
  });

  it('carries titles, descriptions, examples and enums', () => {
    const encounter = ((schema['oneOf'] ?? schema['anyOf']) as Json[])[0]!;
    expect(encounter['title']).toBe('TechShift encounter');
    const rx = encounter['properties']['prescriptions']['items'];
    expect(rx['title']).toBe('Prescription');
    expect(rx['properties']['channel']['enum']).toEqual(['written', 'electronic', 'phone']);
    expect(rx['properties']['sig']['examples']).toEqual(['i po bid pc']);
    expect(rx['properties']['quantity']['description']).toContain('Quantity to dispense');
    expect(encounter['properties']['today']['pattern']).toBe('^\\d{4}-\\d{2}-\\d{2}$');
  });

  it('describes the input: fields with defaults are optional', () => {
    const encounter = ((schema['oneOf'] ?? schema['anyOf']) as Json[])[0]!;
    expect(encounter['required']).not.toContain('difficulty');
    expect(encounter['required']).not.toContain('intent');
    expect(encounter['required']).toEqual(
      expect.arrayContaining(['kind', 'id', 'title', 'type', 'today', 'patient', 'prescriptions', 'shelf']),
    );
  });
});

describe('catalog JSON Schema', () => {
  it('is draft-07 with the product fields, NDC pattern and dosage forms', () => {
    const schema = catalogJsonSchema() as Json;
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema['properties']['kind']['const']).toBe('catalog');
    const product = schema['properties']['products']['items'];
    expect(product['title']).toBe('Product');
    expect(product['properties']['form']['enum']).toContain('tablet');
    expect(product['properties']['ndc']['examples']).toEqual(['0093-3109-01']);
  });
});
