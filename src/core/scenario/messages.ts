import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { z } from 'zod';
import { nodeForPath, type Anchor } from './jsonTree';
import type { ProblemSink } from './problemSink';
import { formatPath } from './problems';
import { fieldAt, type FieldInfo } from './schemaAt';
import { closest, didYouMean } from './suggest';
import type { Position } from './textPosition';
import { describe, expectedWords, formatMessage, quoteHint, tooBig, tooSmall } from './valueWords';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** What messages need to know about the file: its tree for places, its schema for wording. */
export interface IssueContext {
  file: string;
  tree: Node;
  position: (offset: number) => Position;
  schema: z.core.$ZodType;
  /** What the whole file is, for "every encounter needs a title". */
  fileNoun: string;
}

/**
 * Plain-English problems, with line and column, for zod issues (parse with `reportInput: true`),
 * added to `sink`, which stops building them past its limit.
 */
export function issueProblems(issues: readonly Issue[], ctx: IssueContext, sink: ProblemSink): void {
  const seen = new Set<string>();
  const add = (path: Path, anchor: Anchor, message: () => string) =>
    sink.add(() => {
      const text = message();
      const key = `${formatPath(path)}\u0000${text}`;
      if (seen.has(key)) return undefined;
      seen.add(key);
      const node = nodeForPath(ctx.tree, path, anchor);
      return { file: ctx.file, ...ctx.position(node.offset), path: formatPath(path), message: text, severity: 'error' };
    });
  // A date that fails its layout also fails the calendar check: one message is enough.
  const badDateLayout = new Set(
    issues.filter((i) => i.code === 'invalid_format' && i.message === 'date').map((i) => formatPath(clean(i.path))),
  );
  const unknownKeysAt = new Set(issues.filter((i) => i.code === 'unrecognized_keys').map((i) => formatPath(clean(i.path))));
  // A misspelt field ("quantiy") is also a missing one ("quantity"): report only the misspelling.
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || misspelt.size > 1000) continue;
    const path = clean(issue.path);
    const allowed = fieldAt(ctx.schema, path).keys;
    for (const key of issue.keys.slice(0, 1000)) {
      const guess = closest(key, allowed);
      if (guess !== undefined) misspelt.add(formatPath([...path, guess]));
    }
  }
  for (const issue of issues) {
    const path = clean(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldAt(ctx.schema, path).keys;
      for (const key of issue.keys) add([...path, key], 'key', () => unknownField(key, allowed));
    } else if (issue.code === 'custom' && issue.message === 'date' && badDateLayout.has(formatPath(path))) {
      continue;
    } else if (issue.code === 'custom' && issue.message === 'noLanguage' && unknownKeysAt.has(formatPath(path))) {
      // {"fr": "…"} has no language we know: the unknown field says so, and names the ones allowed.
      continue;
    } else if (path.length > 0 && !findNodeAtLocation(ctx.tree, path)) {
      if (!misspelt.has(formatPath(path))) add(path, 'parent', () => missingField(path, ctx));
    } else {
      add(path, 'value', () => describeIssue(issue, fieldAt(ctx.schema, path)));
    }
  }
}

function clean(path: readonly PropertyKey[]): Path {
  return path.filter((p): p is string | number => typeof p !== 'symbol');
}

function unknownField(key: string, allowed: string[]): string {
  const guess = closest(key, allowed);
  if (guess !== undefined) return `unknown field "${key}" — did you mean "${guess}"?`;
  const list = allowed.filter((k) => k !== '$schema');
  return list.length > 0 && list.length <= 30
    ? `unknown field "${key}" — the fields allowed here are: ${list.join(', ')}`
    : `unknown field "${key}": remove it`;
}

const NOUNS: Record<string, string> = {
  prescriptions: 'prescription',
  products: 'product',
  localProducts: 'local product',
  encounters: 'entry in "encounters"',
  allergies: 'allergy',
  medications: 'medication',
  fillHistory: 'fill-history entry',
  findings: 'intent finding',
  alterations: 'alteration',
  interactions: 'interaction',
  dropOff: 'dialogue line',
  pickUp: 'dialogue line',
  insurance: 'insurance record',
};

function missingField(path: Path, ctx: IssueContext): string {
  const field = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  const owner = ownerNoun(parent, ctx);
  const info = fieldAt(ctx.schema, path);
  if (info.kind === 'array') return `is missing: every ${owner} needs a list "${field}": [ … ]${hint(info, false)}`;
  if (info.kind === 'object') return `is missing: every ${owner} needs "${field}": { … }${hint(info, false)}`;
  const article = /^[aeiou]/i.test(field) ? 'an' : 'a';
  return `is missing: every ${owner} needs ${article} ${field}${hint(info, true)}`;
}

function ownerNoun(parent: Path, ctx: IssueContext): string {
  if (parent.length === 0) return ctx.fileNoun;
  const last = parent[parent.length - 1]!;
  const arrayKey = typeof last === 'number' ? parent[parent.length - 2] : last;
  if (typeof arrayKey === 'string' && NOUNS[arrayKey]) return NOUNS[arrayKey]!;
  const title = fieldAt(ctx.schema, parent).meta.title;
  if (title) return title.toLowerCase();
  return typeof arrayKey === 'string' ? `"${arrayKey}"` : 'item';
}

function hint(info: FieldInfo, withExample: boolean): string {
  const example = info.meta.examples?.[0];
  if (withExample && example !== undefined) return `, e.g. ${JSON.stringify(example)}`;
  if (info.values.length > 1) return ` (one of: ${info.values.join(', ')})`;
  if (info.values.length === 1) return `: ${JSON.stringify(info.values[0])}`;
  const d = info.meta.description?.replace(/\.$/, '');
  return d ? ` (${d.charAt(0).toLowerCase()}${d.slice(1)})` : '';
}

function describeIssue(issue: Issue, info: FieldInfo): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedWords(issue.expected, info.nullable)}, got ${describe(input)}${quoteHint(issue.expected, input)}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (values.length === 1) return `must be ${JSON.stringify(values[0])} — got ${describe(input)}`;
      const guess = typeof input === 'string' ? didYouMean(input, values) : '';
      return `must be one of: ${values.join(', ')} — got ${describe(input)}${guess}`;
    }
    case 'invalid_format':
    case 'custom':
      return formatMessage(issue.message, input);
    case 'too_small':
      return tooSmall(issue, input);
    case 'too_big':
      return tooBig(issue, input);
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor} — got ${describe(input)}`;
    case 'invalid_union':
      return info.keys.includes('en')
        ? `must be text in quotes, or the same text in each language, e.g. {"en": "Good morning", "es": "Buenos días"} — got ${describe(input)}`
        : `is not valid here — got ${describe(input)}`;
    default:
      return `is not valid here — got ${describe(input)}`;
  }
}
