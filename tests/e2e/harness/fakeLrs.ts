import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import * as validation from '@learninglocker/xapi-validation';
import { serveFolder } from './staticServer';

const DIST = resolve(import.meta.dirname, '../../../dist');

/** Learning Locker's statement validator (a CommonJS default export). */
export const validateStatement = ((validation as unknown as { default: { default?: unknown } }).default.default ??
  (validation as unknown as { default: unknown }).default) as (statement: unknown) => { path: string[]; name: string }[];

const TOKEN = 'dGVjaHNoaWZ0OnRlc3Q=';

/** What the fake LMS put in LMS.LaunchData. */
export const LAUNCH_DATA = {
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.test/course/pharmacy-101' }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-7f3a' },
  },
  launchMode: 'Normal',
  moveOn: 'CompletedAndPassed',
  masteryScore: 0.7,
  returnURL: 'https://lms.test/course/pharmacy-101',
};

/** A cmi5 LMS and LRS that also serve the built game, so the game's Content Security Policy ('self') lets it talk to them. */
export interface FakeLrs {
  /** The origin's root, ending in "/": the game is at this URL, the LRS under xapi/. */
  readonly url: string;
  /** Statements stored, in arrival order. */
  readonly statements: Record<string, unknown>[];
  /** Problems the validator found in anything sent, one line each. */
  readonly warnings: string[];
  /** PUTs of an id already stored: a client that resends what was delivered shows up here. */
  readonly duplicates: string[];
  /** Times the fetch URL was used. */
  readonly fetches: number;
  /** While down, every statements request gets 503 and nothing is stored. */
  down: boolean;
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
  });
}

/** A cmi5 LMS's fetch URL and an LRS's statements and state resources, beside dist/ on 127.0.0.1, validating everything it receives. */
export async function startFakeLrs(): Promise<FakeLrs> {
  const statements: Record<string, unknown>[] = [];
  const warnings: string[] = [];
  const duplicates: string[] = [];
  let fetches = 0;
  const lrs = { down: false };

  const answer = (res: ServerResponse, status: number, json?: unknown) => {
    res.writeHead(status, json === undefined ? {} : { 'Content-Type': 'application/json' });
    res.end(json === undefined ? undefined : JSON.stringify(json));
  };

  const lmsAndLrs = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname === '/fetch' && req.method === 'POST') {
      fetches++;
      // cmi5: the fetch URL gives the token once; asking again is an error.
      return fetches === 1
        ? answer(res, 200, { 'auth-token': TOKEN })
        : answer(res, 200, { 'error-code': '1', 'error-text': 'already in use' });
    }
    if (req.headers.authorization !== `Basic ${TOKEN}`) return answer(res, 401);
    if (req.headers['x-experience-api-version'] !== '1.0.3')
      warnings.push(`${req.method} ${url.pathname}: no X-Experience-API-Version 1.0.3`);
    if (url.pathname === '/xapi/activities/state' && req.method === 'GET') {
      return url.searchParams.get('stateId') === 'LMS.LaunchData' ? answer(res, 200, LAUNCH_DATA) : answer(res, 404);
    }
    if (url.pathname === '/xapi/statements' && req.method === 'PUT') {
      const text = await body(req);
      if (lrs.down) return answer(res, 503);
      const id = url.searchParams.get('statementId') ?? '';
      const statement = JSON.parse(text) as Record<string, unknown>;
      const problems = validateStatement(statement);
      for (const p of problems) warnings.push(`${id} ${p.path.join('.')}: ${p.name}`);
      if (statement.id !== id) warnings.push(`${id}: statementId and body id differ`);
      if (problems.length) return answer(res, 400);
      if (statements.some((s) => s.id === id)) {
        duplicates.push(id);
        return answer(res, 409);
      }
      statements.push(statement);
      return answer(res, 204);
    }
    return answer(res, 405);
  };
  const server = await serveFolder(DIST, {}, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/fetch' && !url.pathname.startsWith('/xapi/')) return false;
    void lmsAndLrs(req, res, url);
    return true;
  });
  return {
    url: server.url,
    statements,
    warnings,
    duplicates,
    get fetches() {
      return fetches;
    },
    get down() {
      return lrs.down;
    },
    set down(value: boolean) {
      lrs.down = value;
    },
    close: () => server.close(),
  };
}

/** The query a cmi5 LMS appends to the AU's URL. */
export function cmi5Query(lrs: FakeLrs, registration: string): string {
  return new URLSearchParams({
    endpoint: `${lrs.url}xapi/`,
    fetch: `${lrs.url}fetch`,
    actor: JSON.stringify({ objectType: 'Agent', name: 'Marisol Ortega', account: { homePage: 'https://lms.test', name: 's-1001' } }),
    registration,
    activityId: 'https://lms.test/au/techshift-lisinopril',
  }).toString();
}
