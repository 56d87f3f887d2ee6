import type { Finding } from '../findings/codes';
import type { FindingParams } from '../findings/params';
import type { Patient, Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';

/** Generational suffixes that are not part of a name match. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower-case words with accents, apostrophes and dots removed; hyphens and commas split. */
function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w !== '' && !SUFFIXES.has(w));
}

/**
 * True when a name as written could be this patient. Word order is ignored, so "Smith,
 * John" and "John Smith" match. Every word of the profile's last name must appear; of the
 * remaining (given) words, one must be the profile's first name or its initial. Extra
 * middle names or initials are fine, and a name with no given words at all is not called
 * a mismatch: when unsure, the rule stays quiet and the date of birth decides.
 */
export function nameMatches(written: string, patient: Pick<Patient, 'firstName' | 'lastName'>): boolean {
  const got = words(written);
  const last = words(patient.lastName);
  if (!last.every((w) => got.includes(w))) return false;
  const given = got.filter((w) => !last.includes(w));
  const first = words(patient.firstName)[0];
  if (given.length === 0 || first === undefined) return true;
  return given.some((w) => w === first || (w.length === 1 && w === first.charAt(0)));
}

/**
 * PATIENT_MISMATCH at intake: the name or date of birth on the prescription is not the
 * profile's, or what the person at drop-off says (dropOffIdentity) disagrees with either.
 */
export function checkPrescriptionIdentity(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const { patient } = scenario;
  const wrongName = !nameMatches(rx.patientName, patient);
  const wrongBirth = rx.patientDateOfBirth !== undefined && rx.patientDateOfBirth !== patient.dateOfBirth;
  const said = saidMismatch(scenario, rx);
  if (!wrongName && !wrongBirth && said === undefined) return [];
  return [
    {
      code: 'PATIENT_MISMATCH',
      rx: rx.id,
      step: 'intake',
      params: {
        at: 'prescription',
        patient: { first: patient.firstName, last: patient.lastName },
        ...(wrongName ? { writtenName: rx.patientName } : {}),
        ...(wrongBirth && rx.patientDateOfBirth !== undefined
          ? { birth: { written: rx.patientDateOfBirth, profile: patient.dateOfBirth } }
          : {}),
        ...(said !== undefined ? { said } : {}),
      },
    },
  ];
}

type Said = NonNullable<Extract<FindingParams['PATIENT_MISMATCH'], { at: 'prescription' }>['said']>;

/** What the person at drop-off said, when it disagrees with the profile or this prescription. */
function saidMismatch(scenario: ResolvedEncounter, rx: Prescription): Said | undefined {
  const stated = scenario.dropOffIdentity;
  if (stated === undefined) return undefined;
  const { patient } = scenario;
  // A name on the prescription that is not the profile's is already a mismatch of its own.
  const nameOff = stated.name !== undefined && !nameMatches(stated.name, patient);
  const birthOff =
    stated.dateOfBirth !== undefined &&
    (stated.dateOfBirth !== patient.dateOfBirth || (rx.patientDateOfBirth !== undefined && stated.dateOfBirth !== rx.patientDateOfBirth));
  if (!nameOff && !birthOff) return undefined;
  return {
    ...(nameOff && stated.name !== undefined ? { name: stated.name } : {}),
    ...(birthOff && stated.dateOfBirth !== undefined ? { birth: stated.dateOfBirth } : {}),
    profileBirth: patient.dateOfBirth,
    ...(birthOff && rx.patientDateOfBirth !== undefined && rx.patientDateOfBirth !== stated.dateOfBirth
      ? { rxBirth: rx.patientDateOfBirth }
      : {}),
  };
}

/**
 * PATIENT_MISMATCH at pick-up: the person at the window is not the patient. It concerns the
 * whole bag, so it carries no prescription id.
 */
export function checkPresenter(scenario: ResolvedEncounter): Finding[] {
  const { presenter, patient } = scenario;
  if (presenter === undefined) return [];
  const wrongName = !nameMatches(presenter.name, patient);
  const wrongBirth = presenter.dateOfBirth !== patient.dateOfBirth;
  if (!wrongName && !wrongBirth) return [];
  return [
    {
      code: 'PATIENT_MISMATCH',
      step: 'pickup',
      params: {
        at: 'pickup',
        patient: { first: patient.firstName, last: patient.lastName },
        born: patient.dateOfBirth,
        ...(wrongName ? { givenName: presenter.name } : {}),
        ...(wrongBirth ? { givenBirth: presenter.dateOfBirth } : {}),
      },
    },
  ];
}
