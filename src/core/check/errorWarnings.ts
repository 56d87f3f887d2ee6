import { BLAME_FACTORS } from '../scenario/errorDiscoveredSchema';
import { say } from '../scenario/checkerWords';
import type { Placer } from '../scenario/placer';
import type { Problem } from '../scenario/problems';
import type { ResolvedEncounter } from '../scenario/resolve';

/**
 * An error to own that cannot be scored as the author means it: a harm category that disagrees with
 * whether it reached the patient (B: it did not; C–I: it did; A: no error happened), only blame as
 * contributing factors (a blame-free report would have nothing to name), a "wrong drug" that is the
 * prescribed product, and the type and the errorDiscovered object out of step.
 */
export function errorWarnings(encounter: ResolvedEncounter, place: Placer): Problem[] {
  const error = encounter.errorDiscovered;
  if (error === undefined) {
    return encounter.type === 'mistake' ? [place(['type'], say('mistakeWithoutError'), 'warning')] : [];
  }
  const out: Problem[] = [];
  const at = (key: string): (string | number)[] => ['errorDiscovered', key];
  if (encounter.type !== 'mistake') out.push(place(['type'], say('errorButNotMistake', { type: encounter.type }), 'warning'));
  if (error.harmCategory === 'A') out.push(place(at('harmCategory'), say('harmCategoryA'), 'warning'));
  else if (error.harmCategory === 'B' && error.reachedPatient) out.push(place(at('harmCategory'), say('harmCategoryBReached'), 'warning'));
  else if (error.harmCategory !== 'B' && !error.reachedPatient)
    out.push(place(at('harmCategory'), say('harmCategoryNotReached', { category: error.harmCategory }), 'warning'));
  if (error.taken && !error.reachedPatient) out.push(place(at('taken'), say('takenNotReached'), 'warning'));
  if (error.contributingFactors.every((f) => BLAME_FACTORS.has(f))) out.push(place(at('contributingFactors'), say('onlyBlame'), 'warning'));
  const prescribed = encounter.prescriptions.find((p) => p.id === error.rx)?.product;
  if ((error.kind === 'wrongDrug' || error.kind === 'wrongStrength') && prescribed === error.dispensed)
    out.push(
      place(at('dispensed'), say('dispensedIsPrescribed', { dispensed: error.dispensed, rx: error.rx, kind: error.kind }), 'warning'),
    );
  return out;
}
