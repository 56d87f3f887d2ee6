import { say } from '../scenario/checkerWords';
import type { Placer } from '../scenario/placer';
import type { Problem } from '../scenario/problems';

/** The schema files TechShift ships; a `$schema` naming anything else gives an editor no help. */
const SCHEMA_FILES = ['scenario.schema.json', 'catalog.schema.json'];

/** A `$schema` that is a web address or an absolute path, which needs no folder to resolve from. */
const isUrlOrAbsolute = (ref: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('/');

/**
 * `$schema` checked: it must name a TechShift schema file, and a relative path must reach it
 * from the folder this file is in (`fileExists` answers for paths relative to this file).
 */
export function schemaWarnings(value: unknown, place: Placer, fileExists?: (relativePath: string) => boolean): Problem[] {
  if (typeof value !== 'object' || value === null || !('$schema' in value)) return [];
  const ref = (value as { $schema?: unknown }).$schema;
  if (typeof ref !== 'string') return [];
  const name = ref.split(/[\\/]/).pop() ?? '';
  if (!SCHEMA_FILES.includes(name.split(/[?#]/)[0] ?? '')) {
    return [place(['$schema'], say('schemaNotOurs'), 'warning')];
  }
  if (!isUrlOrAbsolute(ref) && fileExists !== undefined && !fileExists(ref)) {
    return [place(['$schema'], say('schemaNotFound', { ref }), 'warning')];
  }
  return [];
}

/** The file name without its folder and ".json": what the file's `id` should be. */
export function fileStem(source: string): string {
  return (source.split(/[\\/]/).pop() ?? source).replace(/\.json$/i, '');
}

/**
 * A file whose `id` is not its file name: saved progress, shifts and reports name it by id, so
 * two names for one file confuse authors. Templates (*.template.json) are made to be copied and renamed.
 */
export function idWarnings(id: string, source: string, place: Placer): Problem[] {
  const stem = fileStem(source);
  if (stem === id || stem.endsWith('.template') || !/\.json$/i.test(source)) return [];
  return [place(['id'], say('idNotFileName', { id, stem }), 'warning')];
}
