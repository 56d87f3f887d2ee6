import { catalogProblems } from './catalogChecks';
import { indexCatalog, type CatalogIndex } from './catalogIndex';
import { catalogSchema, type Product } from './catalogSchema';
import { deepFreeze } from './deepFreeze';
import { encounterSchema } from './encounterSchema';
import { impossibleFacts } from './impossibleFacts';
import { deliveryFacts } from './deliveryFacts';
import { parseJson, type ParsedJson } from './parseJson';
import { say } from './checkerWords';
import { placer, words } from './placer';
import { problemSink } from './problemSink';
import { FILE_PATH, type Problem } from './problems';
import type { ResolvedEncounter } from './resolve';
import { resolveEncounter } from './resolveEncounter';
import { shiftLinks } from './shiftLinks';
import { shiftSchema, type Shift } from './shiftSchema';
import { validateParsed } from './validate';

/** A loaded value with its warnings, or everything wrong with the file. Never thrown. */
export type LoadResult<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] };

/** A scenario file: one encounter, or a shift of several. */
export type LoadedScenario = { kind: 'encounter'; encounter: ResolvedEncounter } | { kind: 'shift'; shift: Shift };

/** Largest catalog file accepted: 5 MB (a catalog of several hundred products is well under 1 MB). */
export const MAX_CATALOG_BYTES = 5_000_000;

type Parsed = Extract<ParsedJson, { ok: true }>;

/**
 * Loads a catalog file: JSON, schema, unique ids, look-alikes that exist. With `base` (catalogs
 * loaded earlier), ids must also be new, and the result holds the products of both.
 */
export function loadCatalogText(text: string, source: string, base?: CatalogIndex): LoadResult<CatalogIndex> {
  return guard(source, () => {
    const parsed = parseJson(text, { file: source, maxBytes: MAX_CATALOG_BYTES, what: 'catalog' });
    if (!parsed.ok) return parsed;
    const checked = validateParsed(parsed, source, catalogSchema, 'catalog');
    if (!checked.ok) return checked;
    const sink = problemSink(source);
    catalogProblems(checked.value, checked.place, sink, base);
    if (sink.count > 0) return { ok: false, errors: sink.problems(), warnings: checked.warnings };
    const own = indexCatalog(checked.value, source);
    const merged: CatalogIndex = base
      ? {
          products: new Map<string, Product>([...base.products, ...own.products]),
          plans: new Map([...base.plans, ...own.plans]),
          source: `${base.source}, ${source}`,
        }
      : own;
    return { ok: true, value: deepFreeze(merged), warnings: checked.warnings };
  });
}

/** Loads one encounter file and resolves every product id against the catalog and its localProducts. */
export function loadEncounterText(text: string, source: string, catalog: CatalogIndex): LoadResult<ResolvedEncounter> {
  return guard(source, () => {
    const parsed = parseJson(text, { file: source });
    return parsed.ok ? encounterFromParsed(parsed, source, catalog) : parsed;
  });
}

/** Loads one shift file (the encounter files it lists are not opened here). */
export function loadShiftText(text: string, source: string): LoadResult<Shift> {
  return guard(source, () => {
    const parsed = parseJson(text, { file: source });
    return parsed.ok ? shiftFromParsed(parsed, source) : parsed;
  });
}

/** Loads any scenario file, choosing encounter or shift by its "kind". */
export function loadScenarioText(text: string, source: string, catalog: CatalogIndex): LoadResult<LoadedScenario> {
  return guard(source, (): LoadResult<LoadedScenario> => {
    const parsed = parseJson(text, { file: source });
    if (!parsed.ok) return parsed;
    const kind = isRecord(parsed.value) ? parsed.value['kind'] : undefined;
    if (kind === 'encounter') {
      const r = encounterFromParsed(parsed, source, catalog);
      return r.ok ? { ok: true, value: Object.freeze({ kind: 'encounter', encounter: r.value }), warnings: r.warnings } : r;
    }
    if (kind === 'shift') {
      const r = shiftFromParsed(parsed, source);
      return r.ok ? { ok: true, value: deepFreeze({ kind: 'shift', shift: r.value }), warnings: r.warnings } : r;
    }
    const place = placer(source, parsed.tree, parsed.position);
    const at = isRecord(parsed.value) && 'kind' in parsed.value ? ['kind'] : [];
    if (!isRecord(parsed.value)) {
      return {
        ok: false,
        errors: [place([], say('notOneObject'))],
        warnings: parsed.warnings,
      };
    }
    const said = kind === undefined ? {} : { kind: JSON.stringify(kind) };
    return {
      ok: false,
      errors: [place(at, say('wrongKind', { ...said, catalog: kind === 'catalog' }))],
      warnings: parsed.warnings,
    };
  });
}

function encounterFromParsed(parsed: Parsed, source: string, catalog: CatalogIndex): LoadResult<ResolvedEncounter> {
  const checked = validateParsed(parsed, source, encounterSchema, 'encounter');
  if (!checked.ok) return checked;
  const sink = problemSink(source);
  const resolved = resolveEncounter(checked.value, catalog, source, checked.place, sink);
  impossibleFacts(checked.value, checked.place, sink);
  deliveryFacts(checked.value, checked.place, sink);
  if (sink.count > 0) return { ok: false, errors: sink.problems(), warnings: checked.warnings };
  return { ok: true, value: deepFreeze(resolved), warnings: checked.warnings };
}

function shiftFromParsed(parsed: Parsed, source: string): LoadResult<Shift> {
  const checked = validateParsed(parsed, source, shiftSchema, 'shift');
  if (!checked.ok) return checked;
  const sink = problemSink(source);
  shiftLinks(checked.value, checked.place, sink);
  if (sink.count > 0) return { ok: false, errors: sink.problems(), warnings: checked.warnings };
  return { ok: true, value: deepFreeze(checked.value), warnings: checked.warnings };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Runs a loader so that nothing escapes: an unexpected exception becomes a problem at 1:1. */
function guard<T>(source: string, load: () => LoadResult<T>): LoadResult<T> {
  try {
    return load();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [
        {
          file: source,
          line: 1,
          column: 1,
          path: FILE_PATH,
          ...words(say('loaderBug', { why })),
          severity: 'error',
        },
      ],
      warnings: [],
    };
  }
}
