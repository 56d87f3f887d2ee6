import type { SupplyField, SupplyProblemParams, SupplyUnit } from '../../rules/daysSupply';
import type { SigProblemParams, SigUnit } from '../../rules/sig';
import { say, type Renderers } from '../catalogue';

/** Why the directions could not be read, as the data-entry screen says it. The sig itself stays in English abbreviations. */
export const SIG_PROBLEMS: Renderers<SigProblemParams> = {
  empty: () => 'Escriba las indicaciones empezando por la dosis, por ejemplo "1 tab po bid".',
  asDirectedOnly: () =>
    'Las indicaciones solo dicen "as directed" (según las indicaciones), sin dosis; pida al farmacéutico que las aclare con el médico.',
  noDose: () => 'No se encontró la dosis: indique cuánto tomar cada vez, por ejemplo "1 tab".',
  noDoseOrFrequency: () => 'No se encontró ni la dosis ni la frecuencia: escriba cuánto y cada cuándo, por ejemplo "1 tab po bid".',
  unknownUnit: (p) => `"${p.word}" no es una unidad de dosis que el lector conozca; use una como tab, cap, mL, tsp, gtt, puff, unit o g.`,
  noUnit: () => 'No se encontró la unidad: indique qué es cada dosis, por ejemplo "tab", "cap", "mL", "gtt" o "puffs".',
  badDose: () => 'La dosis debe ser un número mayor que cero.',
  notText: () => 'Las indicaciones deben ser texto.',
  tooLong: (p) => `Las indicaciones son demasiado largas (más de ${p.max} caracteres).`,
  unreadable: () => 'No se pudieron leer estas indicaciones; revise la redacción.',
};

const SUPPLY_WORDS: Record<SupplyUnit, string> = {
  tablet: 'tabletas',
  capsule: 'cápsulas',
  mL: 'mL',
  g: 'gramos',
  puff: 'inhalaciones',
  drop: 'gotas',
  unit: 'unidades',
  each: 'piezas sueltas',
};

const SIG_WORDS: Record<SigUnit, string> = {
  tablet: 'tabletas',
  capsule: 'cápsulas',
  mL: 'mL',
  drop: 'gotas',
  puff: 'inhalaciones',
  unit: 'unidades',
  application: 'aplicaciones',
  suppository: 'supositorios',
  patch: 'parches',
  mg: 'mg',
  mcg: 'mcg',
  spray: 'atomizaciones',
  g: 'gramos',
  vial: 'viales',
  lozenge: 'pastillas',
};

const FIELD_WORDS: Record<SupplyField, string> = {
  quantity: 'la cantidad',
  dropsPerMl: 'el número de gotas por mL',
  gramsPerApplication: 'el número de gramos por aplicación',
  packageCount: 'el número de envases',
  inUseDays: 'el número de días de uso',
};

/** Why a days' supply cannot be worked out, as a clause ("las indicaciones …"). */
export const SUPPLY_PROBLEMS: Renderers<SupplyProblemParams> = {
  noInput: () => 'se necesitan la cantidad y las indicaciones para calcular los días de suministro',
  badNumber: (p) => `${FIELD_WORDS[p.field]} debe ser un número${p.whole ? ' entero' : ''} mayor que cero`,
  asDirected: () =>
    'las indicaciones no dicen cuánto usar al día ("as directed"); pida una aclaración antes de calcular los días de suministro',
  unreadableSig: (p) => {
    const why = say(SIG_PROBLEMS, p.problem);
    return `no se pudieron leer las indicaciones: ${why.charAt(0).toLowerCase()}${why.slice(1)}`;
  },
  multiStep: () => 'las indicaciones cambian a mitad del tratamiento ("then"); calcule la cantidad de cada etapa y sume los días',
  noFrequency: () => 'las indicaciones no dicen cada cuándo usar el medicamento, así que no se puede calcular la cantidad diaria',
  unknownProduct: (p) => `el producto ${p.productId} no está en el catálogo`,
  unitMismatch: (p) =>
    `las indicaciones están en ${SIG_WORDS[p.sigUnit]} pero la cantidad está en ${SUPPLY_WORDS[p.supplyUnit]}; use la misma unidad en las indicaciones y en la cantidad antes de calcular los días de suministro`,
};
