import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesTheGameNeeds } from '../../e2e/harness/buildFiles';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Builds the game for real (into a scratch folder, not dist/) and reads what a browser would get:
 * the policy and the absence of inline script are properties of the built page, not of the source.
 */
describe('the built page', () => {
  let out = '';
  let html = '';
  let doc: Document;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'techshift-build-'));
    await build({ root: ROOT, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    html = readFileSync(join(out, 'index.html'), 'utf8');
    doc = new JSDOM(html).window.document;
  }, 120_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const policy = () => {
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta, 'index.html carries a Content-Security-Policy <meta>').not.toBeNull();
    const directives = new Map<string, string[]>();
    for (const part of (meta!.getAttribute('content') ?? '').split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name) directives.set(name, sources);
    }
    return { meta: meta!, directives };
  };

  it('carries a Content Security Policy of at least self-only scripts, no plugins and a fixed base', () => {
    const { directives } = policy();
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
  });

  it('allows nothing beyond its own origin (no inline, no eval, no other host), but HTTPS requests to a cmi5 record store', () => {
    const { directives } = policy();
    expect(directives.get('connect-src')).toEqual(["'self'", 'https:']);
    const sources = [...directives].filter(([name]) => name !== 'connect-src').flatMap(([, s]) => s);
    expect(sources.filter((s) => s !== "'self'" && s !== "'none'")).toEqual([]);
  });

  it('puts the policy before every script and stylesheet, so it covers them all', () => {
    const { meta } = policy();
    for (const el of doc.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"]')) {
      expect(meta.compareDocumentPosition(el) & doc.defaultView!.Node.DOCUMENT_POSITION_FOLLOWING, el.outerHTML).toBeTruthy();
    }
  });

  it('has no inline script: every script is a file, with no body, and no element has an event-handler attribute', () => {
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(s.getAttribute('src'), s.outerHTML).toMatch(/^\.\/assets\/.+\.js$/);
      expect(s.textContent?.trim(), s.outerHTML).toBe('');
    }
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
      el
        .getAttributeNames()
        .filter((a) => a.startsWith('on'))
        .map((a) => `${el.tagName} ${a}`),
    );
    expect(handlers).toEqual([]);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('explains in static text, without any script, how to serve the folder when the game cannot start', () => {
    const note = doc.querySelector('#root .boot-note');
    expect(note?.textContent).toContain('file://');
    expect(note?.textContent).toContain('python3 -m http.server 8000');
  });

  it('the offline worker precaches every file of the build', () => {
    const worker = readFileSync(join(out, 'sw.js'), 'utf8');
    // Minified or not (vite-plugin-pwa follows NODE_ENV, which Vitest sets to "test").
    const precached = new Set([...worker.matchAll(/["']?url["']?\s*:\s*"([^"]+)"\s*,\s*["']?revision/g)].map((m) => m[1]));
    const files = filesTheGameNeeds(out);
    expect(files).toContain('index.html');
    expect(files.some((f) => f.startsWith('audio/'))).toBe(true);
    expect(files.filter((f) => !precached.has(f))).toEqual([]);
  });
});
