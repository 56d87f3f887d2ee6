/**
 * Writes a read sig as the Spanish sentence a patient sees on the label: "Tome 1 tableta por vía
 * oral dos veces al día". The prescription stays as written (English abbreviations); only the
 * patient's directions are in Spanish, in the usted form US pharmacies print.
 *
 * Sources for the phrasing (see docs/authoring.md, "A label in Spanish"):
 * - [CA] California State Board of Pharmacy, "Translations of Pill Directions"
 *   (pharmacy.ca.gov/publications/translations.shtml): vetted Spanish translations of the
 *   standardized directions in 16 CCR §1707.5(a)(4) ("Take 1 [dosage form] at bedtime / in the
 *   morning / twice a day / three times a day", "... if needed for pain"). Their structure (verb,
 *   amount with the dosage form, when) is the one used here.
 * - [SO] Sophia, "Medication Directions" (sophia.org/tutorials/medication-directions): "Tome ..."
 *   as the label verb, cucharada / cucharadita, antes / después de las comidas.
 * - [TK] Takeeto, "Prescriptions and medication instructions in Spanish": "tableta", "cápsula",
 *   "gota", "unidad", "por vía oral", "cada 8 horas", "durante 5 días", "Aplicar dos gotas en cada ojo",
 *   vía tópica.
 * - [EX] examrift, "Instrucciones de medicación": una vez al día, dos / tres veces al día, con el
 *   estómago vacío, antes de dormir / al acostarse.
 * Words marked [K] below are the author's own (common US-pharmacy Spanish), not taken from a source.
 */
import type { Household, SigDirections, SigFrequency, SigRoute, SigSite, SigTiming, SigUnit, TimeOfDay } from '../../rules/sig';
import { isMealTime, timeAtMeal, type MealTime } from '../../rules/sigLexicon';
import { formatAmount } from '../en/sig';
import { listPhrase } from './phrases';

/** Units counted whole or in halves, where "1/2 tableta" reads better than "0.5 tableta". */
const COUNTED: ReadonlySet<SigUnit> = new Set(['tablet', 'capsule', 'suppository', 'patch', 'vial', 'lozenge']);

/** Each dose unit as the label says it, one and many. */
export const UNIT_WORDS: Record<SigUnit, [string, string]> = {
  tablet: ['tableta', 'tabletas'], // [TK]
  capsule: ['cápsula', 'cápsulas'], // [TK]
  mL: ['mL', 'mL'],
  drop: ['gota', 'gotas'], // [TK]
  puff: ['inhalación', 'inhalaciones'], // [K]
  unit: ['unidad', 'unidades'], // [TK]
  application: ['aplicación', 'aplicaciones'], // [K]
  suppository: ['supositorio', 'supositorios'], // [K]
  patch: ['parche', 'parches'], // [K]
  mg: ['mg', 'mg'],
  mcg: ['mcg', 'mcg'],
  spray: ['atomización', 'atomizaciones'], // [K]
  g: ['g', 'g'],
  vial: ['vial', 'viales'], // [K]
  lozenge: ['pastilla para chupar', 'pastillas para chupar'], // [K]
};

/** A household measure, one and many. */
const HOUSEHOLD_WORDS: Record<Household, [string, string]> = {
  teaspoonful: ['cucharadita', 'cucharaditas'], // [SO]
  tablespoonful: ['cucharada', 'cucharadas'], // [SO]
  'fluid-ounce': ['onza líquida', 'onzas líquidas'], // [SO] "una onza"
};

const AS_QUALIFIER: Record<TimeOfDay, string> = { morning: 'por la mañana', evening: 'por la noche', bedtime: 'al acostarse' }; // [CA]
const ALONE: Record<TimeOfDay, string> = { morning: 'todas las mañanas', evening: 'todas las noches', bedtime: 'al acostarse' }; // [K]

const TIMING_WORDS: Record<Exclude<SigTiming, MealTime>, string> = {
  'before-meals': 'antes de las comidas', // [SO]
  'after-meals': 'después de las comidas', // [SO]
  'with-meals': 'con las comidas', // [K]
  'with-food': 'con alimentos', // [K]
  'empty-stomach': 'con el estómago vacío', // [EX]
  'around-the-clock': 'de día y de noche', // [K]
  'with-water': 'con un vaso lleno de agua', // [K]
  'while-awake': 'mientras esté despierto', // [K]
};

/** A meal's relation and the meal itself, with its article, so a shared relation can be said once ("con el desayuno y la cena"). [K] */
const RELATION_WORDS: Record<string, string> = { before: 'antes de', with: 'con', after: 'después de' };
const MEAL_WORDS: Record<string, string> = { breakfast: 'el desayuno', lunch: 'el almuerzo', dinner: 'la cena', supper: 'la cena' };

