import { useLayoutEffect } from 'react';
import { i18n, type UiLanguage } from '.';

/** Makes the chosen language the UI's: i18next's language and `<html lang>`, before the browser paints. */
export function useLanguageSetting(language: UiLanguage): void {
  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);
}
