import type { ScenarioLanguage } from '../primitives';
import { CHECKER_EN } from './en';
import { CHECKER_ES } from './es';

/** Every checker message, one function per message code: each language fills the same shape. */
export type CheckerWords = { readonly [K in keyof typeof CHECKER_EN]: (typeof CHECKER_EN)[K] };
export type CheckerCode = keyof CheckerWords;

/** A checker message as data: its code and the facts it names, so it can be said in any language. */
export type Said = { [K in CheckerCode]: { code: K; params: Parameters<CheckerWords[K]>[0] } }[CheckerCode];

/** The checker's words in each language an author may read them in. */
export const CHECKER_WORDS: Readonly<Record<ScenarioLanguage, CheckerWords>> = { en: CHECKER_EN, es: CHECKER_ES };

/** A checker message by its code: `say('unknownField', { key, allowed })`. */
export function say<K extends CheckerCode>(code: K, ...params: Parameters<CheckerWords[K]>): Said {
  return { code, params: params[0] } as Said;
}

/** The message in a language. */
export function sayIn(said: Said, language: ScenarioLanguage): string {
  const words = CHECKER_WORDS[language][said.code] as (p: unknown) => string;
  return words(said.params);
}
