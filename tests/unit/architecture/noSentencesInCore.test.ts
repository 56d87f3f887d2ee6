import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * No English sentence is built in the rules, the engine, the findings or the scoring: they
 * hand out codes and plain params, and src/core/wording renders every sentence, one folder per
 * language. This test parses each file (vite's own TypeScript parser, so comments, regexes
 * and strings are told apart exactly) and looks at every string it could show a student.
 *
 * The rule: a string literal, or a whole template literal with each `${…}` as a placeholder,
 * is prose when, trimmed, it has a word beside a space ("was never entered", "prescription ${id}",
 * "30 tablets") or starts with a capitalised word ("Take"). Codes, ids, lexicon tokens
 * (" prn "), separators (", ", "${a} ${b}") and numbers ("1 1/2") are not prose.
 *
 * Not looked at, because they are never shown: object and interface keys (the lexicon *input*
 * tables the parsers read, such as allergy synonyms like 'sulfa drugs'), module specifiers,
 * regular expressions, comments, and schema documentation (the value of a `description` property,
 * as in zod's `.meta({ description })`, which is for developers and editors, never for students).
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const SCANNED = ['rules', 'engine', 'findings', 'scoring', 'progress'].map((d) => join(ROOT, 'src/core', d));

/** Stands in for a `${…}` of a template: not a letter, not a space. */
const HOLE = '\u0000';

/** True for text that reads as words to a person. */
function isProse(text: string): boolean {
  const t = text.trim();
  return /[A-Za-z]\s+[A-Za-z0-9\u0000]|[A-Za-z0-9\u0000]\s+[A-Za-z]/.test(t) || /^[A-Z][a-z]/.test(t);
}

interface Node {
  type: string;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

/** Every string a student could be shown in one source text, as written (templates with holes). */
function proseIn(source: string, file = 'source.ts'): string[] {
  const { program, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors.map((e) => e.message).join('; ')}`);
  const found: string[] = [];
  const visit = (node: unknown, parent: Node | null, key: string | null): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parent, key));
    if (!isNode(node)) return;
    const isKey = key === 'key' && (parent?.type === 'Property' || parent?.type === 'TSPropertySignature');
    const isSchemaDoc = key === 'value' && parent?.type === 'Property' && (parent.key as { name?: unknown }).name === 'description';
    if (node.type === 'Literal' && typeof node.value === 'string' && node.regex == null && !isKey && !isSchemaDoc && key !== 'source') {
      if (isProse(node.value)) found.push(node.value);
    }
    if (node.type === 'TemplateLiteral') {
      const text = (node.quasis as { value: { cooked: string | null; raw: string } }[])
        .map((q) => q.value.cooked ?? q.value.raw)
        .join(HOLE);
      if (isProse(text)) found.push(text.replaceAll(HOLE, '${…}'));
    }
    for (const [k, v] of Object.entries(node)) if (typeof v === 'object' && v !== null) visit(v, node, k);
  };
  visit(program, null, null);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('no English sentence is built outside the wording catalogue', () => {
  const files = SCANNED.flatMap(sourceFiles);

  it('has the rules, engine, findings and scoring to scan', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('finds no prose in src/core/rules, engine, findings or scoring', () => {
    const offences = files.flatMap((file) =>
      proseIn(readFileSync(file, 'utf8'), file).map((text) => `${relative(ROOT, file)}: ${JSON.stringify(text)}`),
    );
    expect(offences, 'move these words into src/core/wording/en and pass a code and params instead').toEqual([]);
  });

  it('catches a sentence in a string, a template or a type, and a capitalised word on its own', () => {
    expect(proseIn("const a = 'The pharmacist stopped this.';")).toEqual(['The pharmacist stopped this.']);
    expect(proseIn('const b = (id: string) => `prescription ${id}`;')).toEqual(['prescription ${…}']);
    expect(proseIn('const c = (n: number) => `${n} tablets`;')).toEqual(['${…} tablets']);
    expect(proseIn("type Route = 'by mouth' | 'oral';")).toEqual(['by mouth']);
    expect(proseIn("const verb = 'Take';")).toEqual(['Take']);
    expect(proseIn("const detail = { what: 'You counted 28' };")).toEqual(['You counted 28']);
  });

  it('lets codes, tokens, separators, keys, imports, regexes and comments through', () => {
    const allowed = [
      "import { x } from './some module';",
      "const code = 'entry.daysSupply.wrong'; const finding = 'LASA_RISK'; const site = 'both-eyes';",
      "const token = ' prn '; const sep = ', '; const label = (a: string, b: string) => `${a} ${b}`; const half = ' 1 1/2 ';",
      "const SYNONYMS = { 'sulfa drugs': ['sulfonamide-antibiotic'] };",
      'const FILLER = /\\b(allergy to|drug class)\\b/g;',
      '// A comment may say anything at all.\n/** So may a doc comment. */\nconst n = 1;',
      'const key = `${a}:${b}`; const coded = ` ntd:${n} `;',
    ];
    for (const source of allowed) expect(proseIn(source), source).toEqual([]);
  });
});
