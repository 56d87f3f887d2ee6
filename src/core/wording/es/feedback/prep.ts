import type { FeedbackSlice } from '../../catalogue';
import type { PrepCode } from '../../families';

/** Reconstituting a powder for suspension and its beyond-use date. */
export const PREP_FEEDBACK: FeedbackSlice<PrepCode> = {
  'order.reconstituteFirst': {
    what: '{detail}',
    why: 'Un polvo seco no se puede medir en mililitros; la dosis solo es correcta cuando ya tiene el agua.',
    how: 'Lea en el frasco el volumen de agua, agréguelo en porciones agitando después de cada una, y luego mida.',
  },
  'reconstitute.correct': {
    what: '{detail}',
    why: 'El volumen exacto de agua da la concentración de la etiqueta; agregarlo en porciones deja que el polvo se humedezca y se mezcle de manera uniforme.',
    how: 'Siga leyendo el volumen en el frasco cada vez: cambia según el producto y el tamaño del frasco.',
  },
  'reconstitute.wrongVolume': {
    what: '{detail}',
    why: 'Demasiada agua hace más débil cada dosis; muy poca la hace más fuerte de lo que dice la etiqueta.',
    how: 'Lea el volumen de agua de este frasco, mídalo en una probeta graduada a la altura de los ojos y agregue exactamente esa cantidad.',
  },
  'reconstitute.onePortion': {
    what: '{detail}',
    why: 'El agua agregada de una sola vez puede dejar polvo seco apelmazado en el fondo, y las dosis salen desiguales.',
    how: 'Agregue más o menos la mitad del agua, agite bien, luego agregue el resto y vuelva a agitar.',
  },
  'reconstitute.notNeeded': {
    what: '{detail}',
    why: 'Agregarle agua a un líquido ya preparado diluye cada dosis.',
    how: 'Prepare solo un frasco cuya etiqueta indique agregar agua.',
  },
  'reconstitute.missed': {
    what: '{detail}',
    why: 'El paciente no puede usar un frasco de polvo seco, y la dosis saldría mal si lo mezclara él mismo.',
    how: 'En la estación de conteo, prepare el polvo con el agua que indica su etiqueta antes de medir.',
  },
  'label.beyondUse.ok': {
    what: '{detail}',
    why: 'Una vez preparada, la suspensión solo dura un número fijo de días; la fecha y la forma de guardarla le dicen al paciente cuándo desecharla.',
    how: 'Siga calculando la fecha a partir de hoy y de los días de uso del producto cada vez que prepare una.',
  },
  'label.beyondUse.wrong': {
    what: '{detail}',
    why: 'Una fecha demasiado tardía deja que el paciente tome un medicamento que ya no funciona; una demasiado temprana desperdicia el tratamiento.',
    how: 'Cuente los días de uso del producto a partir de hoy, el día en que agrega el agua.',
  },
  'label.beyondUse.missing': {
    what: '{detail}',
    why: 'Sin una fecha, el paciente no puede saber cuándo deja de funcionar la suspensión.',
    how: 'Escriba la fecha límite de uso (hoy más los días del producto) en cada suspensión reconstituida.',
  },
};
