import type { FindingCode, Step } from '../../findings/codes';

/** Each finding code in the words a technician uses at the counter, for feedback sentences. */
export const FINDING_NAMES: Record<FindingCode, string> = {
  RX_INCOMPLETE: 'una receta incompleta',
  RX_EXPIRED: 'una receta vencida',
  DEA_MISSING: 'la falta del número DEA',
  DEA_INVALID: 'un número DEA no válido',
  DEA_NAME_MISMATCH: 'un número DEA que no coincide con el apellido del médico',
  CII_REFILLS: 'resurtidos escritos en una receta C-II',
  CONTROLLED_REFILL_LIMIT: 'más resurtidos de los que permite la ley',
  RX_ALTERED: 'una receta alterada',
  PATIENT_MISMATCH: 'datos del paciente que no coinciden',
  ALLERGY: 'una alergia',
  INTERACTION: 'una interacción entre medicamentos',
  DUPLICATE_THERAPY: 'una duplicidad terapéutica',
  REFILL_TOO_SOON: 'un resurtido demasiado pronto',
  NO_REFILLS_LEFT: 'la falta de resurtidos disponibles',
  CLINICAL_QUESTION: 'una pregunta clínica',
  LASA_RISK: 'un riesgo de confusión por aspecto o nombre parecido',
  CII_PHONED_IN: 'una receta C-II dictada por teléfono',
};

/** Each step as the workflow names it in feedback ("detectado en el ingreso de datos"). */
export const STEP_NAMES: Record<Step, string> = {
  intake: 'la recepción',
  entry: 'el ingreso de datos',
  selection: 'la selección del producto',
  count: 'el conteo',
  label: 'el etiquetado',
  verify: 'la verificación',
  pickup: 'la entrega',
  report: 'el informe de error',
};

/** Each finding as the flag dialog offers it as a reason, in the words a technician would use at the counter. */
export const FLAG_REASONS: Record<FindingCode, string> = {
  RX_INCOMPLETE: 'Falta un dato obligatorio en la receta',
  RX_EXPIRED: 'La receta es demasiado antigua para surtirla',
  DEA_MISSING: 'Falta el número DEA',
  DEA_INVALID: 'El número DEA no es válido',
  DEA_NAME_MISMATCH: 'El número DEA no coincide con el apellido del médico',
  CII_REFILLS: 'Resurtidos escritos en una receta de la Lista II',
  CONTROLLED_REFILL_LIMIT: 'Demasiados resurtidos (o demasiado tarde) para una sustancia controlada',
  RX_ALTERED: 'La receta parece alterada o falsificada',
  PATIENT_MISMATCH: 'Paciente equivocado: el nombre o la fecha de nacimiento no coinciden',
  ALLERGY: 'El paciente es alérgico',
  INTERACTION: 'Interactúa con un medicamento que toma el paciente',
  DUPLICATE_THERAPY: 'El paciente ya toma un medicamento que hace lo mismo',
  REFILL_TOO_SOON: 'Es demasiado pronto para resurtir',
  NO_REFILLS_LEFT: 'No quedan resurtidos',
  CLINICAL_QUESTION: 'Una pregunta clínica para el farmacéutico',
  LASA_RISK: 'Riesgo de confusión por aspecto o nombre parecido',
  CII_PHONED_IN: 'Una receta C-II dictada por teléfono (no es una emergencia)',
};
