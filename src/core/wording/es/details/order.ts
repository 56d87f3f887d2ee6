import type { ActionProblem, NextUp, UnusableField } from '../../../engine/resultParams';
import type { DetailSlice } from '../../catalogue';
import type { OrderCode } from '../../families';
import { capital, productName, quoted, rxName } from '../phrases';

/** What the student still has to do before a prescription in this status can move on. */
const NEXT_FOR: Record<NextUp['status'], string> = {
  intake: 'la revise en la recepción y la acepte (o señale un problema)',
  entry: 'la ingrese en la pantalla de ingreso de datos',
  selection: 'tome el producto del estante y lo escanee',
  count: 'la cuente o la mida',
  label: 'imprima su etiqueta',
  verify: 'la envíe a verificación',
};

/** "… espera a que usted …": the next thing to do on this prescription. */
export const waitingFor = (next: NextUp): string => `${capital(rxName(next.rx))} espera a que usted ${NEXT_FOR[next.status]}.`;

const UNUSABLE_FIELD: Record<UnusableField, string> = {
  rx: 'el identificador de la receta no es texto',
  stage: 'la etapa debe ser la recepción o la entrega',
  productId: 'no se eligió ningún producto',
  entry: 'el ingreso de datos está incompleto',
  quantity: 'la cantidad colocada no es un número',
  auxiliaryLabels: 'las etiquetas auxiliares no son una lista',
  question: 'elija una pregunta y respóndala o pásela al farmacéutico',
  response: 'elija una pregunta y respóndala o pásela al farmacéutico',
  note: 'la nota no es texto',
  at: 'la hora no es un número de segundos',
  language: 'elija un idioma que ofrezca la impresora de etiquetas',
  decision: 'elija qué hacer con la llamada',
  amount: 'la cantidad cobrada no es un número',
  bag: 'elija la bolsa que va a devolver',
  lot: 'el lote no es texto',
  beyondUseDate: 'la fecha límite de uso no es texto',
  waterMl: 'el agua medida no es un número',
  portions: 'el número de porciones no es un número entero',
  resolution: 'elija qué hacer con la falta de inventario o con la reclamación rechazada',
  billing: 'a la reclamación le faltan los datos de facturación',
};

function unusable(p: ActionProblem): string {
  switch (p.problem) {
    case 'unreadable':
      return 'No se pudo leer esa acción.';
    case 'failed':
      return 'No se pudo procesar esa acción.';
    case 'unknownType':
      return `No se pudo usar esa acción: ${quoted(p.type)} no es algo que un técnico pueda hacer aquí.`;
    case 'unknownCode':
      return `No se pudo usar esa acción: ${quoted(p.code)} no es un código de problema que conozca el sistema de la farmacia.`;
    case 'noCode':
      return 'No se pudo usar esa acción: no se eligió ningún código de problema.';
    case 'notAnAction':
      return 'No se pudo usar esa acción: no es algo que un técnico pueda hacer aquí.';
    case 'badField':
      return `No se pudo usar esa acción: ${UNUSABLE_FIELD[p.field]}.`;
  }
}

const ALREADY_DONE = {
  dropoffIdentity: 'Ya confirmó la identidad del paciente en la recepción.',
  pickupIdentity: 'Ya confirmó quién recoge.',
  counseling: 'Ya ofreció la asesoría.',
  scan: 'Este frasco ya está escaneado; ahora cuéntelo.',
  flag: 'Ya lo señaló; el farmacéutico se está ocupando.',
  toldPharmacist: 'Ya le avisó al farmacéutico.',
  wrongProduct: 'Ya se ocupó del producto equivocado.',
  contactedPatient: 'Ya llamó al paciente.',
  lookup: 'Ya buscó la receta; decida qué hacer con la llamada.',
  payment: 'Ya cobró el pago.',
  signature: 'El paciente ya firmó el registro de entrega.',
  photoId: 'Ya revisó y registró la identificación con foto.',
  bag: 'Ya devolvió esa bolsa a la zona de recogida (will-call).',
} as const;

/** Nudges for actions taken out of order or on something that is not there. */
export const ORDER_DETAILS: DetailSlice<OrderCode> = {
  'action.unknown': unusable,
  'encounter.over': () => 'Esta atención terminó; empiece la siguiente.',
  'rx.unknown': (p) => `No hay ninguna receta ${quoted(p.rx)} en esta atención; sus recetas son ${p.ids.join(', ')}.`,
  'rx.held': (p) => `Esa receta está con el farmacéutico: ${rxName(p.rx)} se detuvo y ya no necesita nada de usted.`,
  'rx.verified': (p) => `${capital(rxName(p.rx))} ya está verificada y en la bolsa; espera la entrega.`,
  'order.identityFirst': () => 'Confirme la identidad del paciente (nombre y fecha de nacimiento) antes de revisar la receta.',
  'order.acceptFirst': (p) => `Revise y acepte la receta en la recepción antes de ingresarla. ${waitingFor(p.next)}`,
  'order.alreadyAccepted': (p) => `Ya aceptó ${rxName(p.rx)}. ${waitingFor(p.next)}`,
  'order.enterFirst': (p) => `Ingrese la receta antes de sacar el inventario. ${waitingFor(p.next)}`,
  'order.handsFull': (p) => `Ya tiene en la mano ${productName(p.holding)}; devuélvalo antes de tomar otro frasco.`,
  'order.nothingInHand': (p) =>
    p.doing === 'return'
      ? 'No tiene en la mano ningún frasco para esta receta.'
      : 'Primero tome del estante el frasco de inventario y luego escanéelo.',
  'order.scanFirst': (p) => `Cuente después de escanear el producto. ${waitingFor(p.next)}`,
  'order.countFirst': (p) => `Imprima la etiqueta después de contar el medicamento en el frasco. ${waitingFor(p.next)}`,
  'order.labelFirst': (p) => `El farmacéutico revisa un frasco terminado y etiquetado. ${waitingFor(p.next)}`,
  'order.alreadyCounted': () =>
    'El medicamento ya está contado en el frasco; el frasco de inventario se queda en la mesa de trabajo hasta que el farmacéutico lo revise.',
  'order.notAtPickup': (p) =>
    `El paciente vuelve a recoger cuando todas las recetas están verificadas; todavía en proceso: ${p.waiting.map(rxName).join('; ')}.`,
  'order.rxNotFinished': (p) =>
    `Todas las recetas deben estar terminadas o con el farmacéutico antes de entregar la bolsa; todavía en proceso: ${p.waiting.map(rxName).join('; ')}.`,
  'order.nothingToHandOut': () => 'No hay nada que entregar: todas las recetas están con el farmacéutico.',
  'order.alreadyDone': (p) => ALREADY_DONE[p.done],
  'encounter.ended': () => 'Terminó la atención.',
};
