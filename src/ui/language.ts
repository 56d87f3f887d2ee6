import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../core';

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
