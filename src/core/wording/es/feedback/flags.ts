import type { FeedbackSlice } from '../../catalogue';
import type { FlagCode } from '../../families';

/** Flags that were late, gave the wrong reason, or were not needed. */
export const FLAG_FEEDBACK: FeedbackSlice<FlagCode> = {
  'flag.late': {
    what: '{detail}',
    why: 'Cada paso hecho en una receta que hay que detener es trabajo perdido, y detectar tarde está a un paso de no detectar.',
    how: 'Haga las revisiones de la recepción y del ingreso de datos antes de pasar una receta al siguiente paso.',
  },
  'flag.wrongReason': {
    what: '{detail}',
    why: 'El farmacéutico actúa según el motivo que usted da, así que el motivo correcto hace que el problema se resuelva antes.',
    how: 'Nombre el problema exacto que encontró y vuelva a leer la receta por si hay algo más.',
  },
  'flag.falseAlarm': {
    what: '{detail}',
    why: 'Detener una receta sin problemas retrasa al paciente y aparta al farmacéutico de los problemas reales.',
    how: 'Señale solo lo que pueda mostrar: una verificación fallida, un dato que falta o un conflicto con el perfil.',
  },
  'flag.notAStop': {
    what: '{detail}',
    why: 'Un producto de aspecto parecido junto al recetado es motivo para tener cuidado, no para detener el surtido.',
    how: 'Lea la etiqueta tres veces y deje que el escaneo confirme el NDC.',
  },
};
