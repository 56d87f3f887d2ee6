import type { z } from 'zod';

/** A zod issue path as a reader writes it: encounters[0].log[3].type. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** The first problem zod found, as "field: message", so the instructor sees which field is wrong. */
export function fieldProblem(error: z.ZodError, emptyPath = '(the whole file)'): string {
  const issue = error.issues[0];
  if (!issue) return `${emptyPath}: not readable`;
  const where = pathText(issue.path) || emptyPath;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `${where}: ${issue.message}${more}`;
}
