import type { DetailSlice } from '../../catalogue';
import type { LabelLanguageCode } from '../../families';
import type { LabelLanguage } from '../../../scenario/labelLanguage';
import type { SigDirections } from '../../../rules/sig';
import { labelDirections } from '../../labelDirections';
import { quoted } from '../phrases';

/** Each label language as an English sentence names it. */
export const LANGUAGE_NAMES: Record<LabelLanguage, string> = { en: 'English', es: 'Spanish' };

/** What the label should read in the language asked for, when the rules can read the prescription. */
const shouldRead = (sig: SigDirections | null, asked: LabelLanguage): string =>
  sig === null ? '' : `; the directions should read ${quoted(labelDirections(sig, asked))}`;

/** The patient's label in the language they asked for. */
export const LABEL_LANGUAGE_DETAILS: DetailSlice<LabelLanguageCode> = {
  'label.language.ok': (p) => `You printed the label in ${LANGUAGE_NAMES[p.asked]}, the language the patient asked for.`,
  'label.language.wrong': (p) =>
    `The label printed in ${LANGUAGE_NAMES[p.printed]}, but the patient asked for ${LANGUAGE_NAMES[p.asked]}${shouldRead(p.sig, p.asked)}.`,
  'label.language.unasked': (p) => `The label printed in ${LANGUAGE_NAMES[p.printed]}, though the patient did not ask for it.`,
};
