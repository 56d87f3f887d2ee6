import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xsd': 'application/xml',
  '.xml': 'application/xml',
};

/** A folder served over HTTP on a loopback port, stopped by its own handle. */
export interface StaticServer {
  /** The served root, ending in a slash. */
  readonly url: string;
  /** How many requests it has answered, so a test can show it was not asked. */
  readonly requests: number;
  close(): Promise<void>;
}

/** Answers a request itself (an LRS on the game's own origin, say) and returns true, or returns false to let the folder answer. */
export type ExtraRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Serves `root` as a plain web server would (GET files, index.html for a folder), adding `headers`
 * to every answer: the tests use it to send a Content-Security-Policy header and to take the
 * server away mid-test, which the shared preview server cannot do. `routes` sees each request first.
 */
export async function serveFolder(root: string, headers: Record<string, string> = {}, routes?: ExtraRoutes): Promise<StaticServer> {
  const base = resolve(root);
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    if (routes?.(req, res)) return;
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'forbidden', headers);
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...headers });
        res.end(body);
      } catch {
        send(res, 404, 'not found', headers);
      }
    })();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server did not report a port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function send(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}
