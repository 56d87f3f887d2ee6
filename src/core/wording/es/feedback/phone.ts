import type { FeedbackSlice } from '../../catalogue';
import type { PhoneCode } from '../../families';

/** The phone. */
export const PHONE_FEEDBACK: FeedbackSlice<PhoneCode> = {
  'call.none': {
    what: '{detail}',
    why: 'Solo se puede contestar una llamada que entró.',
    how: 'Vuelva al trabajo que tiene delante.',
  },
  'call.lookedUp': {
    what: '{detail}',
    why: 'Los resurtidos que quedan y la fecha del último surtido deciden lo que le puede decir a quien llama.',
    how: 'Busque la receta antes de prometerle nada a quien llama.',
  },
  'call.handled': {
    what: '{detail}',
    why: 'Cada llamada tiene un solo camino correcto: los resurtidos que un técnico puede poner en la fila, las solicitudes que debe autorizar el médico, y todo lo clínico o nuevo para el farmacéutico.',
    how: 'Siga revisando primero los resurtidos que quedan y la fecha, y pase al farmacéutico las órdenes nuevas, las transferencias y las preguntas.',
  },
  'call.wrongDecision': {
    what: '{detail}',
    why: 'Una llamada mal encaminada deja al paciente sin su medicamento, o pone una decisión en manos de alguien que tal vez no pueda tomarla.',
    how: 'Búsquela primero: sin resurtidos, una solicitud de autorización de resurtido; demasiado pronto, la fecha en que se puede surtir; las órdenes nuevas, las transferencias y las preguntas clínicas, al farmacéutico.',
  },
  'call.outOfScope': {
    what: '{detail}',
    why: 'La mayoría de los estados permiten que solo el farmacéutico tome una receta verbal nueva, y un C-II solo se puede dictar por teléfono en una emergencia, y al farmacéutico.',
    how: 'Diga "Permítame comunicarlo con el farmacéutico" y pásele la llamada.',
  },
  'call.lookup.missed': {
    what: '{detail}',
    why: 'Sin buscarla no puede saber si quedan resurtidos ni cuándo toca el siguiente surtido.',
    how: 'Abra la receta en el perfil antes de contestar una llamada de resurtido.',
  },
  'call.missed': {
    what: '{detail}',
    why: 'Quien se queda esperando en la línea es un paciente sin su medicamento o un médico sin respuesta.',
    how: 'Atienda cada llamada antes de seguir: póngala en la fila, explique, pida autorización o pásela al farmacéutico.',
  },
};
