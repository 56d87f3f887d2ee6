/**
 * The drills family in Spanish: each question's prompt, its answer choices and the what / why /
 * how shown after it is answered, written from the codes and params the drills core hands out.
 * Sigs stay as the prescriber writes them (English abbreviations); everything around them is Spanish.
 */
import type { DeaVerdict, DrillParams, DrillUnit, MeasureUnit, SupplyForm } from '../../drills/params';
import { DEA_PRESCRIBER_PREFIXES } from '../../rules/dea';
import type { NdcLayout } from '../../rules/ndc';
import type { Schedule } from '../../scenario/catalogSchema';
import type { DrillWords, FeedbackEntry } from '../catalogue';
import { formatAmount } from '../en/sig';
import { capital, listPhrase, quoted, schedule as scheduleName } from './phrases';
import { sigSentence, UNIT_WORDS, whenPhrase } from './sig';

const num = (n: number): string => formatAmount(n, false);

/** A number with its unit, singular or plural. */
function amount(n: number, unit: DrillUnit): string {
  const word = UNIT_NAMES[unit][n === 1 ? 0 : 1];
  return word === '' ? num(n) : `${num(n)} ${word}`;
}

/** Each answer unit, one and many; an empty word means a bare number. Household measures are written out. */
const UNIT_NAMES: Record<DrillUnit, [string, string]> = {
  day: ['día', 'días'],
  tablet: ['tableta', 'tabletas'],
  capsule: ['cápsula', 'cápsulas'],
  mL: ['mL', 'mL'],
  g: ['g', 'g'],
  puff: ['inhalación', 'inhalaciones'],
  drop: ['gota', 'gotas'],
  unit: ['unidad', 'unidades'],
  each: ['', ''],
  digit: ['', ''],
  refill: ['resurtido', 'resurtidos'],
  mg: ['mg', 'mg'],
  mcg: ['mcg', 'mcg'],
  tsp: ['cucharadita', 'cucharaditas'],
  tbsp: ['cucharada', 'cucharadas'],
  floz: ['onza líquida', 'onzas líquidas'],
};

const measure = (n: number, unit: MeasureUnit): string => amount(n, unit);

/** The dispensed quantity as the bottle or box says it. */
function dispensed(p: DrillParams['supply.days']): string {
  if (p.form === 'insulin') {
    const packages = p.packages ?? 1;
    return packages > 1 ? `${packages} plumas de ${num(p.quantity / packages)} unidades cada una` : `1 vial de ${num(p.quantity)} unidades`;
  }
  if (p.form === 'inhaler')
    return p.doseUnit === 'spray' ? `1 frasco de ${num(p.quantity)} atomizaciones` : `1 inhalador de ${amount(p.quantity, 'puff')}`;
  return amount(p.quantity, p.unit);
}

const WHERE_THE_ZERO_GOES: Record<Exclude<NdcLayout, '5-4-2'>, string> = {
  '4-4-2': 'delante del código del fabricante (el primer segmento)',
  '5-3-2': 'delante del código del producto (el segmento del medio)',
  '5-4-1': 'delante del código del empaque (el último segmento)',
};

const SUPPLY_HOW: Record<SupplyForm, string> = {
  solid:
    'Convierta el sig en dosis al día (bid = 2, tid = 3, q6h = 4, q8h = 3), multiplíquelas por las tabletas o cápsulas de cada dosis, divida la cantidad entre ese resultado y redondee hacia abajo.',
  liquid:
    'Trabaje en mL (1 cucharadita = 5 mL, 1 cucharada = 15 mL), multiplique los mL de cada dosis por las dosis al día, divida el frasco entre ese resultado y redondee hacia abajo.',
  drops:
    'Convierta los mL en gotas (aquí, 20 gotas por mL), duplique las gotas cuando se tratan los dos ojos o los dos oídos (OU, AU), divida entre las gotas al día y redondee hacia abajo.',
  inhaler:
    'Divida las inhalaciones o atomizaciones de la etiqueta entre el máximo que se usa en un día: en los sigs "si es necesario" cuente el intervalo más corto (q4-6h = 6 veces al día), y una atomización en cada fosa nasal cuenta doble.',
  insulin:
    'Unidades surtidas ÷ unidades al día, pero ningún vial ni pluma cuenta más allá de su vida útil una vez abierto (la mayoría de las insulinas: 28 días); sume las plumas o los viales.',
};

const NAMES_WHY =
  'Los médicos, los pacientes y los planes de seguro usan indistintamente el nombre de marca y el genérico; confundirlos pone el medicamento equivocado en el frasco.';
const NAMES_HOW = 'Aprenda los pares en grupos por clase de medicamento, y lea siempre el nombre genérico en el frasco de inventario.';

