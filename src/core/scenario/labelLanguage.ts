/**
 * The languages a patient's label can print in. The prescription stays as written; a patient may
 * ask for their label in another language, and each one here has a catalogue that writes the
 * directions in it (src/core/wording/index.ts refuses to compile otherwise).
 */
export const LABEL_LANGUAGES = ['en', 'es'] as const;

/** One language a label can print in. */
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** The language every label prints in unless the student chooses another. */
export const DEFAULT_LABEL_LANGUAGE: LabelLanguage = 'en';
