import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../../src/core/check/checkScenario';
import { humanBlock, totalLine } from '../../../../src/core/check/formatCheck';
import { CHECKER_EN } from '../../../../src/core/scenario/checkerWords/en';
import { CHECKER_ES } from '../../../../src/core/scenario/checkerWords/es';
import { problemText } from '../../../../src/core/scenario/checkerWords/render';
import { loadCatalogText } from '../../../../src/core/scenario/load';
import type { Problem } from '../../../../src/core/scenario/problems';
import { applyMutations, mutation } from '../../../../tools/fuzzMutations';
import { ROOT } from './helpers';

const catalogFile = resolve(ROOT, 'scenarios/catalog/products.json');
const catalog = loadCatalogText(readFileSync(catalogFile, 'utf8'), 'scenarios/catalog/products.json');
if (!catalog.ok) throw new Error('the shipped catalog does not load');
const BROKEN = resolve(ROOT, 'tests/fixtures/broken-scenarios');
const check = (text: string, file: string) => checkScenario(text, file, catalog.value);
const problemsOf = (text: string, file: string): Problem[] => {
  const r = check(text, file);
  return [...r.errors, ...r.warnings];
};

/** A message said in Spanish: not the English, nothing left unfilled. */
function expectSpanish(p: Problem): void {
  const es = problemText(p, 'es');
  expect(p.said, `${p.path}: ${p.message} has no message code`).toBeDefined();
  expect(es, p.message).not.toBe(p.message);
  expect(es).not.toMatch(/\[object|\$\{/);
  expect(problemText(p, 'en')).toBe(p.message);
}

describe("the checker's messages in English and Spanish", () => {
  it('has the same message codes in both languages', () => {
    expect(Object.keys(CHECKER_ES).sort()).toEqual(Object.keys(CHECKER_EN).sort());
  });

  it('says every problem in the broken fixtures in Spanish, at the same place', () => {
    const names = readdirSync(BROKEN).filter((n) => n.endsWith('.json'));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const problems = problemsOf(readFileSync(resolve(BROKEN, name), 'utf8'), name);
      expect(problems.length, name).toBeGreaterThan(0);
      problems.forEach(expectSpanish);
    }
  });

  it('says the unknown-field message in Spanish with the same suggestion', () => {
    const [p] = problemsOf(readFileSync(resolve(BROKEN, 'unknown-key.json'), 'utf8'), 'unknown-key.json');
    expect(problemText(p!, 'es')).toBe('campo desconocido "quantiy" — ¿quiso decir "quantity"?');
  });

  it('gives a code to every problem any damaged shipped file can produce', () => {
    const shipped = ['fill-lisinopril-refill-day', 'catch-oxycodone-bad-dea', 'handoff-sertraline-side-effects'].map((id) => {
      const file = `scenarios/encounters/${id}.json`;
      return { file, text: readFileSync(resolve(ROOT, file), 'utf8') };
    });
    fc.assert(
      fc.property(fc.constantFrom(...shipped), mutation, ({ file, text }, m) => {
        problemsOf(applyMutations(text, m), file).forEach(expectSpanish);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  }, 60_000);

  it("prints the checker's report in Spanish", () => {
    const file = 'tests/fixtures/broken-scenarios/unknown-key.json';
    const r = check(readFileSync(resolve(ROOT, file), 'utf8'), file);
    const block = humanBlock(r, true, 'es');
    expect(block).toContain('✗ tests/fixtures/broken-scenarios/unknown-key.json — 1 error, 0 avisos');
    expect(block).toContain('campo desconocido "quantiy"');
    expect(totalLine([r], 'es')).toBe('1 archivo revisado: 0 bien, 1 con errores — 1 error, 0 avisos en total.');
  });
});
