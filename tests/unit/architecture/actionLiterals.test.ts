import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../../src/core/engine/actions';

/**
 * The Action is written once, in the core: outside the creators, no code builds an action object
 * by hand, so a change to an action's shape is made in one place and the compiler finds the callers.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const SCANNED = ['src', 'bench', 'tools'];
const CREATORS = 'src/core/engine/actionCreators.ts';

/** `type: 'scanProduct'` and the like: the opening of a hand-built action literal. */
const ACTION_LITERAL = new RegExp(`\\btype\\s*:\\s*(['"\`])(${ACTION_TYPES.join('|')})\\1`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every line, outside the creators, that starts an action literal. */
function handBuiltActions(): string[] {
  const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir))).filter((f) => relative(ROOT, f) !== CREATORS);
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (ACTION_LITERAL.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('actions are built by the core creators only', () => {
  it('scans the UI, the store and the tools', () => {
    const scanned = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((f) => relative(ROOT, f));
    expect(scanned).toEqual(expect.arrayContaining(['src/ui/panels/shelves/ShelvesPanel.tsx', 'src/state/sceneEvents.ts', CREATORS]));
  });

  it('finds no hand-built action literal in src, bench or tools', () => {
    expect(handBuiltActions()).toEqual([]);
  });

  it('recognises an action literal, on one line or many, and lets creators and type checks through', () => {
    for (const line of ["dispatch({ type: 'scanProduct', rx })", '      type: "flagProblem",', 'moves.push({ type: `handOut` });']) {
      expect(ACTION_LITERAL.test(line), line).toBe(true);
    }
    for (const line of [
      'dispatch(actions.scanProduct(rx))',
      "if (action.type === 'countProduct') reset();",
      "<button type='button'>",
      "{ type: 'fill' }",
    ]) {
      expect(ACTION_LITERAL.test(line), line).toBe(false);
    }
  });

  it('has creators that really build the literals', () => {
    expect(readFileSync(join(ROOT, CREATORS), 'utf8')).toMatch(ACTION_LITERAL);
  });
});
