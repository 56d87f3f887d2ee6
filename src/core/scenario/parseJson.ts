import { say, type Said } from './checkerWords';
import type { FileWhat } from './checkerWords/params';
import { words } from './placer';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { nodeToValue, duplicateKeys } from './jsonTree';
import { FILE_PATH, type Problem } from './problems';
import { scanSyntax } from './syntaxScan';
import { syntaxMessage } from './syntaxMessages';
import { positionFinder, type Position } from './textPosition';

/** Largest scenario file accepted: 1 MB (1,000,000 bytes). Real ones are 5–20 kB. */
export const MAX_SCENARIO_BYTES = 1_000_000;

/** What to parse and how to talk about it. */
export interface ParseJsonOptions {
  /** File name used in every problem. */
  file: string;
  /** Largest accepted size in UTF-8 bytes; default MAX_SCENARIO_BYTES. */
  maxBytes?: number;
  /** The kind of file, for messages: "scenario" (default) or "catalog". */
  what?: FileWhat;
}

/** Parsed JSON with its tree (for locating problems), or the syntax errors that stopped it. */
export type ParsedJson =
  | { ok: true; text: string; tree: Node; value: unknown; position: (offset: number) => Position; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

const BOM = 0xfeff;

/**
 * Parses strict JSON and explains every syntax mistake with line and column: empty file, comments,
 * trailing commas, missing quotes, duplicate fields, oversized or too deeply nested input. A leading
 * byte-order mark is stripped with a warning (positions then match what editors show).
 */
export function parseJson(input: string, options: ParseJsonOptions): ParsedJson {
  const { file, maxBytes = MAX_SCENARIO_BYTES, what = 'scenario' } = options;
  const warnings: Problem[] = [];
  const atStart = (message: Said, severity: Problem['severity']): Problem => ({
    file,
    line: 1,
    column: 1,
    path: FILE_PATH,
    ...words(message),
    severity,
  });
  const fail = (errors: Problem[]): ParsedJson => ({ ok: false, errors, warnings });

  let text = input;
  if (text.charCodeAt(0) === BOM) {
    text = text.slice(1);
    warnings.push(atStart(say('byteOrderMark'), 'warning'));
  }
  const bytes = utf8Length(text);
  if (bytes > maxBytes) {
    return fail([atStart(say('tooLarge', { size: megabytes(bytes, maxBytes), max: megabytes(maxBytes, 0), what }), 'error')]);
  }
  if (text.trim() === '') return fail([atStart(say('emptyFile', { what }), 'error')]);

  const position = positionFinder(text);
  const at = (offset: number, message: Said): Problem => ({
    file,
    ...position(offset),
    path: FILE_PATH,
    ...words(message),
    severity: 'error',
  });

  const scan = scanSyntax(text);
  const found = scan.problems.map((p) => at(p.offset, p.message));
  if (scan.tooDeep) return fail(found);

  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const first = parseErrors[0];
  if (first) {
    const m = syntaxMessage(text, first, what);
    found.push(at(m.offset, m.message));
  }
  if (found.length > 0 || !tree) return fail(sortByPlace(found.length > 0 ? found : [at(0, say('notValidJson'))]));

  const dupes = duplicateKeys(tree).map((key) => at(key.offset, say('duplicateField', { key: String(key.value) })));
  if (dupes.length > 0) return fail(dupes);

  return { ok: true, text, tree, value: nodeToValue(tree), position, warnings };
}

function sortByPlace(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** UTF-8 size of a string, without allocating an encoded copy. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes as decimal megabytes with one decimal, with more when rounding would hide that it exceeds `limit`. */
function megabytes(bytes: number, limit: number): string {
  const short = (bytes / 1e6).toFixed(1);
  if (Number(short) * 1e6 > limit || limit === 0) return short.replace(/\.0$/, '');
  return (bytes / 1e6).toFixed(3);
}
