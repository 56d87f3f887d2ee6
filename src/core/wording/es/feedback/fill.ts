import type { FeedbackSlice } from '../../catalogue';
import type { FillCode } from '../../families';

/** Counting, labelling and the pharmacist's check. */
export const FILL_FEEDBACK: FeedbackSlice<FillCode> = {
  'count.correct': {
    what: '{detail}',
    why: 'Un conteo exacto significa que el medicamento dura lo que dice la etiqueta.',
    how: 'Siga contando de cinco en cinco en una bandeja limpia y revisando el total antes de pasarlo al frasco.',
  },
  'count.wrong': {
    what: '{detail}',
    why: 'Un conteo corto deja al paciente sin dosis; un conteo de más le cuesta a la farmacia y puede auditarse.',
    how: 'Cuente de cinco en cinco y vuelva a contar antes de llenar el frasco (cuente dos veces en una C-II).',
  },
  'count.missed': {
    what: '{detail}',
    why: 'Un frasco vacío no puede ir al farmacéutico ni al paciente.',
    how: 'Cuente o mida la cantidad recetada después de un escaneo correcto.',
  },
  'label.auxiliary.ok': {
    what: '{detail}',
    why: 'Las etiquetas auxiliares le dan al paciente, de un vistazo, las advertencias que necesita.',
    how: 'Siga revisando las etiquetas auxiliares del producto cada vez que etiquete un frasco.',
  },
  'label.auxiliary.missing': {
    what: '{detail}',
    why: 'Una advertencia que falta puede hacer que el paciente tome el medicamento de una forma que le haga daño.',
    how: 'Busque las etiquetas auxiliares que necesita el producto y ponga todas.',
  },
  'label.auxiliary.extra': {
    what: '{detail}',
    why: 'Una advertencia que no corresponde confunde al paciente y hace más fácil ignorar las advertencias reales.',
    how: 'Ponga solo las etiquetas auxiliares que pide este producto.',
  },
  'label.auxiliary.wrong': {
    what: '{detail}',
    why: 'El paciente se guía por las etiquetas del frasco: una advertencia que falta puede hacer daño, y una equivocada confunde.',
    how: 'Compare sus etiquetas con la lista de etiquetas auxiliares del producto antes de ponerlas.',
  },
  'label.missed': {
    what: '{detail}',
    why: 'Un frasco sin etiqueta no se puede verificar ni entregar.',
    how: 'Imprima y ponga la etiqueta justo después de surtir, una receta a la vez.',
  },
  'verify.passed': {
    what: '{detail}',
    why: 'Una canasta en orden permite que el farmacéutico verifique rápido y que el paciente reciba antes su medicamento.',
    how: 'Siga juntando la receta, la etiqueta, el frasco de inventario y el frasco surtido.',
  },
  'verify.wrongProduct': {
    what: '{detail}',
    why: 'La revisión del farmacéutico es la última barrera; depender de ella deja un solo descuido entre el paciente y un medicamento equivocado.',
    how: 'Cuente solo de un frasco que coincida con la receta y que haya dado un pitido correcto.',
  },
  'verify.missed': {
    what: '{detail}',
    why: 'Nada puede salir de la farmacia sin la verificación del farmacéutico.',
    how: 'Envíe a verificación cada receta terminada y etiquetada.',
  },
};
