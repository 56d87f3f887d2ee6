import { describe, expect, it } from 'vitest';
import { CATALOGUES, i18n, UI_LANGUAGES } from '../../../../src/ui/i18n';

/**
 * The UI's catalogues agree: every key of one language is in the other, with the same
 * `{{variables}}`, and each plural has exactly the forms its language's Intl plural rules use
 * (English one/other, Spanish one/many/other), so no student meets a missing or half-filled sentence.
 */

type Tree = { [key: string]: string | Tree };

/** Every leaf as `a.b.c` → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The catalogue's keys with plural suffixes folded: `rx.refills_one` and `rx.refills_other` → `rx.refills` with forms {one, other}. */
function shape(tree: Tree): Map<string, { forms: Set<string>; variables: Set<string> }> {
  const out = new Map<string, { forms: Set<string>; variables: Set<string> }>();
  for (const [key, text] of flatten(tree)) {
    const form = PLURAL.exec(key)?.[1];
    const base = form ? key.slice(0, -form.length - 1) : key;
    const entry = out.get(base) ?? { forms: new Set<string>(), variables: new Set<string>() };
    if (form) entry.forms.add(form);
    for (const m of text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)) entry.variables.add(m[1]!);
    out.set(base, entry);
  }
  return out;
}

/** Differences between two catalogues' shapes, as readable lines. */
export function differences(a: Tree, b: Tree, names: [string, string]): string[] {
  const [sa, sb] = [shape(a), shape(b)];
  const lines: string[] = [];
  for (const [key, entry] of sa) {
    const other = sb.get(key);
    if (!other) {
      lines.push(`${key}: in ${names[0]}, missing in ${names[1]}`);
      continue;
    }
    const va = [...entry.variables].sort().join(',');
    const vb = [...other.variables].sort().join(',');
    if (va !== vb) lines.push(`${key}: variables {${va}} in ${names[0]} but {${vb}} in ${names[1]}`);
    if (entry.forms.size > 0 !== other.forms.size > 0) lines.push(`${key}: a plural in one language only`);
  }
  for (const key of sb.keys()) if (!sa.has(key)) lines.push(`${key}: in ${names[1]}, missing in ${names[0]}`);
  return lines;
}

/** Plurals whose forms are not exactly the ones Intl.PluralRules uses for the language. */
export function pluralProblems(tree: Tree, language: string): string[] {
  const wanted = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort().join(',');
  return [...shape(tree)]
    .filter(([, e]) => e.forms.size > 0 && [...e.forms].sort().join(',') !== wanted)
    .map(([key, e]) => `${key}: forms ${[...e.forms].sort().join(',')} in ${language}, Intl wants ${wanted}`);
}

describe('the UI catalogues', () => {
  it('every key is in every language, with the same variables', () => {
    for (const language of UI_LANGUAGES) {
      expect(differences(CATALOGUES.en, CATALOGUES[language], ['en', language])).toEqual([]);
    }
  });

  it("each plural has exactly its language's Intl plural forms", () => {
    for (const language of UI_LANGUAGES) expect(pluralProblems(CATALOGUES[language], language)).toEqual([]);
  });

  it('catches a missing key, a lost variable and a missing plural form', () => {
    const en = { a: 'A {{n}}', b: 'B', c_one: 'one', c_other: 'many' };
    expect(differences(en, { a: 'A', c_one: 'uno', c_other: 'muchos' }, ['en', 'es'])).toEqual([
      'a: variables {n} in en but {} in es',
      'b: in en, missing in es',
    ]);
    expect(pluralProblems({ c_one: 'uno', c_other: 'muchos' }, 'es')).toEqual(['c: forms one,other in es, Intl wants many,one,other']);
  });

  it('Spanish plurals and variables render through i18next', () => {
    const es = i18n.getFixedT('es');
    expect(es('rx.refills', { count: 1 })).toBe('1 resurtido');
    expect(es('rx.refills', { count: 3 })).toBe('3 resurtidos');
    expect(es('station.nextHint', { station: 'Estantes', key: 3, hint: 'tome el frasco' })).toBe(
      'Siguiente en Estantes (tecla 3): tome el frasco',
    );
    expect(i18n.getFixedT('en')('rx.refills', { count: 1 })).toBe('1 refill');
  });
});
