import type { FeedbackSlice } from '../../catalogue';
import type { IntakeCode } from '../../families';

/** Drop-off identity and the intake review. */
export const INTAKE_FEEDBACK: FeedbackSlice<IntakeCode> = {
  'identity.dropoff': {
    what: '{detail}',
    why: 'Dos identificadores aseguran que cada revisión que sigue use las alergias y el historial del paciente correcto.',
    how: 'Siga pidiendo el nombre completo y la fecha de nacimiento en cada recepción.',
  },
  'identity.dropoff.missed': {
    what: '{detail}',
    why: 'Sin dos identificadores puede surtir con el perfil de otro paciente y pasar por alto sus alergias.',
    how: 'Pida el nombre completo y la fecha de nacimiento y compare ambos con el perfil antes de cualquier otra cosa.',
  },
  'intake.accepted': {
    what: '{detail}',
    why: 'Una revisión cuidadosa en la recepción permite que una receta sin problemas avance sin demora.',
    how: 'Siga leyendo cada línea: paciente, médico, medicamento, indicaciones, cantidad, resurtidos, fecha y firma.',
  },
  'intake.missed': {
    what: '{detail}',
    why: 'Una receta que nunca se revisa nunca se surte, y el paciente se va sin ella.',
    how: 'Revise cada receta en la recepción y luego acéptela o señale un problema.',
  },
};
