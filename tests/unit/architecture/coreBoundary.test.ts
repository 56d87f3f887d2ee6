import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORE = join(ROOT, 'src/core');

const FORBIDDEN_IMPORT = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"](react|react-dom|three|@react-three\/[\w-]+|howler|zustand)(?:\/[^'"]*)?['"]/;
const FORBIDDEN_GLOBAL = /\b(window|document|localStorage|sessionStorage|indexedDB|navigator)\s*[.[]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Strips comments so a remark about `window.` in prose does not count as a use. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Empties string literals so a message such as "come to the window." is not a use of `window`. */
function withoutStrings(line: string): string {
  return line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

/** Every line in the given files that reaches outside the pure core. */
function boundaryViolations(files: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    code(readFileSync(file, 'utf8'))
      .split('\n')
      .forEach((line, i) => {
        const imp = FORBIDDEN_IMPORT.exec(line);
        if (imp) out.push(`${relative(ROOT, file)}:${i + 1} imports ${imp[1]}`);
        const glob = FORBIDDEN_GLOBAL.exec(withoutStrings(line));
        if (glob) out.push(`${relative(ROOT, file)}:${i + 1} touches ${glob[1]}`);
      });
  }
  return out;
}

describe('the core is pure', () => {
  it('has source files to check', () => {
    expect(sourceFiles(CORE).length).toBeGreaterThan(0);
  });

  it('imports no React, three, drei, howler or zustand, and touches no window, document or storage', () => {
    expect(boundaryViolations(sourceFiles(CORE))).toEqual([]);
  });

  it('recognises each kind of forbidden import and DOM global', () => {
    const caught = [
      "import { useState } from 'react';",
      "import * as THREE from 'three';",
      "import { Html } from '@react-three/drei';",
      "const { Howl } = await import('howler');",
      "import { create } from 'zustand/vanilla';",
      'const saved = localStorage.getItem("x");',
      'window.alert(1);',
    ];
    for (const line of caught) {
      expect(FORBIDDEN_IMPORT.test(line) || FORBIDDEN_GLOBAL.test(withoutStrings(code(line))), line).toBe(true);
    }
    expect(FORBIDDEN_IMPORT.test("import { z } from 'zod';")).toBe(false);
    expect(FORBIDDEN_GLOBAL.test(code('// window.alert is not used here'))).toBe(false);
    expect(FORBIDDEN_GLOBAL.test(withoutStrings("say('Come to the window.');"))).toBe(false);
  });
});
