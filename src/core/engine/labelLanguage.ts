import { parseSig } from '../rules/sig';
import type { SigDirections } from '../rules/sig';
import { DEFAULT_LABEL_LANGUAGE, type LabelLanguage } from '../scenario/labelLanguage';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import { info, onCheckpoint, say, type Move } from './judge';
import { isNudge, workable } from './order';
import { updateRx } from './progress';
import type { Result } from './results';
import type { EncounterState } from './state';

/** The language the patient asked for their label in, or undefined when they did not ask. */
export const askedLabelLanguage = (scenario: ResolvedEncounter): LabelLanguage | undefined => scenario.patient.labelLanguage;

/** The prescription's directions, read, for the label the expert prints (null when the rules cannot read them). */
export function prescribedDirections(scenario: ResolvedEncounter, rx: Prescription): SigDirections | null {
  const unit = scenario.products.get(rx.product)?.dispenseUnit;
  const sigUnit = unit === 'each' ? undefined : unit;
  const parsed = parseSig(rx.sig, sigUnit ? { defaultUnit: sigUnit } : {});
  return 'error' in parsed ? null : parsed;
}

/** The label printer's language for this prescription: changes the next label printed, and is judged when it prints. */
export function chooseLabelLanguage(state: EncounterState, index: number, rx: string, language: LabelLanguage): Move {
  const w = workable(state, index, rx, 'label');
  if (isNudge(w)) return say(state, w);
  return say(updateRx(state, rx, { labelLanguage: language }));
}

/**
 * Judges the language a label printed in. When the patient asked for one, printing in it earns the
 * checkpoint and any other language is a mistake (the patient cannot read their directions); when
 * nobody asked, an English label is expected and says nothing, and a label in another language is
 * an unscored nudge: it does no harm to a patient who reads it, but the language is the patient's
 * choice, not the technician's.
 */
export function judgeLabelLanguage(
  state: EncounterState,
  index: number,
  rx: Prescription,
  printed: LabelLanguage = DEFAULT_LABEL_LANGUAGE,
): Result | undefined {
  const where = { step: 'label' as const, rx: rx.id };
  const asked = askedLabelLanguage(state.scenario);
  if (asked === undefined)
    return printed === DEFAULT_LABEL_LANGUAGE ? undefined : info(index, 'label.language.unasked', where, { printed });
  const sig = prescribedDirections(state.scenario, rx);
  return onCheckpoint(
    state,
    index,
    'label.language',
    { about: rx.id, ...where },
    printed === asked
      ? { code: 'label.language.ok', outcome: 'good', params: { asked, sig } }
      : { code: 'label.language.wrong', outcome: 'mistake', params: { asked, printed, sig } },
  );
}
