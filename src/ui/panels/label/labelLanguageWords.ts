import type { LabelLanguage } from '../../../core';

/**
 * The label station's words for the label language. Each language is named in itself
 * ("Español"), as language menus do, so a student who reads only that language finds it.
 */
export const labelLanguageWords = {
  legend: 'Label language',
  hint: 'The prescription stays as written; print the directions in the language the patient asks for.',
  names: { en: 'English', es: 'Español' } satisfies Record<LabelLanguage, string>,
  chose: (language: LabelLanguage) => `Set the label language to ${labelLanguageWords.names[language]}`,
  printedIn: (language: LabelLanguage) => `Directions printed in ${labelLanguageWords.names[language]}.`,
};
