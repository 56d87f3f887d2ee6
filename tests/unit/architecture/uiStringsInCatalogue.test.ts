import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from './moduleGraph';

/**
 * Every word the UI shows comes from the i18next catalogues (src/ui/i18n/locales/*.json), so a
 * Spanish-speaking student never meets an English word written straight into a component. This
 * parses each src/ui/**\/*.tsx with oxc-parser and reports JSX text with letters in it, and
 * user-facing attributes (aria-label, title, placeholder, alt, label…) given as string literals.
 * Class names, ids, roles and other attributes a person never reads are not looked at.
 */

/** Attributes whose value a person reads or hears. */
const USER_FACING = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Words that are the same in every language: the product's name, US pharmacy codes, a key's name, a symbol. */
const ALLOWED = new Set(['TechShift', 'Rx', 'DEA', 'NDC', 'NPI', 'DAW', 'mL', 'F', 'ℹ']);

/**
 * `*Words.ts` English string modules under src/ui are not allowed: their strings belong in the
 * catalogues. Converted so far: outcomeWords.ts, panels/shared/rxStatusWords.ts,
 * replay/actionWords.ts (now actionText.ts), and the words in panels/stationNames.ts and
 * plan/viewMode.ts. Modules other branches add under that name are to be moved the same way.
 */
const WORDS_MODULE = /Words\.ts$/;
/** `*Words.ts` modules that hold no words of their own: this one renders the core's catalogue. */
const NOT_ENGLISH = new Set(['src/ui/results/resultWords.ts']);

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

/** True when the text holds a word (a run of letters) that is not on the allow-list. */
function isWords(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some((word) => !ALLOWED.has(word));
}

/** The string an attribute value spells out, when it is a literal (or a template without holes' words). */
function literalText(value: unknown): string | null {
  if (!isNode(value)) return null;
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value;
  if (value.type === 'JSXExpressionContainer') return literalText(value.expression);
  if (value.type === 'TemplateLiteral') {
    return (value.quasis as { value: { cooked: string | null; raw: string } }[]).map((q) => q.value.cooked ?? q.value.raw).join(' ');
  }
  if (value.type === 'ConditionalExpression') {
    const parts = [literalText(value.consequent), literalText(value.alternate)].filter((p): p is string => p !== null);
    return parts.length > 0 ? parts.join(' / ') : null;
  }
  return null;
}

/** `file:line "text"` for each string written in a component instead of the catalogue. */
export function inlineStrings(file: string, source: string): string[] {
  const { program, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors.map((e) => e.message).join('; ')}`);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found: string[] = [];
  const report = (node: Node, text: string) => found.push(`${relative(ROOT, file)}:${lineOf(node.start)} ${JSON.stringify(text.trim())}`);
  const visit = (node: unknown, parent: Node | null): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parent));
    if (!isNode(node)) return;
    if (node.type === 'JSXText' && isWords(String(node.value))) report(node, String(node.value));
    if (node.type === 'JSXExpressionContainer' && parent?.type !== 'JSXAttribute') {
      const text = literalText(node.expression);
      if (text !== null && isWords(text)) report(node, text);
    }
    if (node.type === 'JSXAttribute') {
      const name = node.name as { name?: unknown };
      const text = USER_FACING.has(String(name.name)) ? literalText(node.value) : null;
      if (text !== null && isWords(text)) report(node, text);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'parent') visit(value, node);
  };
  visit(program, null);
  return found;
}

const UI = join(ROOT, 'src/ui');

describe('UI strings live in the catalogues', () => {
  it('no component writes JSX text or a user-facing attribute as a literal', () => {
    const found = sourceFiles(UI)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => inlineStrings(f, readFileSync(f, 'utf8')));
    expect(found, `Move these into src/ui/i18n/locales/en.json and es.json, read with t():\n${found.join('\n')}`).toEqual([]);
  });

  it('no *Words.ts English string module under src/ui', () => {
    const found = sourceFiles(UI)
      .filter((f) => WORDS_MODULE.test(basename(f)))
      .map((f) => relative(ROOT, f))
      .filter((f) => !NOT_ENGLISH.has(f));
    expect(found, 'Move these strings into the i18next catalogues (src/ui/i18n/locales)').toEqual([]);
  });

  it('catches the kinds of inline text it is meant to', () => {
    const source = [
      'export const A = () => (',
      '  <div aria-label="Close">',
      '    Start shift',
      "    <input placeholder={'Search'} title={t('ok')} className=\"big\" />",
      "    {'Cancel'}",
      '    <b>TechShift</b> · {n}',
      '  </div>',
      ');',
    ].join('\n');
    expect(inlineStrings(join(UI, 'x.tsx'), source)).toEqual([
      'src/ui/x.tsx:2 "Close"',
      'src/ui/x.tsx:2 "Start shift"',
      'src/ui/x.tsx:4 "Search"',
      'src/ui/x.tsx:5 "Cancel"',
    ]);
  });
});
