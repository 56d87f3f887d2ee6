import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../../src/core/check/checkScenario';
import { loadCatalogText } from '../../../../src/core/scenario/load';

const ROOT = resolve(import.meta.dirname, '../../../..');
const catalogText = readFileSync(resolve(ROOT, 'tests/fixtures/valid/test-catalog.json'), 'utf8');
const catalog = loadCatalogText(catalogText, 'test-catalog.json');
const minimal = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/valid/minimal-encounter.json'), 'utf8')) as Record<string, unknown>;

function check(changes: Record<string, unknown>) {
  if (!catalog.ok) throw new Error('test catalog does not load');
  return checkScenario(JSON.stringify({ ...minimal, ...changes }, null, 2), 'x.json', catalog.value);
}

describe('the checker compares the encounter type with what the rules find', () => {
  it('accepts a clean fill without a type warning', () => {
    expect(check({}).warnings.filter((w) => w.path === 'type')).toEqual([]);
  });

  it('warns when a "catch" has nothing to stop, pointing at the type field', () => {
    const w = check({ type: 'catch' }).warnings.find((p) => p.path === 'type');
    expect(w?.message).toMatch(/"catch" encounter, but the rules find nothing that must be stopped/);
    expect(w?.line).toBeGreaterThan(1);
  });

  it('warns when a "handoff" has no clinical question', () => {
    expect(check({ type: 'handoff' }).warnings.find((p) => p.path === 'type')?.message).toMatch(/no dialogue line is a clinical question/);
  });
});
