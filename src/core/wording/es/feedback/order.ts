import type { FeedbackSlice } from '../../catalogue';
import type { OrderCode } from '../../families';

/** Nudges for actions taken out of order or on something that is not there; they carry no score. */
export const ORDER_FEEDBACK: FeedbackSlice<OrderCode> = {
  'action.unknown': {
    what: '{detail}',
    why: 'El sistema de la farmacia solo acepta entradas completas y reconocidas.',
    how: 'Elija una acción de la estación en la que está y llene todos los campos que pide.',
  },
  'encounter.over': {
    what: '{detail}',
    why: 'Una vez que el paciente se fue, ya no se puede cambiar nada para él.',
    how: 'Lea su informe y luego pase al siguiente paciente.',
  },
  'rx.unknown': {
    what: '{detail}',
    why: 'Cada acción tiene que ir unida a la receta correcta, o el trabajo termina en la canasta equivocada.',
    how: 'Elija una de las recetas de esta atención.',
  },
  'rx.held': {
    what: '{detail}',
    why: 'Una vez detenida una receta, solo el farmacéutico decide qué pasa con ella.',
    how: 'Déjela con el farmacéutico y siga con el resto del trabajo.',
  },
  'rx.verified': {
    what: '{detail}',
    why: 'Una receta verificada está sellada en su bolsa; cambiarla ahora se saltaría la revisión del farmacéutico.',
    how: 'Pase a la siguiente receta o a la entrega.',
  },
  'order.identityFirst': {
    what: '{detail}',
    why: 'Todo lo que sigue se compara con el perfil, así que tiene que ser el perfil del paciente correcto.',
    how: 'Primero pida el nombre completo y la fecha de nacimiento y compare ambos con el perfil.',
  },
  'order.acceptFirst': {
    what: '{detail}',
    why: 'Ingresar una receta que no ha revisado puede llevar un problema directo al surtido.',
    how: 'Lea la receta en la recepción y luego acéptela o señale un problema.',
  },
  'order.alreadyAccepted': {
    what: '{detail}',
    why: 'Cada receta se revisa una vez en la recepción y después avanza por el flujo de trabajo.',
    how: 'Siga el siguiente paso que se muestra para esta receta.',
  },
  'order.enterFirst': {
    what: '{detail}',
    why: 'El escaneo compara el frasco con lo que usted ingresó, así que primero tiene que existir el ingreso.',
    how: 'Termine el ingreso de datos y luego vaya al estante.',
  },
  'order.handsFull': {
    what: '{detail}',
    why: 'Tener dos frascos de inventario a la vez es como se intercambian los productos de aspecto parecido.',
    how: 'Devuelva el frasco que tiene antes de tomar otro.',
  },
  'order.nothingInHand': {
    what: '{detail}',
    why: 'El escáner y el estante trabajan con el frasco que tiene en la mano.',
    how: 'Primero tome del estante el frasco de inventario.',
  },
  'order.scanFirst': {
    what: '{detail}',
    why: 'El escaneo demuestra que tiene el producto correcto antes de que nada pase a un frasco.',
    how: 'Escanee el frasco de inventario, espere el pitido correcto y luego cuente.',
  },
  'order.countFirst': {
    what: '{detail}',
    why: 'La etiqueta va en un frasco ya surtido, para que no termine en el equivocado.',
    how: 'Cuente o mida en el frasco, y luego imprima y ponga la etiqueta de inmediato.',
  },
  'order.labelFirst': {
    what: '{detail}',
    why: 'El farmacéutico revisa juntos la receta, la etiqueta, el frasco de inventario y el producto.',
    how: 'Termine el surtido y la etiqueta antes de enviarla.',
  },
  'order.alreadyCounted': {
    what: '{detail}',
    why: 'El farmacéutico compara el frasco de inventario con el frasco surtido, así que se queda con la canasta.',
    how: 'Deje el frasco de inventario en la mesa de trabajo hasta que termine la verificación.',
  },
  'order.notAtPickup': {
    what: '{detail}',
    why: 'El paciente recoge todo a la vez, después de que el farmacéutico lo revisó.',
    how: 'Termine y verifique todas las recetas antes de empezar la entrega.',
  },
  'order.rxNotFinished': {
    what: '{detail}',
    why: 'Una bolsa entregada antes de tiempo deja al paciente sin un medicamento que se le prometió.',
    how: 'Termine cada receta, o déjela con el farmacéutico, antes de entregar la bolsa.',
  },
  'order.nothingToHandOut': {
    what: '{detail}',
    why: 'Una receta que está con el farmacéutico no se puede entregar.',
    how: 'Deje que el farmacéutico hable con el paciente sobre lo que sigue.',
  },
  'order.alreadyDone': {
    what: '{detail}',
    why: 'Repetir un paso terminado hace más lenta la fila sin hacer nada más seguro.',
    how: 'Pase al siguiente paso.',
  },
  'encounter.ended': {
    what: '{detail}',
    why: 'Terminar la atención cierra el registro de todo lo que hizo por este paciente.',
    how: 'Termine una atención solo cuando no le quede nada por hacer.',
  },
};
