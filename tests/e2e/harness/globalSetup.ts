import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built game on a free loopback port for the e2e project, and stops it by its own handle. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium(); // fail fast, with the install hint, before anything else starts
  const root = resolve(import.meta.dirname, '../../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does it for you).');
  }
  const server: PreviewServer = await preview({
    root,
    logLevel: 'error',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  await waitUntilAnswering(baseUrl);
  project.provide('baseUrl', baseUrl);
  return async () => {
    await server.close();
  };
}

async function waitUntilAnswering(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview never answered at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
