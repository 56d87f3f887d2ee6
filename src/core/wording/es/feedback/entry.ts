import type { FeedbackSlice } from '../../catalogue';
import type { EntryCode } from '../../families';

/** Data entry, one pair of entries per field. */
export const ENTRY_FEEDBACK: FeedbackSlice<EntryCode> = {
  'entry.product.ok': {
    what: '{detail}',
    why: 'El producto que ingresa decide qué acepta el escáner y qué dice la etiqueta.',
    how: 'Siga comparando el medicamento, la concentración y la forma con la receta, leyendo con atención las letras mayúsculas resaltadas (tall-man).',
  },
  'entry.product.wrong': {
    what: '{detail}',
    why: 'Un producto equivocado en el sistema permite que el medicamento equivocado pase el escaneo y llegue al paciente.',
    how: 'Antes de enviar, compare el nombre del medicamento, la concentración y la forma farmacéutica de la receta con lo que eligió.',
  },
  'entry.sig.ok': {
    what: '{detail}',
    why: 'Unas indicaciones claras en la etiqueta son la forma en que el paciente sabe cuánto tomar y cuándo.',
    how: 'Siga convirtiendo las abreviaturas en palabras sencillas con la misma dosis y frecuencia.',
  },
  'entry.sig.wrong': {
    what: '{detail}',
    why: 'Unas indicaciones con la dosis o la frecuencia equivocadas hacen que el paciente tome de más o de menos.',
    how: 'Compare con la receta la dosis, la unidad, cada cuándo y el "si es necesario" de sus indicaciones.',
  },
  'entry.sig.doNotUse': {
    what: '{detail}',
    why: 'Las abreviaturas de la lista "No usar" de la Joint Commission se leen mal: "qd" se convierte en "qid", la "U" en un cero y ".5" en "5".',
    how: 'Escriba las palabras que da la lista en su lugar ("daily", "units", "0.5", "1") para que la etiqueta solo se pueda leer de una manera.',
  },
  'entry.doNotUse.noted': {
    what: '{detail}',
    why: 'Las abreviaturas de la lista "No usar" de la Joint Commission se leen mal: "qd" se convierte en "qid", la "U" en un cero y ".5" en "5".',
    how: 'Siga leyéndolas tal como están escritas y escribiendo las palabras seguras, y avise al farmacéutico cuando una se pueda leer de dos maneras.',
  },
  'entry.quantity.ok': {
    what: '{detail}',
    why: 'La cantidad correcta mantiene de acuerdo el surtido, la reclamación al seguro y los días de suministro.',
    how: 'Siga copiando la cantidad exactamente como está escrita.',
  },
  'entry.quantity.wrong': {
    what: '{detail}',
    why: 'Una cantidad equivocada deja al paciente con menos medicamento o le cobra al plan un medicamento que nunca recibió.',
    how: 'Copie la cantidad exactamente como la escribió el médico, en la unidad de dispensación del producto.',
  },
  'entry.daysSupply.ok': {
    what: '{detail}',
    why: 'Unos días de suministro exactos permiten que el plan programe bien el siguiente resurtido.',
    how: 'Siga dividiendo la cantidad entre lo máximo que el paciente puede usar en un día y redondeando hacia abajo.',
  },
  'entry.daysSupply.wrong': {
    what: '{detail}',
    why: 'Unos días de suministro equivocados hacen que los resurtidos lleguen demasiado pronto o demasiado tarde, y son un hallazgo de auditoría.',
    how: 'Divida la cantidad entre el mayor uso diario (la dosis más alta y el intervalo más corto), redondee hacia abajo y limite la insulina a su vida útil una vez abierta.',
  },
  'entry.refills.ok': {
    what: '{detail}',
    why: 'El número de resurtidos controla cuánto tiempo puede el paciente obtener este medicamento sin una receta nueva.',
    how: 'Siga ingresando lo autorizado, menos lo que ya se usó en un resurtido.',
  },
  'entry.refills.wrong': {
    what: '{detail}',
    why: 'Demasiados resurtidos dan un medicamento que el médico no autorizó; muy pocos hacen que el paciente vuelva antes de tiempo.',
    how: 'Ingrese los resurtidos escritos; en una solicitud de resurtido, reste los que ya se usaron.',
  },
  'entry.daw.ok': {
    what: '{detail}',
    why: 'El código DAW le dice al plan si se podía sustituir por un genérico.',
    how: 'Siga copiando el código de selección de producto que indica la receta.',
  },
  'entry.daw.wrong': {
    what: '{detail}',
    why: 'Un código DAW equivocado puede hacer que rechacen la reclamación o que al paciente le cobren la diferencia de la marca.',
    how: 'Use el código de la receta; 0 significa que se permite la sustitución y 1 que el médico la quiere tal como está escrita.',
  },
  'entry.missed': {
    what: '{detail}',
    why: 'No se puede surtir, facturar ni etiquetar nada hasta que la receta esté ingresada.',
    how: 'Ingrese cada receta aceptada: producto, indicaciones, cantidad, días de suministro, resurtidos y DAW.',
  },
};