const SCHEDULE_WHY: Record<Schedule | 'none', string> = {
  II: 'C-II significa sin resurtidos, una receta escrita o electrónica, y revisiones adicionales en cada paso.',
  III: 'C-III permite hasta 5 resurtidos dentro de los 6 meses siguientes a la fecha en que se escribió.',
  IV: 'C-IV permite hasta 5 resurtidos dentro de los 6 meses siguientes a la fecha en que se escribió.',
  V: 'C-V tiene el menor potencial de abuso de todas las listas; los resurtidos son los que autorice el médico, sin límite federal.',
  none: 'No está en ninguna lista federal, así que se aplican las reglas ordinarias de las recetas (algunos estados añaden sus propios controles).',
};

const scheduleWords = (s: Schedule | null): string =>
  s === null ? 'una sustancia no controlada por la ley federal' : `de la lista ${scheduleName(s)}`;
const drug = (generic: string, brand?: string): string => (brand === undefined ? generic : `${generic} (${brand})`);

/** The sum behind a DEA check digit, written out. */
function deaWorking(digits: string, sum: { odd: number; even: number; total: number; expected: number }): string {
  const d = Array.from(digits);
  return `(${d[0]} + ${d[2]} + ${d[4]}) + 2 × (${d[1]} + ${d[3]} + ${d[5]}) = ${sum.odd} + ${2 * sum.even} = ${sum.total}, cuyo último dígito es ${sum.expected}`;
}

const DEA_WHY =
  'Un número DEA que pasa estas revisiones solo tiene un formato válido; uno que no las pasa puede estar falsificado o mal escrito, y el farmacéutico lo verifica antes de surtir nada.';
const DEA_HOW = `Revise en orden: la primera letra (${listPhrase([...DEA_PRESCRIBER_PREFIXES])} para quienes recetan), la segunda letra (la inicial del apellido, o 9 para una dirección comercial) y luego la suma del dígito de control con los siete dígitos.`;

const VERDICT_WORDS: Record<DeaVerdict, string> = {
  valid: 'Formato válido: pasa todas las revisiones',
  checksum: 'No pasa: el dígito de control está mal',
  'last-name': 'No pasa: la segunda letra no coincide con el apellido del médico',
  prefix: 'No pasa: la primera letra no es de un tipo de registro que pueda recetar',
};

function verdictWhat(p: DrillParams['dea.verdict']): string {
  const digits = p.dea.slice(2, 8);
  const [prefix, letter] = [p.dea.charAt(0), p.dea.charAt(1)];
  switch (p.verdict) {
    case 'valid':
      return `${p.dea} pasa: ${prefix} es una letra de quien receta, ${letter === '9' ? 'el 9 indica una dirección comercial y vale para cualquier apellido' : `la ${letter} coincide con el Dr. ${p.lastName}`}, y ${deaWorking(digits, p.sum)}, tal como está escrito.`;
    case 'checksum':
      return `${p.dea} no pasa el dígito de control: ${deaWorking(digits, p.sum)}, pero el número termina en ${p.written}.`;
    case 'last-name':
      return `${p.dea} no pasa la revisión del apellido: su segunda letra es ${letter}, pero el apellido del Dr. ${p.lastName} empieza con ${p.lastName.charAt(0).toUpperCase()}.`;
    case 'prefix':
      return `${p.dea} no pasa la revisión de la primera letra: ${prefix} no es un tipo de registro que pueda recetar.`;
  }
}

