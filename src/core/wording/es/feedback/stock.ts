import type { FeedbackSlice } from '../../catalogue';
import type { StockCode } from '../../families';

/** The lot taken from the shelf and its expiry date. */
export const STOCK_FEEDBACK: FeedbackSlice<StockCode> = {
  'selection.expired': {
    what: '{detail}',
    why: 'Un medicamento vencido puede ser más débil o haber cambiado, y uno que vence antes de que el paciente lo termine no es mejor.',
    how: 'Lea la fecha de vencimiento de cada frasco de inventario que saque; devuelva el vencido, tome uno vigente y avísele al farmacéutico para que lo retire a cuarentena.',
  },
  'selection.inDate': {
    what: '{detail}',
    why: 'Revisar la fecha del frasco es parte de revisar el producto, tanto como su nombre y su concentración.',
    how: 'Siga leyendo la fecha de vencimiento de cada frasco, y avísele al farmacéutico del frasco vencido para que lo retiren.',
  },
  'selection.unknownLot': {
    what: '{detail}',
    why: 'Solo se puede surtir un frasco que está en el estante.',
    how: 'Elija uno de los frascos del estante.',
  },
  'shortage.reported': {
    what: '{detail}',
    why: 'La falta de inventario la decide el farmacéutico: el paciente debe saber qué recibe hoy y cuándo llega el resto.',
    how: 'Siga avisándole al farmacéutico en cuanto falte inventario en el estante, con cuánto hay, antes de contar.',
  },
  'shortage.wrongPlan': {
    what: '{detail}',
    why: 'Surtir una parte, pedirlo o transferirlo depende de qué tan pronto necesita el paciente el medicamento y de cuándo llega el inventario.',
    how: 'Pregunte qué tan urgente es el medicamento y cuándo llega el próximo pedido, y proponga el plan que le dé al paciente sus dosis a tiempo.',
  },
  'shortage.notShort': {
    what: '{detail}',
    why: 'Informar que falta un inventario que sí está retrasa el surtido.',
    how: 'Compare lo que hay en el estante con la cantidad antes de informar que falta inventario.',
  },
  'shortage.missed': {
    what: '{detail}',
    why: 'Un paciente que se va con menos de lo recetado, sin saberlo, se queda sin medicamento.',
    how: 'Cuando el estante tenga menos que la cantidad, avísele al farmacéutico antes de contar, y registre el saldo pendiente.',
  },
};
