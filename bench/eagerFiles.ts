import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSize } from './gzip';

/** One file the built index.html loads before anything runs. */
export interface EagerFile {
  /** Path relative to the build folder. */
  path: string;
  raw: number;
  gzip: number;
}

const TAG = /<(script|link)\b[^>]*>/gi;
const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** URLs index.html loads eagerly: script src, modulepreload and stylesheet links, in document order. */
export function eagerUrls(indexHtml: string): string[] {
  const urls: string[] = [];
  for (const m of indexHtml.matchAll(TAG)) {
    const tag = m[0];
    if (m[1]!.toLowerCase() === 'script') {
      const src = attr(tag, 'src');
      if (src) urls.push(src);
    } else {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(tag, 'href');
      if (href && (rel.includes('modulepreload') || rel.includes('stylesheet'))) urls.push(href);
    }
  }
  return urls;
}

/** index.html and every local file it loads eagerly, with raw and gzip sizes; throws on a missing file. */
export function eagerFiles(distDir: string): EagerFile[] {
  const html = readFileSync(resolve(distDir, 'index.html'));
  const out: EagerFile[] = [{ path: 'index.html', raw: html.length, gzip: gzipSize(html) }];
  for (const url of eagerUrls(html.toString('utf8'))) {
    if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) continue;
    const path = url.replace(/^\.?\//, '').split(/[?#]/)[0]!;
    const body = readFileSync(resolve(distDir, path));
    out.push({ path, raw: body.length, gzip: gzipSize(body) });
  }
  return out;
}
