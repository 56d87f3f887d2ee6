/**
 * Hostile edits to a scenario file, as fast-check arbitraries: the slips and attacks a scenario
 * author, a broken editor or a malicious upload can produce. A mutation is plain data (so
 * fast-check can print and shrink it); `applyMutations` turns it into the mutant's text.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Which kind of node a tree edit aims at (the edit falls back to any node when there is none). */
type Target = 'any' | 'number' | 'string' | 'date' | 'id' | 'path' | 'array' | 'object';

/** One edit of the parsed file, at the `at`-th node of its kind (counted modulo how many there are). */
export type TreeEdit =
  | { edit: 'delete'; at: number }
  | { edit: 'wrongType'; at: number; value: Json }
  | { edit: 'number'; at: number; value: number | RawValue }
  | { edit: 'date'; at: number; value: string | { shiftDays: number } }
  | { edit: 'id'; at: number; value: string | { swapWith: number } }
  | { edit: 'path'; at: number; value: string }
  | { edit: 'duplicate'; at: number; which: number }
  | { edit: 'emptyList'; at: number }
  | { edit: 'hugeText'; at: number; length: number; unit: string }
  | { edit: 'text'; at: number; value: string }
  | { edit: 'nest'; at: number; depth: number; shape: 'array' | 'object' }
  | { edit: 'addField'; at: number; key: string }
  | { edit: 'repeatField'; at: number };

/** One edit of the file's characters, at a fraction of its length. */
export type TextEdit =
  | { edit: 'truncate'; where: number }
  | { edit: 'garbage'; where: number; bytes: number[] }
  | { edit: 'cut'; where: number; length: number }
  | { edit: 'singleQuote'; where: number }
  | { edit: 'byteOrderMark' };

/** JSON text that JSON.stringify cannot write (NaN, 1e400, -0 …), spliced in after serialising. */
export interface RawValue {
  raw: string;
}

/** Everything done to one file: tree edits first (then the file is re-serialised), then text edits. */
export interface Mutation {
  tree: TreeEdit[];
  text: TextEdit[];
}

const TARGET: Record<TreeEdit['edit'], Target> = {
  delete: 'any',
  wrongType: 'any',
  number: 'number',
  date: 'date',
  id: 'id',
  path: 'path',
  duplicate: 'array',
  emptyList: 'array',
  hugeText: 'string',
  text: 'string',
  nest: 'any',
  addField: 'object',
  repeatField: 'object',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILE_PATH = /\.json$/;

const at = fc.nat();
const raw = (text: string): RawValue => ({ raw: text });

const wrongValues: Json[] = ['x', '', 12, 0, -1, true, false, null, [], {}, ['x'], { kind: 'encounter' }, '12', 'true'];

const strangeNumbers = fc.oneof(
  fc.constantFrom<number | RawValue>(
    0,
    -0.5,
    -1,
    -30,
    1.5,
    2.5,
    1e-9,
    1e21,
    1e308,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
  ),
  // Whole numbers too large to be true but small enough to pass a type check: the likeliest to reach the rules.
  fc.constantFrom(99, 100, 999, 1000, 100_000, 10_000_000, 1e9, 2 ** 31, 1e15, Number.MAX_SAFE_INTEGER),
  fc.constantFrom(
    raw('NaN'),
    raw('Infinity'),
    raw('-Infinity'),
    raw('1e400'),
    raw('-1e400'),
    raw('1e-400'),
    raw('-0'),
    raw('0x10'),
    raw('+1'),
    raw('.5'),
    raw('01'),
  ),
  // Plausible numbers too, so many mutants still load and reach the engine.
  fc.integer({ min: -3, max: 400 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

const strangeDates = fc.oneof(
  fc.constantFrom(
    '2025-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '0000-01-01',
    '0001-01-01',
    '0099-12-31',
    '1800-01-01',
    '9999-12-31',
    '2026-1-5',
    '2026/03/14',
    '14-03-2026',
    '2026-03-14T10:00',
    '',
  ),
  // Real dates moved by up to a century either way: future fills, births after today, expired prescriptions.
  fc.integer({ min: -40_000, max: 40_000 }).map((shiftDays) => ({ shiftDays })),
);

const strangeIds = fc.oneof(
  fc.constantFrom(
    'no-such-product',
    'rx9',
    'RX1',
    'rx 1',
    'rx_1',
    '-rx1',
    'rx1-',
    'a--b',
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
  ),
  // Another id from the same file: a valid reference to the wrong thing, or a duplicate id.
  fc.nat().map((swapWith) => ({ swapWith })),
);

// A shift's encounter paths: another real encounter, files of other kinds, folders, and escapes.
const strangePaths = fc.constantFrom(
  '../encounters/fill-lisinopril-refill-day.json',
  '../encounters/./catch-penicillin-allergy.json',
  '../catalog/products.json',
  'calm-morning.json',
  '../scenario.schema.json',
  '../templates/fill.template.json',
  '../encounters',
  '../../package.json',
  '../../tests/fixtures/broken-scenarios/not-json.json',
  '/etc/passwd',
  '..\\encounters\\fill-lisinopril-refill-day.json',
  'https://example.com/x.json',
);

const strangeText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t',
    '\u0000',
    '\ud800',
    '\u202eevil',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '{{constructor.constructor("alert(1)")()}}',
    '${alert(1)}',
    '../../../../etc/passwd',
    'Robert"); DROP TABLE patients;--',
    '😀'.repeat(40),
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const fieldNames = fc.constantFrom(
  'quantiy',
  'extra',
  '__proto__',
  'constructor',
  'prototype',
  '',
  ' ',
  'kind',
  'id',
  '$schema',
  'toString',
);

const treeEdit: fc.Arbitrary<TreeEdit> = fc.oneof(
  { arbitrary: fc.record({ edit: fc.constant('delete' as const), at }), weight: 3 },
  { arbitrary: fc.record({ edit: fc.constant('wrongType' as const), at, value: fc.constantFrom(...wrongValues) }), weight: 2 },
  { arbitrary: fc.record({ edit: fc.constant('number' as const), at, value: strangeNumbers }), weight: 5 },
  { arbitrary: fc.record({ edit: fc.constant('date' as const), at, value: strangeDates }), weight: 4 },
  { arbitrary: fc.record({ edit: fc.constant('id' as const), at, value: strangeIds }), weight: 3 },
  { arbitrary: fc.record({ edit: fc.constant('path' as const), at, value: strangePaths }), weight: 1 },
  { arbitrary: fc.record({ edit: fc.constant('duplicate' as const), at, which: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ edit: fc.constant('emptyList' as const), at }), weight: 1 },
  {
    arbitrary: fc.record({
      edit: fc.constant('hugeText' as const),
      at,
      length: fc.constantFrom(2_000, 60_000, 400_000, 1_100_000),
      unit: fc.constantFrom('x', 'é', '😀', '<b>', '\\'),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ edit: fc.constant('text' as const), at, value: strangeText }), weight: 2 },
  {
    arbitrary: fc.record({
      edit: fc.constant('nest' as const),
      at,
      depth: fc.constantFrom(3, 20, 63, 64, 65, 500, 20_000),
      shape: fc.constantFrom('array' as const, 'object' as const),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ edit: fc.constant('addField' as const), at, key: fieldNames }), weight: 1 },
  { arbitrary: fc.record({ edit: fc.constant('repeatField' as const), at }), weight: 1 },
);

const where = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ edit: fc.constant('truncate' as const), where }),
  fc.record({
    edit: fc.constant('garbage' as const),
    where,
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 24 }),
  }),
  fc.record({ edit: fc.constant('cut' as const), where, length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ edit: fc.constant('singleQuote' as const), where }),
  fc.record({ edit: fc.constant('byteOrderMark' as const) }),
);

