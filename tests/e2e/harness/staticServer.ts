import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

/** A route: a folder served as files, or a handler that answers itself. */
export type Route = string | ((req: IncomingMessage, res: ServerResponse) => void);

/** A loopback server the test starts and stops by its own handle. */
export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves each URL prefix ("/pkg/") from its route, on 127.0.0.1 and a free port. Anything else is 404. */
export async function serveStatic(routes: Record<string, Route>): Promise<StaticServer> {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const route = prefix === undefined ? undefined : routes[prefix];
    if (route === undefined) return void res.writeHead(404).end();
    if (typeof route === 'function') return route(req, res);
    const file = normalize(join(route, path.slice(prefix!.length) || 'index.html'));
    if (!file.startsWith(normalize(route + sep)) && file !== normalize(route)) return void res.writeHead(403).end();
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