/** Where each route puts the dose, when the site does not say more. */
const ROUTE_WORDS: Record<SigRoute, string> = {
  oral: 'por vía oral', // [TK]
  sublingual: 'debajo de la lengua', // [K]
  rectal: 'por vía rectal', // [K]
  vaginal: 'por vía vaginal', // [K]
  topical: 'sobre la piel', // [TK] vía tópica, said plainly
  transdermal: 'sobre la piel', // [K]
  inhalation: 'por inhalación', // [K]
  nebulizer: 'con el nebulizador', // [K]
  subcutaneous: 'debajo de la piel', // [K]
  intramuscular: 'en el músculo', // [K]
  intravenous: 'en la vena', // [K]
  ophthalmic: 'en el ojo', // [TK]
  otic: 'en el oído', // [K]
  nasal: 'en la nariz', // [K]
};

const SITE_WORDS: Record<SigSite, string> = {
  'both-eyes': 'en ambos ojos', // [TK] "en cada ojo"
  'right-eye': 'en el ojo derecho',
  'left-eye': 'en el ojo izquierdo',
  'both-ears': 'en ambos oídos', // [K]
  'right-ear': 'en el oído derecho', // [K]
  'left-ear': 'en el oído izquierdo', // [K]
  'each-nostril': 'en cada fosa nasal', // [K]
  'affected-area': 'en el área afectada', // [K]
};

/** The reasons a sig may give, in English words or abbreviations, with the article Spanish puts after "para". [K] */
const INDICATION_WORDS: Record<string, string> = {
  pain: 'el dolor', // [CA] "if needed for pain"
  sob: 'la falta de aire',
  wheezing: 'las sibilancias',
  ha: 'el dolor de cabeza',
  headache: 'el dolor de cabeza',
  cp: 'el dolor de pecho',
  anx: 'la ansiedad',
  anxiety: 'la ansiedad',
  itching: 'la comezón',
  uti: 'la infección urinaria',
  nv: 'las náuseas y los vómitos',
  nausea: 'las náuseas',
  fever: 'la fiebre',
  cough: 'la tos',
  sleep: 'dormir',
  insomnia: 'el insomnio',
  allergies: 'las alergias',
  or: 'o',
  // The sig normaliser reads a slash as "per"; between two reasons ("SOB/wheezing") it means either.
  per: 'o',
  and: 'y',
};

const DAILY: Record<number, string> = { 1: 'una vez al día', 2: 'dos veces al día', 3: 'tres veces al día', 4: 'cuatro veces al día' }; // [CA] [EX]
const WEEKLY: Record<number, string> = { 1: 'una vez a la semana', 2: 'dos veces a la semana', 3: 'tres veces a la semana' }; // [K]

/** How often, in words: "dos veces al día", "cada 4 a 6 horas", "un día sí y otro no". */
export function frequencyPhrase(f: SigFrequency): string {
  switch (f.kind) {
    case 'timesDaily':
      return DAILY[f.n] ?? `${f.n} veces al día`;
    case 'timesWeekly':
      return WEEKLY[f.n] ?? `${f.n} veces a la semana`;
    case 'everyHours':
      // [TK] "cada 8 horas"
      if (f.upTo !== undefined) return `cada ${f.n} a ${f.upTo} horas`;
      return f.n === 1 ? 'cada hora' : `cada ${f.n} horas`;
    case 'everyDays':
      // "Every other day" said so it cannot be read as twice a day. [K]
      return f.n === 1 ? 'una vez al día' : f.n === 2 ? 'un día sí y otro no' : `cada ${f.n} días`;
    case 'everyWeeks':
      return f.n === 1 ? 'una vez a la semana' : `cada ${f.n} semanas`;
  }
}

/** The label verb, in the usted imperative: the route decides first, then the form, and "Tome" is the default. */
function verb(w: SigDirections): string {
  if (w.verb === 'chew') return 'Mastique';
  if (w.unit === 'puff') return 'Inhale';
  switch (w.route) {
    case 'ophthalmic':
    case 'otic':
      return 'Aplique'; // [TK] "Aplicar dos gotas en cada ojo"
    case 'nasal':
      return 'Use';
    case 'inhalation':
    case 'nebulizer':
      return 'Inhale';
    case 'subcutaneous':
    case 'intramuscular':
    case 'intravenous':
      return 'Inyecte';
    case 'topical':
    case 'transdermal':
      return 'Aplique';
    case 'rectal':
    case 'vaginal':
      return 'Introduzca';
    case 'sublingual':
      return 'Disuelva';
    case 'oral':
      return 'Tome'; // [SO] [CA]
    default:
      break;
  }
  const byUnit: Partial<Record<SigUnit, string>> = {
    drop: 'Aplique',
    application: 'Aplique',
    patch: 'Aplique',
    suppository: 'Introduzca',
    spray: 'Use',
    unit: 'Inyecte',
  };
  return byUnit[w.unit] ?? 'Tome';
}

/** "1 a 2" for a range; the amounts keep the decimal point the US prescription and the English label use. */
const amountOf = (dose: number, doseMax: number | undefined, counted: boolean): string =>
  doseMax === undefined ? formatAmount(dose, counted) : `${formatAmount(dose, counted)} a ${formatAmount(doseMax, counted)}`;

