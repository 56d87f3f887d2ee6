import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, textIn, type Language, type LocalText } from '../core';

/**
 * The core language for a UI language: the same code when the core's wording catalogue has it,
 * else English. Written against `LANGUAGES`, so a language the core gains is used with no change here.
 */
export function coreLanguage(uiLanguage: string): Language {
  return (LANGUAGES as readonly string[]).includes(uiLanguage) ? (uiLanguage as Language) : DEFAULT_LANGUAGE;
}

/**
 * The language the UI renders the core's codes in: the student's chosen language (i18next's
 * current one) when the core speaks it, so no component picks a language of its own.
 */
export function useLanguage(): Language {
  return coreLanguage(useTranslation().i18n.language);
}

/** Renders what a scenario's author wrote (a plain string, or one per language) in the UI's language. */
export function useAuthorText(): (text: LocalText) => string {
  const language = useLanguage();
  return (text) => textIn(text, language);
}
