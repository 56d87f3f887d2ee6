import { DEFAULT_LANGUAGE, type Language } from '../core';

/**
 * The language the UI renders the core's codes in: the one place a future language setting
 * plugs in, so no component picks a language of its own.
 */
export function useLanguage(): Language {
  return DEFAULT_LANGUAGE;
}
