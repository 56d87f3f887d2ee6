import { FINDING_CODES, type FindingCode } from '../../../findings/codes';
import type { FeedbackEntry, FeedbackSlice } from '../../catalogue';

/** Why each kind of problem matters and the check that catches it. */
const FINDING_WORDS: Record<FindingCode, { why: string; how: string }> = {
  RX_INCOMPLETE: {
    why: 'Una receta a la que le falta un dato obligatorio no es legalmente válida hasta que el médico la complete.',
    how: 'Revise cada dato obligatorio: la firma y, en los medicamentos controlados, las direcciones del paciente y del médico.',
  },
  RX_EXPIRED: {
    why: 'Una receta vencida ya no se puede surtir; el médico tiene que escribir una nueva.',
    how: 'Compare la fecha en que se escribió con la de hoy y con el plazo de validez de su clase.',
  },
  DEA_MISSING: {
    why: 'Una receta de una sustancia controlada sin el número DEA del médico no se puede surtir.',
    how: 'Busque el número DEA en cada receta de una sustancia controlada.',
  },
  DEA_INVALID: {
    why: 'Un número DEA que no pasa su verificación es señal de una receta falsificada o mal escrita.',
    how: 'Sume los dígitos 1, 3 y 5, y sume el doble de la suma de los dígitos 2, 4 y 6; el último dígito del total debe ser igual al séptimo dígito.',
  },
  DEA_NAME_MISMATCH: {
    why: 'La segunda letra de un número DEA suele coincidir con el apellido del médico; si no coincide, puede ser una falsificación.',
    how: 'Compare la segunda letra del número DEA con la inicial del apellido del médico.',
  },
  CII_REFILLS: {
    why: 'La ley federal prohíbe los resurtidos en una receta C-II, así que los resurtidos escritos la hacen inválida tal como está.',
    how: 'En cada receta C-II, compruebe que la línea de resurtidos diga cero.',
  },
  CONTROLLED_REFILL_LIMIT: {
    why: 'Las recetas C-III y C-IV pueden tener como máximo 5 resurtidos dentro de 6 meses.',
    how: 'Cuente los resurtidos de cada receta C-III o C-IV y compárelos con el límite.',
  },
  RX_ALTERED: {
    why: 'Los cambios con otra tinta o los números sobrescritos son señales clásicas de una receta falsificada.',
    how: 'Revise con cuidado las cantidades, concentraciones y fechas en busca de borrones, sobrescrituras o tinta diferente.',
  },
  PATIENT_MISMATCH: {
    why: 'Un medicamento entregado a la persona equivocada puede hacerle daño, y deja sin él al paciente real.',
    how: 'Compare con el perfil el nombre y la fecha de nacimiento de la receta y los que le dan en la ventanilla.',
  },
  ALLERGY: {
    why: 'Dispensar un medicamento al que el paciente es alérgico puede causar una reacción grave o mortal.',
    how: 'En el ingreso de datos, compare las alergias del perfil con el medicamento y su clase; si coinciden, deténgase y señáleselo al farmacéutico.',
  },
  INTERACTION: {
    why: 'Algunas combinaciones de medicamentos pueden causar sangrado, bajadas peligrosas de la presión arterial o toxicidad.',
    how: 'En el ingreso de datos, compare el medicamento nuevo con cada medicamento del perfil y de las otras recetas; señale al farmacéutico una interacción conocida en lugar de seguir adelante.',
  },
  DUPLICATE_THERAPY: {
    why: 'Dos medicamentos de la misma clase en un mismo perfil pueden duplicar el efecto y los efectos secundarios.',
    how: 'Compare la clase del medicamento nuevo con los medicamentos que ya están en el perfil.',
  },
  REFILL_TOO_SOON: {
    why: 'Surtir demasiado pronto puede indicar un uso excesivo, y el plan rechazará la reclamación.',
    how: 'Compare la fecha del último surtido y los días de suministro con el límite de resurtido del plan, y con cualquier fecha de "no surtir antes de".',
  },
  NO_REFILLS_LEFT: {
    why: 'Sin resurtidos disponibles, el médico tiene que autorizar más antes de poder surtirla.',
    how: 'Antes de aceptar una solicitud de resurtido, compare los resurtidos usados con los autorizados.',
  },
  CLINICAL_QUESTION: {
    why: 'Un técnico nunca aconseja: las preguntas sobre el uso, los efectos o la seguridad son solo para el farmacéutico.',
    how: 'Pase al farmacéutico toda pregunta sobre cómo tomar un medicamento, sus efectos secundarios o sus interacciones.',
  },
  CII_PHONED_IN: {
    why: 'Un C-II debe ser escrito y firmado, o enviado electrónicamente; un C-II por teléfono solo se permite en una emergencia, y entonces solo lo toma el farmacéutico (21 CFR 1306.11).',
    how: 'Cuando un médico dicte un C-II por teléfono, deténgase y pase la llamada al farmacéutico; pida al consultorio que lo envíe electrónicamente o por escrito.',
  },
  LASA_RISK: {
    why: 'Los nombres parecidos colocados uno al lado del otro son una de las causas principales de errores de medicamento.',
    how: 'Lea el nombre completo y la concentración en la etiqueta del inventario, y deje que el escaneo del NDC lo confirme.',
  },
};

/** The catch wording: same reason, and the check phrased as one to keep doing. */
function caught(code: FindingCode): FeedbackEntry {
  const { why, how } = FINDING_WORDS[code];
  return { what: '{detail}', why, how: `Siga haciendo esta revisión: ${how.charAt(0).toLowerCase()}${how.slice(1)}` };
}

/** catch.X: a finding stopped on time, for every finding code. */
export const CATCH_FEEDBACK = Object.fromEntries(
  FINDING_CODES.map((c) => [`catch.${c}`, caught(c)]),
) as FeedbackSlice<`catch.${FindingCode}`>;

/** miss.X: a finding that got past the student (stopped by the pharmacist, or never flagged). */
export const MISS_FEEDBACK = Object.fromEntries(
  FINDING_CODES.map((c) => [`miss.${c}`, { what: '{detail}', ...FINDING_WORDS[c] }]),
) as FeedbackSlice<`miss.${FindingCode}`>;
