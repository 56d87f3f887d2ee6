import type { FeedbackSlice } from '../../catalogue';
import type { SelectionCode } from '../../families';

/** Pulling stock and scanning it. */
export const SELECTION_FEEDBACK: FeedbackSlice<SelectionCode> = {
  'selection.correct': {
    what: '{detail}',
    why: 'El frasco de inventario correcto es la primera barrera contra un error de medicamento.',
    how: 'Siga leyendo la etiqueta cuando saca el frasco, cuando surte y cuando lo devuelve.',
  },
  'selection.lookalike': {
    what: 'Tomó un producto de aspecto parecido. {detail}',
    why: 'Los nombres parecidos a menudo comparten concentraciones, así que el equivocado puede parecer correcto hasta llegar al paciente.',
    how: 'Lea el nombre completo, sobre todo las mayúsculas resaltadas (tall-man), y compárelo con el ingreso antes de escanear.',
  },
  'selection.wrong': {
    what: '{detail}',
    why: 'El medicamento o la concentración equivocados pueden hacerle daño al paciente aunque la etiqueta parezca correcta.',
    how: 'Antes de escanear, compare el medicamento, la concentración y la forma de la etiqueta del inventario con la receta.',
  },
  'selection.corrected': {
    what: '{detail}',
    why: 'Devolver el frasco equivocado y tomar el correcto es justo para lo que sirven las revisiones.',
    how: 'La próxima vez lea la etiqueta antes de escanear, para que la primera selección sea la correcta.',
  },
  'selection.returned': {
    what: '{detail}',
    why: 'Devolver el inventario enseguida mantiene el estante en orden para el siguiente surtido.',
    how: 'Ponga cada frasco en su propio lugar, con la etiqueta hacia afuera.',
  },
  'selection.unknownProduct': {
    what: '{detail}',
    why: 'Solo se puede dispensar el inventario que está en el estante.',
    how: 'Elija un frasco del estante.',
  },
  'selection.missed': {
    what: '{detail}',
    why: 'Sin sacar el frasco de inventario no se puede escanear, contar ni revisar nada.',
    how: 'Después del ingreso de datos, tome del estante el producto ingresado.',
  },
  'scan.match': {
    what: '{detail}',
    why: 'Un NDC que coincide demuestra que el frasco es el producto que ingresó, hasta el tamaño del envase.',
    how: 'Siga escaneando cada frasco de inventario antes de contar.',
  },
  'scan.mismatch': {
    what: '{detail}',
    why: 'Un pitido de error significa que el frasco que tiene en la mano no es lo que ingresó, así que algo está mal.',
    how: 'Devuelva el frasco, compare el ingreso con la receta y tome el producto correcto.',
  },
  'scan.missed': {
    what: '{detail}',
    why: 'El escaneo del código de barras detecta medicamentos y tamaños de envase equivocados que a la vista se escapan.',
    how: 'Escanee el frasco de inventario después de tomarlo y antes de contar.',
  },
};
