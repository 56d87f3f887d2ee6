import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The Intl locale for a UI language: US English, and Spanish as spoken in the US. */
const LOCALES: Record<string, string> = { en: 'en-US', es: 'es-US' };

/** Number and date formats for one UI language, through Intl. */
export interface Formats {
  /** 1234.5 → "1,234.5". */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** 0.85 → "85 %"/"85%" as the language writes it. */
  percent(fraction: number): string;
  /** A moment as a date and time, e.g. "Mar 14, 2026, 9:05 AM". */
  dateTime(at: Date | number): string;
  /** Dollars, e.g. "$4.00". */
  money(dollars: number): string;
}

/** The formats for a UI language code. */
export function formatsFor(language: string): Formats {
  const locale = LOCALES[language] ?? LOCALES.en;
  return {
    number: (n, options) => new Intl.NumberFormat(locale, options).format(n),
    percent: (fraction) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction),
    dateTime: (at) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at),
    money: (dollars) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(dollars),
  };
}

/** The formats in the UI's current language; re-renders when the language changes. */
export function useFormats(): Formats {
  const language = useTranslation().i18n.language;
  return useMemo(() => formatsFor(language), [language]);
}