/** What / why / how of each question code. */
const EXPLANATIONS: { readonly [C in keyof DrillParams]: (params: DrillParams[C]) => FeedbackEntry } = {
  'supply.days': (p) => {
    const perDose = `${num(p.perDose)} ${UNIT_WORDS[p.doseUnit][p.perDose === 1 ? 0 : 1]}`;
    const perDay = `${perDose}${p.sites > 1 ? ' en cada uno de 2 sitios' : ''} × ${num(p.timesPerDay)} al día = ${num(p.perDay)} al día`;
    const start =
      p.dropsPerMl !== undefined ? `${amount(p.quantity, 'mL')} × ${p.dropsPerMl} gotas por mL = ${amount(p.total, 'drop')}; ` : '';
    const capped =
      p.capped && p.inUseDays !== undefined
        ? `, pero cada ${p.form === 'insulin' && (p.packages ?? 1) > 1 ? 'pluma' : 'vial'} solo se puede usar ${p.inUseDays} días una vez abierto, así que ${amount(p.days, 'day')}`
        : `, redondeado hacia abajo: ${amount(p.days, 'day')}`;
    return {
      what: `${start}${perDay}; ${num(p.total)} ÷ ${num(p.perDay)} = ${num(Number((p.total / p.perDay).toFixed(2)))}${capped}.`,
      why: 'Los días de suministro son la cantidad dividida entre lo máximo que el paciente puede usar en un día, redondeado hacia abajo. El plan calcula los resurtidos con ese número: si es demasiado alto, deja pasar resurtidos antes de tiempo; si es demasiado bajo, rechaza la reclamación.',
      how: SUPPLY_HOW[p.form],
    };
  },
  'supply.quantity': (p) => ({
    what: `${amount(p.perDose, p.unit)} × ${num(p.timesPerDay)} al día = ${amount(p.perDay, p.unit)} al día; × ${amount(p.days, 'day')} = ${amount(p.quantity, p.unit)}.`,
    why: 'La cantidad debe cubrir los días recetados: un surtido corto hace volver al paciente antes de tiempo, y un surtido de más es una observación en una auditoría.',
    how: 'Multiplique la cantidad por dosis por las dosis al día y por los días; en los líquidos trabaje en mL (1 cucharadita = 5 mL).',
  }),
  'sig.toWords': (p) => sigExplanation(p),
  'sig.fromWords': (p) => sigExplanation(p),
  'dea.checkDigit': (p) => ({
    what: `El dígito de control es ${p.sum.expected}: ${deaWorking(p.digits, p.sum)}.`,
    why: 'El dígito de control detecta la mayoría de los números DEA mal escritos o inventados antes de que una receta controlada avance.',
    how: 'Sume los dígitos 1.º, 3.º y 5.º; sume el 2.º, el 4.º y el 6.º y duplique el resultado; sume los dos totales. El último dígito del total es el dígito de control. Las letras no entran en la suma.',
  }),
  'dea.verdict': (p) => ({ what: verdictWhat(p), why: DEA_WHY, how: DEA_HOW }),
  'ndc.to11': (p) => ({
    what: `${p.ndc} es un código ${p.layout}, así que el cero va ${WHERE_THE_ZERO_GOES[p.layout]}: ${p.ndc11}, que se factura como ${p.billing}.`,
    why: 'Las reclamaciones llevan el NDC de 11 dígitos en formato 5-4-2; un cero en el lugar equivocado nombra otro producto u otro empaque, y la reclamación se rechaza o se paga por algo que no es.',
    how: 'Cuente los dígitos de cada segmento del código con guiones y complete el corto con un cero a la izquierda: 5 dígitos para el fabricante, 4 para el producto y 2 para el empaque.',
  }),
  'controlled.schedule': (p) => ({
    what: `${capital(drug(p.generic, p.brand))} es ${scheduleWords(p.schedule)}.`,
    why: SCHEDULE_WHY[p.schedule ?? 'none'],
    how: 'Aprenda los ejemplos comunes de cada lista: la oxicodona, las combinaciones con hidrocodona, la morfina, el fentanilo y los estimulantes para el TDAH son C-II; el acetaminofén con codeína y la buprenorfina son C-III; las benzodiacepinas, el zolpidem y el tramadol son C-IV; la pregabalina y los jarabes para la tos con poca codeína son C-V.',
  }),
  'controlled.refills': (p) => ({
    what: `${amount(p.max, 'refill')}: ${drug(p.generic, p.brand)} es ${scheduleName(p.schedule)}.`,
    why:
      p.schedule === 'II'
        ? 'La ley federal no permite resurtidos en un C-II; en cambio, el médico puede escribir varias recetas con fechas de "no surtir antes de", hasta 90 días en total.'
        : 'La ley federal permite como máximo 5 resurtidos de una receta C-III o C-IV, y solo dentro de los 6 meses siguientes a la fecha en que se escribió.',
    how: 'En la recepción, compare la línea de resurtidos con la lista y señale al farmacéutico cualquier cosa que pase el límite.',
  }),
  'names.generic': (p) => ({ what: `${p.brand} es ${p.generic}.`, why: NAMES_WHY, how: NAMES_HOW }),
  'names.brand': (p) => ({ what: `${capital(p.generic)} se vende como ${p.brand}.`, why: NAMES_WHY, how: NAMES_HOW }),
  'names.lookAlike': (p) => ({
    what: `Estos dos son un par de aspecto o nombre parecido: ${p.product} y ${p.lookAlike}.`,
    why: 'Los nombres parecidos quedan cerca en el estante y se confunden por teléfono; cuando comparten concentración, la revisión de la concentración no detecta el cambio.',
    how: 'Lea las mayúsculas resaltadas (tall-man) de la etiqueta, escanee el NDC y vaya más despacio cuando haya cerca un par conocido.',
  }),
  'math.convert': (p) => ({
    what: `${measure(p.amount, p.from)} × ${num(p.factor)} = ${measure(p.result, p.to)}.`,
    why: 'Las recetas, las etiquetas y los frascos usan unidades distintas; una conversión hecha al revés da una dosis muchas veces mayor o menor.',
    how: 'Sepa los factores fijos: 1 cucharadita (tsp) = 5 mL, 1 cucharada (tbsp) = 15 mL, 1 onza líquida (fl oz) = 30 mL, 1 g = 1000 mg, 1 mg = 1000 mcg. Para pasar a una unidad más pequeña se multiplica; para pasar a una más grande se divide.',
  }),
  'math.doseVolume': (p) => ({
    what: `${num(p.strengthMg)} mg en ${num(p.strengthMl)} mL son ${num(p.mgPerMl)} mg por mL; ${num(p.dose)} mg ÷ ${num(p.mgPerMl)} mg por mL = ${amount(p.volume, 'mL')}.`,
    why: 'La etiqueta le dice al cuidador cuántos mL medir; un volumen equivocado es una dosis equivocada, y en un niño eso puede ser peligroso.',
    how: 'Calcule los mg por mL (concentración ÷ su volumen) y luego divida la dosis entre ese número. Compruebe que el resultado sea un volumen que se pueda medir con una jeringa oral.',
  }),
};

