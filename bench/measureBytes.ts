import type { Page, Request } from 'playwright-core';
import { gzipSize } from './gzip';
import { FILE_KINDS, type ByteCount, type BytesSnapshot, type FileBytes, type FileKind } from './types';

const EXT: [RegExp, FileKind][] = [
  [/\.(m?js)$/i, 'js'],
  [/\.css$/i, 'css'],
  [/\.(woff2?|ttf|otf|eot)$/i, 'fonts'],
  [/\.(png|jpe?g|gif|webp|avif|svg|ico|ktx2|basis|hdr|exr)$/i, 'images'],
  [/\.(ogg|oga|mp3|wav|m4a|aac|opus|flac|webm)$/i, 'audio'],
];

/** The kind of a file, from its extension, then the browser's resource type, then its content type. */
export function kindOf(url: string, resourceType: string, contentType: string): FileKind {
  const path = new URL(url).pathname;
  for (const [re, kind] of EXT) if (re.test(path)) return kind;
  if (resourceType === 'script' || /javascript|ecmascript/.test(contentType)) return 'js';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'font' || contentType.startsWith('font/')) return 'fonts';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'images';
  if (resourceType === 'media' || contentType.startsWith('audio/')) return 'audio';
  return 'other';
}

const zero = (): ByteCount => ({ files: 0, raw: 0, encoded: 0, gzip: 0 });
const add = (c: ByteCount, f: FileBytes) => {
  c.files += 1;
  c.raw += f.raw;
  c.encoded += f.encoded;
  c.gzip += f.gzip;
};

/** Totals, split by kind, the 5 largest files (by raw size) and the foreign ones. */
export function summarizeFiles(files: readonly FileBytes[], boundary: string): BytesSnapshot {
  const total = zero();
  const byKind = Object.fromEntries(FILE_KINDS.map((k) => [k, zero()])) as Record<FileKind, ByteCount>;
  for (const f of files) {
    add(total, f);
    add(byKind[f.kind], f);
  }
  const largest = [...files].sort((a, b) => b.raw - a.raw).slice(0, 5);
  return { boundary, total, byKind, largest, foreign: files.filter((f) => f.foreign) };
}

/**
 * Records every response a page receives, in phases: a request belongs to the phase in which it
 * was issued (0 = first load, 1 = after Start…). Sizes: the decoded body (raw), the encoded body
 * as it crossed the wire, and the body gzipped by the bench.
 */
export class ByteLog {
  private phase = 0;
  private readonly files: { phase: number; file: FileBytes }[] = [];
  private readonly pending = new Map<Request, number>();
  private readonly work: Promise<void>[] = [];
  private lastActivity = Date.now();

  /** Starts listening to the page; `origin` is what counts as same-origin. */
  constructor(
    page: Page,
    private readonly origin: string,
  ) {
    page.on('request', (req) => {
      if (!/^https?:/.test(req.url())) return;
      this.pending.set(req, this.phase);
      this.lastActivity = Date.now();
    });
    page.on('requestfinished', (req) => {
      const phase = this.pending.get(req);
      if (phase === undefined) return;
      this.work.push(
        this.record(req, phase).finally(() => {
          this.pending.delete(req);
          this.lastActivity = Date.now();
        }),
      );
    });
    page.on('requestfailed', (req) => {
      this.pending.delete(req);
      this.lastActivity = Date.now();
    });
  }

  /** Ends the current phase; later requests belong to the next one. Returns the phase that ended. */
  endPhase(): number {
    return this.phase++;
  }

  /** Waits until no request of the phase is in flight and the network has been quiet for `quietMs`. */
  async settle(phase: number, quietMs = 500, maxMs = 15_000): Promise<void> {
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline) {
      const busy = [...this.pending.values()].some((p) => p === phase);
      if (!busy && Date.now() - this.lastActivity >= quietMs) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(this.work);
  }

  /** What the phase transferred. */
  snapshot(phase: number, boundary: string): BytesSnapshot {
    return summarizeFiles(
      this.files.filter((f) => f.phase === phase).map((f) => f.file),
      boundary,
    );
  }

  private async record(req: Request, phase: number): Promise<void> {
    const res = await req.response();
    if (!res) return;
    const sizes = await req.sizes().catch(() => null);
    const body = await res.body().catch(() => Buffer.alloc(0));
    const url = req.url();
    this.files.push({
      phase,
      file: {
        url,
        kind: kindOf(url, req.resourceType(), res.headers()['content-type'] ?? ''),
        raw: body.length,
        encoded: sizes?.responseBodySize ?? body.length,
        gzip: body.length > 0 ? gzipSize(body) : 0,
        foreign: new URL(url).origin !== this.origin,
      },
    });
  }
}
