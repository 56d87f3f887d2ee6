import type { LocalText } from './primitives';

/**
 * The text an author wrote, in the language asked for: a plain string is the same in every
 * language; a map gives that language's entry, else the English, else the first it has.
 */
export function textIn(value: LocalText, language: string): string {
  if (typeof value === 'string') return value;
  const byLanguage = value as Readonly<Record<string, string | undefined>>;
  return byLanguage[language] ?? value.en ?? Object.values(byLanguage).find((v) => v !== undefined) ?? '';
}

/** The languages a text is written in: none for a plain string (it stands for all of them). */
export function languagesOf(value: LocalText): string[] {
  if (typeof value === 'string') return [];
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
}
