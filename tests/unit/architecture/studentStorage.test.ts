import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModule, ROOT, sourceFiles, where } from './moduleGraph';

/** The only files that may touch the browser's stores: the one that opens them and the one that wipes them. */
const ALLOWED = new Set(['src/platform/studentStorage.ts', 'src/platform/endSession.ts']);
const STORES = new Set(['localStorage', 'sessionStorage', 'indexedDB']);

/** Uses of a browser store (or of Cache Storage) in one file that is not allowed them. */
function strayUses(file: string, text: string): string[] {
  if (ALLOWED.has(relative(ROOT, file))) return [];
  const uses = parseModule(file, text)
    .uses.filter((u) => STORES.has(u.name))
    .map((u) => `${where(file, u.line)} uses ${u.name}`);
  const cacheLines = text
    .split('\n')
    .flatMap((line, i) => (/\bcaches\.(open|keys|delete|match|has)\b/.test(line) ? [`${where(file, i + 1)} uses caches`] : []));
  return [...uses, ...cacheLines];
}

describe('every byte a student leaves goes through the one namespace', () => {
  it('no file outside src/platform/studentStorage.ts and endSession.ts touches localStorage, sessionStorage, IndexedDB or Cache Storage', () => {
    const files = sourceFiles(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => strayUses(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('catches a store reached around the namespace, but not words that share the names', () => {
    const file = join(ROOT, 'src', 'platform', 'lms', 'queue.ts');
    expect(strayUses(file, "localStorage.setItem('lms-queue', '[]');")).toEqual(['src/platform/lms/queue.ts:1 uses localStorage']);
    expect(strayUses(file, "const db = indexedDB.open('statements');")).toHaveLength(1);
    expect(strayUses(file, "await caches.open('results');")).toEqual(['src/platform/lms/queue.ts:1 uses caches']);
    expect(strayUses(file, "const words = 'saved in localStorage';")).toEqual([]);
    expect(strayUses(join(ROOT, 'src', 'platform', 'endSession.ts'), 'localStorage.clear();')).toEqual([]);
  });
});
