import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSync } from 'oxc-parser';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** One import, re-export or dynamic import of a file, resolved the way the bundler resolves it. */
export interface ModuleImport {
  /** The specifier as written. */
  specifier: string;
  /** 1-based line of the specifier. */
  line: number;
  /** The file it resolves to (absolute), for a relative import. */
  file?: string;
  /** The package name, for a bare import (`zod`, `@react-three/fiber`, `node:fs`). */
  pkg?: string;
}

/** A place in the source where something was used, by name (e.g. `Date.now`, `window`). */
export interface Use {
  name: string;
  line: number;
}

/** What one source file imports and which forbidden globals or calls it uses. */
export interface ParsedModule {
  imports: ModuleImport[];
  uses: Use[];
}

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs'];

/** Every TypeScript or JavaScript file under a folder. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Resolves a relative specifier to a file, trying the extensions and index files the bundler tries. */
export function resolveRelative(fromFile: string, specifier: string): string {
  const bare = specifier.replace(/[?#].*$/, '');
  const base = resolve(dirname(fromFile), bare);
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, `index${e}`))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base;
}

/** The package a bare specifier names: `@scope/name` or `name`, without any subpath. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Globals and calls that make code depend on the machine it runs on: the DOM, storage, the clock, chance. */
export const IMPURE_GLOBALS = new Set([
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'performance',
  'crypto',
]);
export const IMPURE_MEMBERS = new Set(['Date.now', 'Math.random']);

type Node = { type: string; start: number; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Calls `visit` for every node with its parent; the walker knows nothing of node kinds. */
function walk(node: Node, parent: Node | null, visit: (node: Node, parent: Node | null) => void): void {
  visit(node, parent);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, node, visit);
    } else if (isNode(value)) walk(value, node, visit);
  }
}

/** True when an identifier names a variable here, not a property, a key or a type. */
function isReference(node: Node, parent: Node | null): boolean {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && parent.property === node && parent.computed !== true) return false;
  if (
    (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
    parent.key === node &&
    parent.computed !== true
  )
    return false;
  if (parent.type.startsWith('TS')) return false;
  if (parent.type === 'ImportSpecifier' || parent.type === 'ExportSpecifier' || parent.type === 'LabeledStatement') return false;
  return true;
}

/** Parses one file's text: its imports and its uses of impure globals and calls. */
export function parseModule(file: string, text: string): ParsedModule {
  const parsed = parseSync(file, text);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const imports: ModuleImport[] = [];
  const add = (specifier: string, offset: number) => {
    const entry: ModuleImport = { specifier, line: lineOf(offset) };
    if (specifier.startsWith('.') || specifier.startsWith('/')) entry.file = resolveRelative(file, specifier);
    else entry.pkg = packageOf(specifier);
    imports.push(entry);
  };
  for (const i of parsed.module.staticImports) add(i.moduleRequest.value, i.moduleRequest.start);
  for (const e of parsed.module.staticExports) {
    for (const entry of e.entries) if (entry.moduleRequest) add(entry.moduleRequest.value, entry.moduleRequest.start);
  }
  const uses: Use[] = [];
  walk(parsed.program as unknown as Node, null, (node, parent) => {
    if (node.type === 'ImportExpression') {
      const source = node.source as Node & { value?: unknown };
      if (source.type === 'Literal' && typeof source.value === 'string') add(source.value, source.start);
      else uses.push({ name: 'import(<computed>)', line: lineOf(node.start) });
    }
    if (node.type === 'MemberExpression' && node.computed !== true) {
      const object = node.object as Node & { name?: string };
      const property = node.property as Node & { name?: string };
      const name = `${object.name ?? ''}.${property.name ?? ''}`;
      if (object.type === 'Identifier' && IMPURE_MEMBERS.has(name)) uses.push({ name, line: lineOf(node.start) });
    }
    if (node.type === 'NewExpression') {
      const callee = node.callee as Node & { name?: string };
      // new Date(iso) is arithmetic on a given date; new Date() reads the clock.
      if (callee.type === 'Identifier' && callee.name === 'Date' && (node.arguments as unknown[]).length === 0) {
        uses.push({ name: 'new Date()', line: lineOf(node.start) });
      }
    }
    if (node.type === 'Identifier' && IMPURE_GLOBALS.has(String(node.name)) && isReference(node, parent)) {
      uses.push({ name: String(node.name), line: lineOf(node.start) });
    }
  });
  return { imports, uses };
}

/** Parses a file on disk. */
export function parseFile(file: string): ParsedModule {
  return parseModule(file, readFileSync(file, 'utf8'));
}

/** `src/core/x.ts:12` for messages. */
export function where(file: string, line: number): string {
  return `${relative(ROOT, file)}:${line}`;
}
