import type { Catalogue } from '../catalogue';
import { quoted } from './phrases';

/** How the student prioritised in a shift: urgent work first, then patients, then routine back-room work. */
export const PRIORITY_WORDS: Catalogue['priority'] = {
  details: {
    'priority.urgentFirst': (p) => `Atendió primero ${quoted(p.taken)}, antes que ${quoted(p.passedOver)}.`,
    'priority.patientFirst': (p) => `Atendió a ${quoted(p.taken)} antes que la tarea de trastienda ${quoted(p.passedOver)}.`,
    'priority.urgentWaited': (p) => `Atendió ${quoted(p.taken)} mientras la tarea urgente ${quoted(p.passedOver)} esperaba.`,
    'priority.patientWaited': (p) =>
      `Hizo la tarea de trastienda ${quoted(p.taken)} mientras ${quoted(p.passedOver)} esperaba en el mostrador.`,
  },
  feedback: {
    'priority.urgentFirst': {
      what: '{detail}',
      why: 'El inventario refrigerado que se deja fuera del refrigerador puede echarse a perder en minutos, y entonces hay que desecharlo.',
      how: 'Siga guardando primero los productos refrigerados; toma un minuto, y luego vuelva a la fila de trabajo.',
    },
    'priority.patientFirst': {
      what: '{detail}',
      why: 'Un paciente que espera en el mostrador está esperando atención; reponer el inventario de rutina puede esperar a que el mostrador esté tranquilo.',
      how: 'Siga atendiendo a la persona en el mostrador antes que el trabajo de rutina de la trastienda.',
    },
    'priority.urgentWaited': {
      what: '{detail}',
      why: 'El inventario refrigerado que se deja fuera del refrigerador puede echarse a perder en minutos, y entonces hay que desecharlo.',
      how: 'Cuando llegue una tarea urgente, como una caja de productos refrigerados, atiéndala primero y luego vuelva a la fila de trabajo.',
    },
    'priority.patientWaited': {
      what: '{detail}',
      why: 'Un paciente en el mostrador nunca debe esperar detrás de la reposición de inventario: puede sentirse mal, y ve una farmacia que no lo atiende.',
      how: 'Atienda primero a la persona en el mostrador, y haga el trabajo de rutina de la trastienda cuando nadie esté esperando.',
    },
  },
};
