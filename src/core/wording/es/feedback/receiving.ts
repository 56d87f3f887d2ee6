import type { FeedbackSlice } from '../../catalogue';
import type { ReceiveCode } from '../../families';

const nudge = (how: string) => ({
  what: '{detail}',
  why: 'La recepción se hace línea por línea, para que nada de la caja se pase por alto ni se cuente dos veces.',
  how,
});

/** Recibir un pedido del mayorista (pharmacy-rules.md §13.4). */
export const RECEIVE_FEEDBACK: FeedbackSlice<ReceiveCode> = {
  'receive.none': nudge('Las acciones de recepción son para una tarea de pedido.'),
  'receive.unknownLine': nudge('Elija una línea de la lista de la caja.'),
  'receive.checkFirst': nudge(
    'Compare primero el NDC, la concentración, la cantidad, el lote y el vencimiento con la línea de la factura.',
  ),
  'receive.alreadyDone': nudge('Pase a la siguiente línea de la caja.'),
  'receive.checked': {
    what: '{detail}',
    why: 'Lo que está en el estante es lo que se dispensará: un NDC equivocado, una cantidad incompleta o un lote vencido encontrados ahora nunca llegan a un paciente.',
    how: 'Siga revisando en cada línea el NDC, la concentración, la cantidad, el lote y el vencimiento antes de sacarla de la caja.',
  },
  'receive.misjudged': {
    what: '{detail}',
    why: 'Una discrepancia que no se detecta al recibir se queda en el inventario y en la factura que paga la farmacia.',
    how: 'Lea el NDC y la cantidad del paquete contra la línea de la factura, y luego la fecha de vencimiento contra la de hoy.',
  },
  'receive.putAway': {
    what: '{detail}',
    why: 'El inventario cuenta las existencias solo cuando están en su lugar.',
    how: 'Guarde cada línea revisada en su lugar, refrigerador o estante, con las fechas más nuevas detrás de las existencias más antiguas.',
  },
  'receive.putAwayHeld': {
    what: '{detail}',
    why: 'Un producto dañado, sustituido o vencido en el estante puede dispensarlo la próxima persona que lo tome.',
    how: 'Aparte esa línea, informe al farmacéutico y déjela para la devolución al mayorista.',
  },
  'receive.putAwayControlled': {
    what: '{detail}',
    why: 'Las sustancias controladas las recibe el registrante: el farmacéutico las registra, y solo un registrante o quien tenga un poder firma un formulario de pedido C-II.',
    how: 'Entregue cada línea de sustancia controlada al farmacéutico, sin abrir, para que la registre; nunca firme usted el Formulario 222 ni el recibo de CSOS.',
  },
  'receive.fridgeFirst': {
    what: '{detail}',
    why: 'Los medicamentos refrigerados, como las insulinas y las vacunas, pierden potencia al calentarse.',
    how: 'Siga desempacando primero los productos refrigerados en cada pedido.',
  },
  'receive.fridgeLate': {
    what: '{detail}',
    why: 'Un medicamento refrigerado que queda a temperatura ambiente mientras se guarda lo del estante puede dejar de servir.',
    how: 'Busque primero los productos refrigerados en la caja y guárdelos en el refrigerador antes que nada.',
  },
  'receive.reported': {
    what: '{detail}',
    why: 'El mayorista acredita o repone solo lo que se informa, y el farmacéutico debe saber qué falta antes de que lo necesite un paciente.',
    how: 'Siga informando el mismo día de cada línea incompleta, dañada, sustituida o vencida.',
  },
  'receive.reportNothing': {
    what: '{detail}',
    why: 'Un informe falso le quita tiempo al farmacéutico y al mayorista y enreda la factura.',
    how: 'Informe solo de una línea que difiera de la factura o que esté vencida.',
  },
  'receive.controlledToPharmacist': nudge('Entregue la línea al farmacéutico para que la registre.'),
  'receive.handedOver': {
    what: '{detail}',
    why: 'El farmacéutico registra las existencias controladas contra el pedido; el técnico no firma por ellas.',
    how: 'Siga entregando las líneas de sustancias controladas al farmacéutico sin abrirlas.',
  },
  'receive.notControlled': nudge('Regístrela usted: guárdela o informe de ella.'),
  'receive.pulled': {
    what: '{detail}',
    why: 'Un frasco vencido que queda en el estante puede dispensarse por error.',
    how: 'Retire a cuarentena cada frasco vencido que encuentre, para devolverlo o destruirlo.',
  },
  'receive.unknownLot': nudge('Elija un frasco vencido de la lista.'),
  'receive.alreadyPulled': nudge('Pase al siguiente frasco vencido.'),
  'receive.check.missed': {
    what: '{detail}',
    why: 'Una línea sin revisar puede esconder un NDC equivocado o un lote vencido.',
    how: 'Compare cada línea de la caja con la factura antes de terminar el pedido.',
  },
  'receive.putAway.missed': {
    what: '{detail}',
    why: 'Lo que queda en la caja no está en el inventario y, si es refrigerado, se está calentando.',
    how: 'Guarde cada línea en buen estado antes de dejar el pedido.',
  },
  'receive.fridgeFirst.missed': {
    what: '{detail}',
    why: 'Los productos refrigerados no deben esperar mientras se guarda lo del estante.',
    how: 'Guarde primero los productos refrigerados y luego los del estante.',
  },
  'receive.report.missed': {
    what: '{detail}',
    why: 'Una discrepancia no informada nunca se acredita, y la falta sorprende al siguiente paciente.',
    how: 'Informe al farmacéutico de cada línea incompleta, dañada, sustituida o vencida.',
  },
  'receive.controlled.missed': {
    what: '{detail}',
    why: 'Las sustancias controladas debe registrarlas el farmacéutico.',
    how: 'Entregue cada línea de sustancia controlada al farmacéutico en cuanto la revise.',
  },
  'receive.pull.missed': {
    what: '{detail}',
    why: 'Un frasco vencido que queda en el estante puede dispensarse por error.',
    how: 'Retire a cuarentena cada frasco vencido mientras está en los estantes.',
  },
};
