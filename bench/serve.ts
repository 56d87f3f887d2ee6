import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';

/** The repository root (bench/ lives directly under it). */
export const ROOT = resolve(import.meta.dirname, '..');

/** A served build: its base URL, its folder, and its own stop handle. */
export interface Served {
  url: string;
  dir: string;
  close(): Promise<void>;
}

/**
 * Builds the production bundle with the project's vite.config.ts into a fresh temporary folder
 * (not dist/, which other people's test runs may be reading) and returns that folder.
 */
export async function buildBundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'techshift-bench-'));
  await build({ root: ROOT, logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  return dir;
}

/** Serves a built folder with `vite preview` on 127.0.0.1 and a free port; close() stops it and deletes the folder. */
export async function serveBuild(dir: string): Promise<Served> {
  const server = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('vite preview did not report a port');
  }
  const url = `http://127.0.0.1:${address.port}/`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the preview server answered ${res.status} at ${url}`);
  return {
    url,
    dir,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
