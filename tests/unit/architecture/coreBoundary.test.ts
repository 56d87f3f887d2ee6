import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, parseModule, ROOT, sourceFiles, where, type ParsedModule } from './moduleGraph';

const SRC = join(ROOT, 'src');
const CORE = join(SRC, 'core');
const FRONT_DOOR = join(CORE, 'index.ts');
/** The only packages the core may use: both are pure data libraries with no DOM or clock. */
const CORE_PACKAGES = new Set(['zod', 'jsonc-parser']);

const inCore = (file: string) => file.startsWith(CORE + '/');

/** What one core file does that the core must not: reach outside itself, or read the machine. */
function coreViolations(file: string, parsed: ParsedModule): string[] {
  const out: string[] = [];
  for (const i of parsed.imports) {
    if (i.file !== undefined && !inCore(i.file)) out.push(`${where(file, i.line)} imports ${i.specifier}, outside the core`);
    if (i.pkg !== undefined && !CORE_PACKAGES.has(i.pkg)) out.push(`${where(file, i.line)} imports the package ${i.pkg}`);
  }
  for (const u of parsed.uses) out.push(`${where(file, u.line)} uses ${u.name}`);
  return out;
}

/** An import of the core from outside it that bypasses the front door (src/core/index.ts). */
function backDoors(file: string, parsed: ParsedModule): string[] {
  return parsed.imports
    .filter((i) => i.file !== undefined && inCore(i.file) && i.file !== FRONT_DOOR)
    .map((i) => `${where(file, i.line)} imports ${i.specifier}; import from the core's index instead`);
}

const coreFiles = sourceFiles(CORE);
const appFiles = sourceFiles(SRC).filter((f) => !inCore(f));

describe('the core is pure', () => {
  it('has source files to check', () => {
    expect(coreFiles.length).toBeGreaterThan(50);
  });

  it('imports nothing outside itself but zod and jsonc-parser, and never reads the DOM, storage, the clock or chance', () => {
    expect(coreFiles.flatMap((f) => coreViolations(f, parseFile(f)))).toEqual([]);
  });

  it('is reached from the rest of src/ only through its index', () => {
    expect(appFiles.flatMap((f) => backDoors(f, parseFile(f)))).toEqual([]);
  });
});

describe('the boundary check itself', () => {
  const file = join(CORE, 'engine', 'example.ts');
  const check = (text: string) => coreViolations(file, parseModule(file, text));

  it('catches a core import of the store, the scene, the UI or a platform module, by resolving the path', () => {
    expect(check("import { browserStore } from '../../state/browserStore';")).toEqual([
      'src/core/engine/example.ts:1 imports ../../state/browserStore, outside the core',
    ]);
    expect(check("export { x } from '../../platform/storage';")).toHaveLength(1);
    expect(check("const m = await import('../../scene/PharmacyCanvas');")).toHaveLength(1);
    // A path that leaves the core and comes back in is still inside it.
    expect(check("import { findings } from '../../core/findings';")).toEqual([]);
  });

  it('catches forbidden packages, including type-only and subpath imports', () => {
    for (const line of [
      "import { useState } from 'react';",
      "import type { Mesh } from 'three';",
      "import { Html } from '@react-three/drei';",
      "const { Howl } = await import('howler');",
      "import { create } from 'zustand/vanilla';",
      "import { readFileSync } from 'node:fs';",
    ]) {
      expect(check(line), line).toHaveLength(1);
    }
    expect(check("import { z } from 'zod';")).toEqual([]);
  });

  it('catches the clock, chance and the DOM, but not words or properties that share their names', () => {
    expect(check('export const at = Date.now();')).toEqual(['src/core/engine/example.ts:1 uses Date.now']);
    expect(check('export const roll = Math.random();')).toEqual(['src/core/engine/example.ts:1 uses Math.random']);
    expect(check('export const today = new Date();')).toEqual(['src/core/engine/example.ts:1 uses new Date()']);
    expect(check('export const t = performance.now();')).toEqual(['src/core/engine/example.ts:1 uses performance']);
    expect(check('const saved = localStorage.getItem("x");')).toEqual(['src/core/engine/example.ts:1 uses localStorage']);
    expect(check('const w = window;')).toEqual(['src/core/engine/example.ts:1 uses window']);
    expect(check("export const d = new Date('2026-01-02');")).toEqual([]);
    expect(check("export const say = 'Come to the window.';")).toEqual([]);
    expect(check('// window.alert is not used here\nexport const a = { window: 1, document: 2 }.window;')).toEqual([]);
  });

  it('catches a back door into the core from the UI', () => {
    const ui = join(SRC, 'ui', 'panels', 'Example.tsx');
    expect(backDoors(ui, parseModule(ui, "import { replay } from '../../core/engine/engine';"))).toHaveLength(1);
    expect(backDoors(ui, parseModule(ui, "import { replay } from '../../core';"))).toEqual([]);
  });
});
