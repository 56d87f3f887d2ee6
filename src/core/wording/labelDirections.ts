/**
 * The patient's directions in each language a label can print in. The English and Spanish
 * catalogues both need another language's label wording ("the label should read 'Tome …'"), so the
 * writers live here, beside the catalogues rather than inside one.
 */
import type { SigDirections } from '../rules/sig';
import { askedLabelLanguage, prescribedDirections } from '../engine/labelLanguage';
import type { Prescription } from '../scenario/encounterSchema';
import { DEFAULT_LABEL_LANGUAGE, type LabelLanguage } from '../scenario/labelLanguage';
import type { ResolvedEncounter } from '../scenario/resolve';
import { sigSentence as english } from './en/sig';
import { sigSentence as spanish } from './es/sig';

const WRITERS: Record<LabelLanguage, (sig: SigDirections) => string> = { en: english, es: spanish };

/** The label's directions in one label language: "Take 1 tablet by mouth twice daily", "Tome 1 tableta por vía oral dos veces al día". */
export const labelDirections = (sig: SigDirections, language: LabelLanguage): string => WRITERS[language](sig);

/**
 * The directions the expert's label prints for a prescription: its sig, read, in the language the
 * patient asked for (English when they did not ask); null when the rules cannot read the sig.
 */
export function expectedLabelDirections(scenario: ResolvedEncounter, rx: Prescription): string | null {
  const sig = prescribedDirections(scenario, rx);
  return sig === null ? null : labelDirections(sig, askedLabelLanguage(scenario) ?? DEFAULT_LABEL_LANGUAGE);
}
