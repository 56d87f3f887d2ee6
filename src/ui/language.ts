import { DEFAULT_LANGUAGE, textIn, type Language, type LocalText } from '../core';

/**
 * The language the UI renders the core's codes in: the one place a future language setting
 * plugs in, so no component picks a language of its own.
 */
export function useLanguage(): Language {
  return DEFAULT_LANGUAGE;
}

/** Renders what a scenario's author wrote (a plain string, or one per language) in the UI's language. */
export function useAuthorText(): (text: LocalText) => string {
  const language = useLanguage();
  return (text) => textIn(text, language);
}