function sigExplanation(p: { sig: string; directions: DrillParams['sig.toWords']['directions'] }): FeedbackEntry {
  return {
    what: `${quoted(p.sig)} significa ${quoted(sigSentence(p.directions))}.`,
    why: 'La etiqueta tiene que decir en palabras sencillas lo que el médico escribió en abreviaturas; una dosis, vía o frecuencia mal leída es un error de dosificación.',
    how: `Lea cada parte por turno: cuánto, por qué vía entra (po = por vía oral, sl = debajo de la lengua, OU = en ambos ojos, AU = en ambos oídos) y con qué frecuencia (aquí: ${whenPhrase(p.directions)}). Cada opción equivocada cambia solo una parte.`,
  };
}

/** Everything the drills say in Spanish. */
export const DRILL_WORDS: DrillWords = {
  prompts: {
    'supply.days': (p) =>
      `${p.product}: ${dispensed(p)}, sig ${quoted(p.sig)}.${p.dropsPerMl !== undefined ? ` Cuente ${p.dropsPerMl} gotas por mL.` : ''}${
        p.inUseDays !== undefined ? ` Una vez abierto, cada uno sirve durante ${p.inUseDays} días.` : ''
      } ¿Para cuántos días de suministro alcanza?`,
    'supply.quantity': (p) => `${p.product}, sig ${quoted(p.sig)}. ¿Cuánto surte para ${amount(p.days, 'day')}?`,
    'sig.toWords': (p) => `¿Qué le indica al paciente el sig ${quoted(p.sig)}?`,
    'sig.fromWords': (p) => `¿Qué sig da la indicación de etiqueta ${quoted(sigSentence(p.directions))}?`,
    'dea.checkDigit': (p) => `¿Cuál es el dígito de control (el último dígito) del número DEA ${p.letters}${p.digits}_?`,
    'dea.verdict': (p) => `El Dr. ${p.lastName} receta con el número DEA ${p.dea}. ¿Pasa las revisiones que hace un técnico?`,
    'ndc.to11': (p) => `El frasco de inventario muestra el NDC ${p.ndc}. ¿Cuál es el NDC de 11 dígitos que se factura en la reclamación?`,
    'controlled.schedule': (p) => `Según la ley federal, ¿en qué lista está ${drug(p.generic, p.brand)}?`,
    'controlled.refills': (p) =>
      `Según la ley federal, ¿cuántos resurtidos como máximo puede tener una receta de ${drug(p.generic, p.brand)}?`,
    'names.generic': (p) => `¿Cuál es el nombre genérico de ${p.brand}?`,
    'names.brand': (p) => `¿Con qué nombre de marca se vende ${p.generic}?`,
    'names.lookAlike': (p) => `¿Cuál de estos tiene un aspecto o un nombre parecido a ${p.product}?`,
    'math.convert': (p) => `¿A cuántos ${UNIT_NAMES[p.to][1]} equivalen ${measure(p.amount, p.from)}?`,
    'math.doseVolume': (p) => `La dosis es de ${num(p.dose)} mg de ${p.product}. ¿Cuántos mL mide?`,
  },
  explanations: EXPLANATIONS,
  choices: {
    directions: (p) => sigSentence(p.directions),
    sig: (p) => p.sig,
    verdict: (p) => VERDICT_WORDS[p.verdict],
    ndc: (p) => p.ndc,
    schedule: (p) => (p.schedule === null ? 'No controlado' : scheduleName(p.schedule)),
    name: (p) => p.name,
    product: (p) => p.product,
  },
  topics: {
    supply: 'Días de suministro y cantidad',
    sig: 'Sigs e indicaciones para el paciente',
    codes: 'Números DEA y NDC',
    controlled: 'Sustancias controladas',
    names: 'Nombres de marca, genéricos y parecidos',
    math: 'Matemáticas de farmacia',
  },
  unit: (unit, n) => UNIT_NAMES[unit][n === 1 ? 0 : 1],
};