/** One to four edits of the tree, and now and then an edit of the text (alone or after them). */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ tree: fc.array(treeEdit, { minLength: 1, maxLength: 4 }), text: fc.constant<TextEdit[]>([]) }), weight: 6 },
  {
    arbitrary: fc.record({ tree: fc.array(treeEdit, { maxLength: 2 }), text: fc.array(textEdit, { minLength: 1, maxLength: 2 }) }),
    weight: 2,
  },
);

/** The mutant's text: the file parsed, edited, re-serialised (when the tree was edited), then text edits. */
export function applyMutations(original: string, m: Mutation): string {
  let text = original;
  if (m.tree.length > 0) {
    const raws: string[] = [];
    let value = JSON.parse(original) as Json;
    for (const edit of m.tree) value = applyTreeEdit(value, edit, raws);
    text = spliceRaw(JSON.stringify(value, null, 2), raws);
  }
  for (const edit of m.text) text = applyTextEdit(text, edit);
  return text;
}

/** Marker strings stand for raw JSON text until the whole file is serialised. */
const MARKER = /"\\u0001raw(\d+)\\u0001"/g;
const marker = (raws: string[], text: string): string => `\u0001raw${raws.push(text) - 1}\u0001`;

function spliceRaw(text: string, raws: string[]): string {
  // A raw piece may hold markers of earlier pieces (a repeated field holding NaN): splice until none remain.
  let out = text;
  for (let round = 0; round < 8 && out.includes('\\u0001raw'); round++) {
    out = out.replace(MARKER, (_m, i: string) => raws[Number(i)] ?? 'null');
  }
  return out;
}

interface Spot {
  path: Path;
  value: Json;
}

/** Every node of the tree, parents before children, iteratively (the tree may already be deep). */
function spots(root: Json): Spot[] {
  const out: Spot[] = [];
  const stack: Spot[] = [{ path: [], value: root }];
  while (stack.length > 0) {
    const spot = stack.pop()!;
    out.push(spot);
    const v = spot.value;
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push({ path: [...spot.path, i], value: v[i]! });
    else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v).reverse()) stack.push({ path: [...spot.path, k], value: v[k]! });
    }
  }
  return out;
}