function dosePhrase(w: SigDirections): string {
  if (w.unit === 'application' && w.dose === 1 && w.doseMax === undefined) return 'una capa delgada'; // [K]
  const amount = amountOf(w.dose, w.doseMax, COUNTED.has(w.unit));
  // Plural follows the largest amount: "1/2 tableta", "1 a 2 tabletas".
  const plural = (w.doseMax ?? w.dose) > 1;
  let phrase = `${amount} ${UNIT_WORDS[w.unit][plural ? 1 : 0]}`;
  const h = w.household;
  if (h) phrase += ` (${amountOf(h.dose, h.doseMax, true)} ${HOUSEHOLD_WORDS[h.name][(h.doseMax ?? h.dose) > 1 ? 1 : 0]})`;
  return w.unit === 'vial' && w.route === 'nebulizer' ? `el contenido de ${phrase}` : phrase;
}

function routePhrase(w: SigDirections): string | undefined {
  const site = w.site;
  switch (w.route) {
    case undefined:
      return undefined;
    case 'topical':
      return site === 'affected-area' ? SITE_WORDS[site] : ROUTE_WORDS.topical;
    // An inhaler's puffs go in through the mouth.
    case 'inhalation':
      return w.unit === 'puff' ? 'por la boca' : ROUTE_WORDS.inhalation;
    case 'ophthalmic':
    case 'otic':
    case 'nasal':
      return site !== undefined && site !== 'affected-area' ? SITE_WORDS[site] : ROUTE_WORDS[w.route];
    default:
      return ROUTE_WORDS[w.route];
  }
}

/** "antes de el desayuno" → "antes del desayuno": Spanish contracts "de el". */
const contract = (s: string): string => s.replace(/\bde el\b/g, 'del');

/** Meal timings: meals named one by one share their relation ("con el desayuno, el almuerzo y la cena"). */
function timingParts(timing: readonly SigTiming[]): string[] {
  let relation: string | undefined;
  return timing.map((t) => {
    if (!isMealTime(t)) {
      relation = undefined;
      return TIMING_WORDS[t];
    }
    const [rel, meal] = t.split('-') as [string, string];
    const words = rel === relation ? MEAL_WORDS[meal]! : contract(`${RELATION_WORDS[rel]} ${MEAL_WORDS[meal]}`);
    relation = rel;
    return words;
  });
}

/** The "when" part, in the same order as the English label: frequency, meals, extra doses, then times of day. */
export function whenPhrase(w: Pick<SigDirections, 'frequency' | 'additive' | 'times' | 'timing'>): string {
  const parts: string[] = [];
  const timing = timingParts(w.timing);
  if (w.frequency) {
    parts.push(
      w.timing.some(isMealTime)
        ? listPhrase([`${frequencyPhrase(w.frequency)} ${timing[0] ?? ''}`.trim(), ...timing.slice(1)])
        : [frequencyPhrase(w.frequency), ...timing].join(' '),
    );
    if (w.additive.length > 0) parts.push(`y ${listPhrase(w.additive.map((t) => AS_QUALIFIER[t]))}`);
    if (w.times.length > 0) parts.push(listPhrase(w.times.map((t) => AS_QUALIFIER[t])));
  } else if (w.timing.some(isMealTime) && !w.times.some((t) => timeAtMeal(t, w.timing))) {
    // Each meal and time named one by one is a dose of its own: list them all, in the order of the day.
    parts.push(listPhrase([...timing, ...w.times.map((t) => ALONE[t])]));
  } else {
    if (w.times.length > 0) parts.push(listPhrase(w.times.map((t) => ALONE[t])));
    parts.push(...timing);
  }
  return parts.join(' ');
}

/** The reason in Spanish, word by word ("sob per wheezing" → "la falta de aire o las sibilancias"); an unknown word stays as written. */
const reason = (indication: string): string => indication.replace(/[a-z]+/gi, (word) => INDICATION_WORDS[word.toLowerCase()] ?? word);

/** The full patient-friendly direction, e.g. "Tome 1 tableta por vía oral dos veces al día después de las comidas". */
export function sigSentence(w: SigDirections): string {
  const parts = [verb(w), dosePhrase(w), routePhrase(w), whenPhrase(w)];
  // [CA] "if needed for pain": "si es necesario para el dolor". [K] for the wording itself.
  if (w.asNeeded) parts.push(w.indication ? `si es necesario para ${reason(w.indication)}` : 'si es necesario');
  else if (w.indication) parts.push(`para ${reason(w.indication)}`);
  if (w.durationDays !== undefined) parts.push(`durante ${formatAmount(w.durationDays, false)} ${w.durationDays === 1 ? 'día' : 'días'}`); // [TK]
  if (w.asDirected) parts.push('según las indicaciones'); // [K]
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' ');
}
