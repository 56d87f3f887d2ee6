import type { FeedbackSlice } from '../../catalogue';
import type { PickupCode } from '../../families';

/** Pick-up, counseling and patient questions. */
export const PICKUP_FEEDBACK: FeedbackSlice<PickupCode> = {
  'identity.pickup': {
    what: '{detail}',
    why: 'En la ventanilla de entrega las bolsas se confunden; dos identificadores evitan que un paciente se lleve el medicamento de otra persona.',
    how: 'Siga pidiendo el nombre y la fecha de nacimiento y comparándolos con cada bolsa.',
  },
  'identity.pickupMismatch': {
    what: '{detail}',
    why: 'Confirmar datos que no coinciden es como el medicamento termina con la persona equivocada.',
    how: 'Compare lo que le dice la persona con el perfil; si no coincide, retenga la bolsa y señale que los datos del paciente no coinciden.',
  },
  'identity.pickup.missed': {
    what: '{detail}',
    why: 'Sin comprobar quién recoge, la bolsa puede ir a la persona equivocada.',
    how: 'Pida el nombre y la fecha de nacimiento antes de entregar nada.',
  },
  'counseling.offered': {
    what: '{detail}',
    why: 'Los pacientes que hablan con el farmacéutico usan sus medicamentos con más seguridad, y la ley exige ofrecerlo.',
    how: 'Siga ofreciendo la asesoría en cada entrega.',
  },
  'counseling.missed': {
    what: '{detail}',
    why: "La oferta de asesoría es obligatoria (OBRA '90), y muchas veces es cuando salen a la luz los problemas.",
    how: 'Pregunte "¿Tiene alguna pregunta para el farmacéutico?" antes de entregar la bolsa.',
  },
  'pickup.handedOut': {
    what: '{detail}',
    why: 'La atención termina cuando el medicamento revisado llega al paciente correcto.',
    how: 'Entregue solo después de comprobar la identidad y ofrecer la asesoría.',
  },
  'pickup.wrongPerson': {
    what: '{detail}',
    why: 'Un medicamento entregado a la persona equivocada puede hacerle daño, y el paciente se queda sin él.',
    how: 'Cuando el nombre o la fecha de nacimiento no coincidan, retenga la bolsa y señale al farmacéutico que los datos del paciente no coinciden.',
  },
  'question.answered': {
    what: '{detail}',
    why: 'Responder usted mismo una pregunta sencilla y no clínica deja al farmacéutico libre para el trabajo clínico.',
    how: 'Siga respondiendo usted las preguntas sobre horarios, precios y existencias.',
  },
  'question.referredNonClinical': {
    what: '{detail}',
    why: 'Las preguntas no clínicas son parte del trabajo del técnico; pasarlas al farmacéutico lo aparta de las revisiones.',
    how: 'Responda usted las preguntas sobre horarios, precios, seguro y existencias; pase al farmacéutico todo lo que sea sobre el uso o los efectos del medicamento.',
  },
  'question.answeredClinical': {
    what: '{detail}',
    why: 'Un técnico nunca aconseja: por ley, orientar sobre el uso, los efectos o la seguridad de un medicamento le corresponde al farmacéutico.',
    how: 'Diga "Esa es una muy buena pregunta para el farmacéutico" y pásesela, siempre.',
  },
  'question.missed': {
    what: '{detail}',
    why: 'Un paciente cuya pregunta queda sin respuesta pierde la confianza y puede usar mal su medicamento.',
    how: 'Responda cada pregunta antes de que el paciente se vaya: contéstela usted si no es clínica.',
  },
  'question.unknown': {
    what: '{detail}',
    why: 'Solo se puede responder una pregunta que el paciente realmente hizo.',
    how: 'Elija una de las preguntas del diálogo.',
  },
  'question.notAskedYet': {
    what: '{detail}',
    why: 'El paciente pregunta esto cuando vuelve, no en la recepción.',
    how: 'Espere a la entrega y responda entonces.',
  },
  'question.alreadyHandled': {
    what: '{detail}',
    why: 'Cada pregunta necesita una sola respuesta clara.',
    how: 'Pase al siguiente paso.',
  },
};
