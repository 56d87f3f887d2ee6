import { createInstance, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../state';
import en from './locales/en.json';
import es from './locales/es.json';

/** Every language's catalogue, bundled with the app (nothing is fetched at run time). */
export const CATALOGUES = { en, es } satisfies Record<UiLanguage, typeof en>;

/**
 * The app's one i18next instance. No language detector: the language is the student's saved
 * setting (under our `techshift:` storage), synced by `useUiLanguageSync`. Init is synchronous
 * (resources are given and initAsync is off), so the first render already has its words, and
 * i18next builds no code at run time, which the CSP (no eval) requires.
 */
export const i18n = createInstance();
void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(UI_LANGUAGES.map((l) => [l, { translation: CATALOGUES[l] }])),
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  initAsync: false,
  // React escapes text itself; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type { TFunction };
export { UI_LANGUAGES, type UiLanguage };