function fits(target: Target, v: Json): boolean {
  switch (target) {
    case 'any':
      return true;
    case 'number':
      return typeof v === 'number';
    case 'string':
      return typeof v === 'string';
    case 'date':
      return typeof v === 'string' && DATE.test(v);
    case 'id':
      return typeof v === 'string' && SLUG.test(v) && !DATE.test(v);
    case 'path':
      return typeof v === 'string' && FILE_PATH.test(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v);
  }
}

function pick(all: Spot[], target: Target, n: number): Spot {
  const wanted = all.filter((s) => fits(target, s.value) && (target !== 'any' || s.path.length > 0));
  const from = wanted.length > 0 ? wanted : all;
  return from[n % from.length]!;
}

/** The tree with the node at `path` replaced (or removed, with `undefined`). */
function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value === undefined ? null : value;
  const [head, ...rest] = path;
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = [...root];
    if (rest.length === 0 && value === undefined) copy.splice(head, 1);
    else copy[head] = setAt(copy[head]!, rest, value);
    return copy;
  }
  if (root !== null && typeof root === 'object' && !Array.isArray(root) && typeof head === 'string') {
    const copy: { [key: string]: Json } = {};
    for (const k of Object.keys(root)) define(copy, k, root[k]!);
    if (rest.length === 0 && value === undefined) delete copy[head];
    else define(copy, head, setAt(root[head]!, rest, value));
    return copy;
  }
  return root;
}

/** An own field even for "__proto__", so the mutant really holds the key an attacker would write. */
function define(o: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyTreeEdit(root: Json, e: TreeEdit, raws: string[]): Json {
  const all = spots(root);
  const spot = pick(all, TARGET[e.edit], e.at);
  const put = (v: Json | undefined) => setAt(root, spot.path, v);
  switch (e.edit) {
    case 'delete':
      return spot.path.length === 0 ? root : put(undefined);
    case 'wrongType':
      return put(e.value);
    case 'number':
      return put(typeof e.value === 'number' ? e.value : marker(raws, e.value.raw));
    case 'date':
      return put(typeof e.value === 'string' ? e.value : shiftDate(spot.value, e.value.shiftDays));
    case 'id': {
      if (typeof e.value === 'string') return put(e.value);
      const ids = all.filter((s) => fits('id', s.value));
      return ids.length > 0 ? put(ids[e.value.swapWith % ids.length]!.value) : root;
    }
    case 'duplicate': {
      const list = spot.value;
      if (!Array.isArray(list) || list.length === 0) return root;
      return put([...list, list[e.which % list.length]!]);
    }
    case 'path':
      return put(e.value);
    case 'emptyList':
      return put([]);
    case 'hugeText':
      return put(e.unit.repeat(Math.ceil(e.length / e.unit.length)));
    case 'text':
      return put(e.value);
    case 'nest': {
      const [open, close] = e.shape === 'array' ? ['[', ']'] : ['{"a":', '}'];
      return put(marker(raws, `${open.repeat(e.depth)}1${close.repeat(e.depth)}`));
    }
    case 'addField': {
      const o = spot.value;
      if (o === null || typeof o !== 'object' || Array.isArray(o)) return root;
      const copy: { [key: string]: Json } = {};
      for (const k of Object.keys(o)) define(copy, k, o[k]!);
      define(copy, e.key, 'surprise');
      return put(copy);
    }
    case 'repeatField': {
      const o = spot.value;
      if (o === null || typeof o !== 'object' || Array.isArray(o)) return root;
      const entries = Object.keys(o).map((k) => `${JSON.stringify(k)}: ${JSON.stringify(o[k])}`);
      if (entries.length === 0) return root;
      return put(marker(raws, `{ ${[...entries, entries[0]!].join(', ')} }`));
    }
  }
}

function shiftDate(value: Json, days: number): Json {
  if (typeof value !== 'string' || !DATE.test(value)) return value;
  const t = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(t)) return value;
  const moved = new Date(t + days * 86_400_000);
  const y = moved.getUTCFullYear();
  if (y < 1 || y > 9999) return value;
  return moved.toISOString().slice(0, 10);
}

function applyTextEdit(text: string, e: TextEdit): string {
  if (e.edit === 'byteOrderMark') return `\ufeff${text}`;
  const i = Math.floor(e.where * text.length);
  switch (e.edit) {
    case 'truncate':
      return text.slice(0, i);
    case 'garbage':
      // Bytes decoded as UTF-8, as the checker and the browser read files: invalid ones become U+FFFD.
      return text.slice(0, i) + Buffer.from(e.bytes).toString('utf8') + text.slice(i);
    case 'cut':
      return text.slice(0, i) + text.slice(i + e.length);
    case 'singleQuote': {
      const q = text.indexOf('"', i);
      return q < 0 ? text : `${text.slice(0, q)}'${text.slice(q + 1)}`;
    }
  }
}
