import type { DetailSlice } from '../../catalogue';
import type { LabelLanguageCode } from '../../families';
import type { LabelLanguage } from '../../../scenario/labelLanguage';
import type { SigDirections } from '../../../rules/sig';
import { labelDirections } from '../../labelDirections';
import { quoted } from '../phrases';

/** Each label language as a Spanish sentence names it. */
export const LANGUAGE_NAMES: Record<LabelLanguage, string> = { en: 'inglés', es: 'español' };

/** What the label should read in the language asked for, when the rules can read the prescription. */
const shouldRead = (sig: SigDirections | null, asked: LabelLanguage): string =>
  sig === null ? '' : `; las indicaciones deberían decir ${quoted(labelDirections(sig, asked))}`;

/** The patient's label in the language they asked for. */
export const LABEL_LANGUAGE_DETAILS: DetailSlice<LabelLanguageCode> = {
  'label.language.ok': (p) => `Imprimió la etiqueta en ${LANGUAGE_NAMES[p.asked]}, el idioma que pidió el paciente.`,
  'label.language.wrong': (p) =>
    `La etiqueta se imprimió en ${LANGUAGE_NAMES[p.printed]}, pero el paciente la pidió en ${LANGUAGE_NAMES[p.asked]}${shouldRead(p.sig, p.asked)}.`,
  'label.language.unasked': (p) => `La etiqueta se imprimió en ${LANGUAGE_NAMES[p.printed]}, aunque el paciente no lo pidió.`,
};
