import type { BadgeWords } from '../catalogue';
import type { BadgeCode } from '../../progress/badgeCodes';

/** Each badge's name, what it stands for, and how to earn it. */
export const BADGES: Record<BadgeCode, BadgeWords> = {
  'encounter.first': {
    name: 'Primer paciente',
    description: 'Terminó su primera atención.',
    how: 'Termine cualquier atención, en práctica o en evaluación.',
  },
  'assessment.perfect': {
    name: 'Evaluación impecable',
    description: 'Obtuvo 100 en una evaluación.',
    how: 'Obtenga 100 en una atención jugada en modo de evaluación.',
  },
  'shift.noCritical': {
    name: 'Turno seguro',
    description: 'Trabajó un turno completo sin ningún error crítico.',
    how: 'Termine un turno sin ningún error crítico con ningún paciente.',
  },
  'shift.allDeaCaught': {
    name: 'Detective de la DEA',
    description: 'Detectó todos los problemas de DEA de un turno.',
    how: 'En un turno con un problema del número DEA de un médico, detéctelos todos antes de la verificación.',
  },
  'fills.cleanTen': {
    name: 'Diez surtidos limpios',
    description: 'Surtió diez atenciones seguidas sin ningún error en la selección, el conteo, el etiquetado o la verificación.',
    how: 'Surta diez atenciones seguidas sin ningún error en la selección, el conteo, el etiquetado o la verificación.',
  },
  'findings.allCaught': {
    name: 'Lo ha visto todo',
    description: 'Detectó cada tipo de problema de receta al menos una vez.',
    how: 'Detecte cada tipo de problema de receta (DEA, resurtidos, alergia, interacción y los demás) al menos una vez.',
  },
  'drill.perfect': {
    name: 'Ejercicio perfecto',
    description: 'Respondió bien todas las preguntas de un ejercicio de examen de certificación.',
    how: 'Responda bien todas las preguntas de un ejercicio de examen de certificación.',
  },
  'streak.threeDays': {
    name: 'Tres días seguidos',
    description: 'Practicó tres días seguidos.',
    how: 'Practique tres días seguidos.',
  },
  'streak.sevenDays': {
    name: 'Una semana de práctica',
    description: 'Practicó siete días seguidos.',
    how: 'Practique siete días seguidos.',
  },
};
