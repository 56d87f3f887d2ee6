import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { z } from 'zod';
import { nodeForPath, type Anchor } from './jsonTree';
import type { ProblemSink } from './problemSink';
import { formatPath } from './problems';
import { fieldAt, type FieldInfo } from './schemaAt';
import { closest } from './suggest';
import type { Position } from './textPosition';
import { say, sayIn, type Said } from './checkerWords';
import { gotOf } from './checkerWords/got';
import type { FieldHint, FileWhat, Owner } from './checkerWords/params';
import { formatMessage, quoteHint, tooBig, tooSmall } from './valueWords';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** What messages need to know about the file: its tree for places, its schema for wording. */
export interface IssueContext {
  file: string;
  tree: Node;
  position: (offset: number) => Position;
  schema: z.core.$ZodType;
  /** What the whole file is, for "every encounter needs a title". */
  fileNoun: FileWhat;
}

/**
 * Plain-English problems, with line and column, for zod issues (parse with `reportInput: true`),
 * added to `sink`, which stops building them past its limit.
 */
export function issueProblems(issues: readonly Issue[], ctx: IssueContext, sink: ProblemSink): void {
  const seen = new Set<string>();
  const add = (path: Path, anchor: Anchor, message: () => Said) =>
    sink.add(() => {
      const said = message();
      const text = sayIn(said, 'en');
      const key = `${formatPath(path)}\u0000${text}`;
      if (seen.has(key)) return undefined;
      seen.add(key);
      const node = nodeForPath(ctx.tree, path, anchor);
      return { file: ctx.file, ...ctx.position(node.offset), path: formatPath(path), message: text, said, severity: 'error' };
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

function unknownField(key: string, allowed: string[]): Said {
  const guess = closest(key, allowed);
  if (guess !== undefined) return say('unknownField', { key, guess, allowed: [] });
  const list = allowed.filter((k) => k !== '$schema');
  return say('unknownField', { key, allowed: list.length > 0 && list.length <= 30 ? list : [] });
}

const LIST_NOUNS = new Set([
  'prescriptions',
  'products',
  'localProducts',
  'encounters',
  'allergies',
  'medications',
  'fillHistory',
  'findings',
  'alterations',
  'interactions',
  'dropOff',
  'pickUp',
  'insurance',
]);

function missingField(path: Path, ctx: IssueContext): Said {
  const field = String(path[path.length - 1]);
  const owner = ownerOf(path.slice(0, -1), ctx);
  const info = fieldAt(ctx.schema, path);
  const shape = info.kind === 'array' ? 'array' : info.kind === 'object' ? 'object' : 'value';
  const h = hint(info, shape === 'value');
  return say('missingField', { field, owner, shape, ...(h !== undefined ? { hint: h } : {}) });
}

function ownerOf(parent: Path, ctx: IssueContext): Owner {
  if (parent.length === 0) return { t: 'file', what: ctx.fileNoun };
  const last = parent[parent.length - 1]!;
  const arrayKey = typeof last === 'number' ? parent[parent.length - 2] : last;
  if (typeof arrayKey === 'string' && LIST_NOUNS.has(arrayKey)) return { t: 'list', key: arrayKey };
  const title = fieldAt(ctx.schema, parent).meta.title;
  if (title) return { t: 'title', title };
  return typeof arrayKey === 'string' ? { t: 'field', key: arrayKey } : { t: 'item' };
}

function hint(info: FieldInfo, withExample: boolean): FieldHint | undefined {
  const example = info.meta.examples?.[0];
  if (withExample && example !== undefined) return { t: 'example', json: JSON.stringify(example) };
  if (info.values.length > 1) return { t: 'values', values: info.values };
  if (info.values.length === 1) return { t: 'value', json: JSON.stringify(info.values[0]) };
  const d = info.meta.description?.replace(/\.$/, '');
  return d ? { t: 'description', text: `${d.charAt(0).toLowerCase()}${d.slice(1)}` } : undefined;
}

function describeIssue(issue: Issue, info: FieldInfo): Said {
  const input = issue.input;
  const got = gotOf(input);
  switch (issue.code) {
    case 'invalid_type': {
      const quote = quoteHint(issue.expected, input);
      return say('wrongType', {
        expected: issue.expected,
        nullable: info.nullable,
        got,
        ...(quote !== undefined ? { quote, raw: String(input) } : {}),
      });
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (values.length === 1) return say('mustBe', { value: values[0]!, got });
      const guess = typeof input === 'string' ? closest(input, values) : undefined;
      return say('mustBeOneOf', { values, got, ...(guess !== undefined ? { guess } : {}) });
    }
    case 'invalid_format':
    case 'custom':
      return formatMessage(issue.message, input);
    case 'too_small':
      return tooSmall(issue, input);
    case 'too_big':
      return tooBig(issue, input);
    case 'not_multiple_of':
      return say('notMultipleOf', { divisor: Number(issue.divisor), got });
    case 'invalid_union':
      return info.keys.includes('en') ? say('notTextOrLanguages', { got }) : say('notValidHere', { got });
    default:
      return say('notValidHere', { got });
  }
}
