import { say } from '../scenario/checkerWords';
import { languagesOf } from '../scenario/localText';
import type { LocalTextField } from '../scenario/localTextFields';
import type { Placer } from '../scenario/placer';
import type { LocalText } from '../scenario/primitives';
import type { Problem } from '../scenario/problems';

/** A plain string is written in the file's first language, English. */
const writtenIn = (value: LocalText): string[] => (typeof value === 'string' ? ['en'] : languagesOf(value));

const pathText = (path: (string | number)[]): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s === '' ? p : `${s}.${p}`), '');

/**
 * A file that offers a language for some of its texts but not all: a student who plays in that
 * language would read a mix. Each text that lacks one of the file's languages gets one warning
 * naming what it lacks and the first text that has it. A file of plain strings gets none.
 */
export function languageWarnings(fields: readonly LocalTextField[], place: Placer): Problem[] {
  const firstWith = new Map<string, (string | number)[]>();
  for (const f of fields) for (const language of writtenIn(f.value)) if (!firstWith.has(language)) firstWith.set(language, f.path);
  if (firstWith.size < 2) return [];
  return fields.flatMap((f) => {
    const has = new Set(writtenIn(f.value));
    const missing = [...firstWith.keys()].filter((language) => !has.has(language));
    if (missing.length === 0) return [];
    const example = pathText(firstWith.get(missing[0]!)!);
    return [place(f.path, say('missingLanguage', { missing, example, plain: typeof f.value === 'string' }), 'warning')];
  });
}
