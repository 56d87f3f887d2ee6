import type { DetailSlice } from '../../catalogue';
import type { IntakeCode } from '../../families';
import { capital, date, personName, rxName } from '../phrases';

/** Drop-off identity and the intake review. */
export const INTAKE_DETAILS: DetailSlice<IntakeCode> = {
  'identity.dropoff': (p) =>
    `You confirmed ${personName(p.patient)}'s name and date of birth (${date(p.dateOfBirth)}) against the profile.`,
  'identity.dropoff.missed': () => "The patient's name and date of birth were never checked at drop-off.",
  'intake.accepted': (p) => `You reviewed ${rxName(p.rx)} and sent it on to data entry.`,
  'intake.missed': (p) => `${capital(rxName(p.rx))} was never reviewed and accepted at intake.`,
};
