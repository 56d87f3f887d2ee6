import type { z } from 'zod';
import { issueProblems } from './messages';
import type { ParsedJson } from './parseJson';
import { placer, type Placer } from './placer';
import { problemSink } from './problemSink';
import type { Problem } from './problems';
import type { FileWhat } from './checkerWords/params';

type Parsed = Extract<ParsedJson, { ok: true }>;

/** A schema-checked value with a Placer for further checks, or the plain-English problems. */
export type Validated<T> =
  { ok: true; value: T; place: Placer; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] };

/** Checks parsed JSON against a zod schema and explains each issue at its line and column. */
export function validateParsed<S extends z.ZodType>(parsed: Parsed, file: string, schema: S, fileNoun: FileWhat): Validated<z.output<S>> {
  const place = placer(file, parsed.tree, parsed.position);
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data, place, warnings: parsed.warnings };
  const sink = problemSink(file);
  issueProblems(result.error.issues, { file, tree: parsed.tree, position: parsed.position, schema, fileNoun }, sink);
  return { ok: false, errors: sink.problems(), warnings: parsed.warnings };
}
