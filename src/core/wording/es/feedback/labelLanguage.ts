import type { FeedbackSlice } from '../../catalogue';
import type { LabelLanguageCode } from '../../families';

/** The patient's label in the language they asked for. */
export const LABEL_LANGUAGE_FEEDBACK: FeedbackSlice<LabelLanguageCode> = {
  'label.language.ok': {
    what: '{detail}',
    why: 'Los pacientes que pueden leer sus indicaciones toman el medicamento como se lo recetaron.',
    how: 'Siga atento al idioma que pide el paciente y elíjalo en la impresora de etiquetas.',
  },
  'label.language.wrong': {
    what: '{detail}',
    why: 'Un paciente que no puede leer la etiqueta puede tomar una dosis equivocada o tomarla a la hora equivocada.',
    how: 'Cuando un paciente pida la etiqueta en su idioma, elija ese idioma en la estación de etiquetas antes de imprimir, y vuelva a imprimirla si ya salió en inglés.',
  },
  'label.language.unasked': {
    what: '{detail}',
    why: 'El idioma de la etiqueta lo elige el paciente: una etiqueta que no puede leer no le sirve.',
    how: 'Imprima en inglés a menos que el paciente pida otro idioma.',
  },
};
