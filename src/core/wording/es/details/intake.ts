import type { DetailSlice } from '../../catalogue';
import type { IntakeCode } from '../../families';
import { capital, date, personName, rxName } from '../phrases';

/** Drop-off identity and the intake review. */
export const INTAKE_DETAILS: DetailSlice<IntakeCode> = {
  'identity.dropoff': (p) =>
    `Confirmó el nombre y la fecha de nacimiento de ${personName(p.patient)} (${date(p.dateOfBirth)}) con el perfil.`,
  'identity.dropoff.missed': () => 'Nunca se comprobaron el nombre y la fecha de nacimiento del paciente en la recepción.',
  'intake.accepted': (p) => `Revisó ${rxName(p.rx)} y la pasó al ingreso de datos.`,
  'intake.missed': (p) => `${capital(rxName(p.rx))} nunca se revisó ni se aceptó en la recepción.`,
};
