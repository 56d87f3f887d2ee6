import { z } from 'zod';

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: Schema[];
}

/** Documentation a schema carries through `.meta()`. */
export interface FieldMeta {
  title?: string;
  description?: string;
  examples?: unknown[];
}

/** What the schema says about one place in the data, for writing messages. */
export interface FieldInfo {
  /** False when the path leaves the schema (e.g. below an unknown field). */
  found: boolean;
  meta: FieldMeta;
  /** null is also accepted here. */
  nullable: boolean;
  /** The core type after unwrapping optional/default/nullable: 'string', 'object', 'enum' … */
  kind: string;
  /** Accepted values, for an enum or a literal. */
  values: string[];
  /** Field names an object here accepts (for a record with fixed keys, those keys). */
  keys: string[];
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'pipe']);

const defOf = (s: Schema): Def => s._zod.def as unknown as Def;

/** Walks a zod schema along a data path and describes what it expects there. */
export function fieldAt(root: Schema, path: readonly PropertyKey[]): FieldInfo {
  let current: Schema | undefined = root;
  let info = unwrap(root);
  for (const seg of path) {
    const d = defOf(unionObject(info.core, seg));
    current =
      d.type === 'object' && typeof seg === 'string'
        ? d.shape?.[seg]
        : d.type === 'array'
          ? d.element
          : d.type === 'record'
            ? d.valueType
            : undefined;
    if (!current) return { found: false, meta: {}, nullable: false, kind: 'unknown', values: [], keys: [] };
    info = unwrap(current);
  }
  const d = defOf(info.core);
  return {
    found: true,
    meta: info.meta,
    nullable: info.nullable,
    kind: d.type,
    values: valuesOf(info.core),
    keys: keysOf(unionObject(info.core, '')),
  };
}

/** In a union (text, or text per language), the object alternative a key belongs to; otherwise the schema itself. */
function unionObject(s: Schema, seg: PropertyKey): Schema {
  const d = defOf(s);
  if (d.type !== 'union' || typeof seg !== 'string') return s;
  const objects = (d.options ?? []).map((o) => unwrap(o).core).filter((o) => defOf(o).type === 'object');
  return objects.find((o) => defOf(o).shape?.[seg] !== undefined) ?? objects[0] ?? s;
}

function unwrap(schema: Schema): { core: Schema; meta: FieldMeta; nullable: boolean } {
  const metas: FieldMeta[] = [];
  let nullable = false;
  let s = schema;
  for (let guard = 0; guard < 20; guard++) {
    metas.push((z.globalRegistry.get(s) as FieldMeta | undefined) ?? {});
    const d = defOf(s);
    if (d.type === 'nullable') nullable = true;
    const inner = d.type === 'pipe' ? d.in : d.innerType;
    if (!WRAPPERS.has(d.type) || !inner) break;
    s = inner;
  }
  // Outer wrappers describe the field in context, so they win over the inner type's own words.
  const meta = metas.reduceRight<FieldMeta>((acc, m) => ({ ...acc, ...m }), {});
  return { core: s, meta, nullable };
}

function valuesOf(s: Schema): string[] {
  const d = defOf(s);
  if (d.type === 'enum') return Object.values(d.entries ?? {}).map(String);
  if (d.type === 'literal') return (d.values ?? []).map(String);
  return [];
}

function keysOf(s: Schema): string[] {
  const d = defOf(s);
  if (d.type === 'object') return Object.keys(d.shape ?? {});
  if (d.type === 'record' && d.keyType) return valuesOf(unwrap(d.keyType).core);
  return [];
}
