import { BLAME_FACTORS } from '../scenario/errorDiscoveredSchema';
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
    return encounter.type === 'mistake'
      ? [
          place(
            ['type'],
            'this is a "mistake" encounter, but it has no "errorDiscovered": describe the error to own, or change the type',
            'warning',
          ),
        ]
      : [];
  }
  const out: Problem[] = [];
  const at = (key: string): (string | number)[] => ['errorDiscovered', key];
  if (encounter.type !== 'mistake')
    out.push(
      place(['type'], `this encounter has an "errorDiscovered", so its type should be "mistake", not "${encounter.type}"`, 'warning'),
    );
  if (error.harmCategory === 'A')
    out.push(
      place(
        at('harmCategory'),
        'category A means no error happened (only the circumstances for one): use B if it did not reach the patient, C or later if it did',
        'warning',
      ),
    );
  else if (error.harmCategory === 'B' && error.reachedPatient)
    out.push(
      place(
        at('harmCategory'),
        'category B means the error did not reach the patient, but "reachedPatient" is true: use C or later, or set "reachedPatient" to false',
        'warning',
      ),
    );
  else if (error.harmCategory !== 'B' && !error.reachedPatient)
    out.push(
      place(
        at('harmCategory'),
        `category ${error.harmCategory} means the error reached the patient, but "reachedPatient" is false: use B, or set "reachedPatient" to true`,
        'warning',
      ),
    );
  if (error.taken && !error.reachedPatient)
    out.push(
      place(at('taken'), '"taken" is true, but "reachedPatient" is false: a patient cannot take what never reached them', 'warning'),
    );
  if (error.contributingFactors.every((f) => BLAME_FACTORS.has(f)))
    out.push(
      place(
        at('contributingFactors'),
        'list at least one factor that is not blame (for example lookAlikeNames, interruption, workload): a blame-free report is scored on those',
        'warning',
      ),
    );
  const prescribed = encounter.prescriptions.find((p) => p.id === error.rx)?.product;
  if ((error.kind === 'wrongDrug' || error.kind === 'wrongStrength') && prescribed === error.dispensed)
    out.push(
      place(
        at('dispensed'),
        `"${error.dispensed}" is the product prescribed on ${error.rx}: for a ${error.kind} error, "dispensed" is the product that was given instead`,
        'warning',
      ),
    );
  return out;
}
