import { problemText } from './checkerWords/render';
import type { Said } from './checkerWords';
import type { ScenarioLanguage } from './primitives';

/** One thing wrong (or worth a second look) in a file, with where it is. */
export interface Problem {
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters as editors show them. */
  column: number;
  /** Where in the data, JS-style: `prescriptions[0].quantity`; `(file)` for the file as a whole. */
  path: string;
  /** The message in English, as the checker prints it by default. */
  message: string;
  /** The message as data, so it can be said in another language (see checkerWords/); absent only on problems made outside the core. */
  said?: Said;
  severity: 'error' | 'warning';
}

/** The path shown for a problem about the whole file. */
export const FILE_PATH = '(file)';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A data path as authors read it: `prescriptions[0].quantity`, `["odd key"]`, or `(file)` when empty. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return FILE_PATH;
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

/** One line, `file:line:column path: message`, the layout editors and CI turn into links. */
export function formatProblem(p: Problem, language: ScenarioLanguage = 'en'): string {
  return `${p.file}:${p.line}:${p.column} ${p.path}: ${problemText(p, language)}`;
}

/** Problems in reading order: by line, then column (stable for ties). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column || a.i - b.i)
    .map(({ p }) => p);
}
