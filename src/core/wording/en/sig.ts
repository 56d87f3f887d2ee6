/**
 * Writes a read sig as the sentence a patient sees on the label: a capital verb that fits
 * the route and form, the dose with its unit, where it goes, when, and why. Never uses the
 * abbreviations the sig was written in.
 */
import type { Household, SigDirections, SigFrequency, SigRoute, SigSite, SigTiming, SigUnit, TimeOfDay } from '../../rules/sig';
import { isMealTime, timeAtMeal } from '../../rules/sigLexicon';

/** Units counted whole or in halves, where "1/2 tablet" reads better than "0.5 tablet". */
const COUNTED: ReadonlySet<SigUnit> = new Set(['tablet', 'capsule', 'suppository', 'patch', 'vial', 'lozenge']);

/** Each sig unit, one and many. */
export const UNIT_WORDS: Record<SigUnit, [string, string]> = {
  tablet: ['tablet', 'tablets'],
  capsule: ['capsule', 'capsules'],
  mL: ['mL', 'mL'],
  drop: ['drop', 'drops'],
  puff: ['puff', 'puffs'],
  unit: ['unit', 'units'],
  application: ['application', 'applications'],
  suppository: ['suppository', 'suppositories'],
  patch: ['patch', 'patches'],
  mg: ['mg', 'mg'],
  mcg: ['mcg', 'mcg'],
  spray: ['spray', 'sprays'],
  g: ['g', 'g'],
  vial: ['vial', 'vials'],
  lozenge: ['lozenge', 'lozenges'],
};

/** A household measure, one and many. */
const HOUSEHOLD_WORDS: Record<Household, [string, string]> = {
  teaspoonful: ['teaspoonful', 'teaspoonfuls'],
  tablespoonful: ['tablespoonful', 'tablespoonfuls'],
  'fluid-ounce': ['fluid ounce', 'fluid ounces'],
};

const AS_QUALIFIER: Record<TimeOfDay, string> = { morning: 'in the morning', evening: 'in the evening', bedtime: 'at bedtime' };
const ALONE: Record<TimeOfDay, string> = { morning: 'every morning', evening: 'every evening', bedtime: 'at bedtime' };

const TIMING_WORDS: Record<SigTiming, string> = {
  'before-meals': 'before meals',
  'after-meals': 'after meals',
  'with-meals': 'with meals',
  'with-food': 'with food',
  'empty-stomach': 'on an empty stomach',
  'around-the-clock': 'around the clock',
  'with-water': 'with a full glass of water',
  'while-awake': 'while awake',
  'before-breakfast': 'before breakfast',
  'before-lunch': 'before lunch',
  'before-dinner': 'before dinner',
  'before-supper': 'before supper',
  'with-breakfast': 'with breakfast',
  'with-lunch': 'with lunch',
  'with-dinner': 'with dinner',
  'with-supper': 'with supper',
  'after-breakfast': 'after breakfast',
  'after-lunch': 'after lunch',
  'after-dinner': 'after dinner',
  'after-supper': 'after supper',
};

/** Where each route puts the dose, when the site does not say more. */
const ROUTE_WORDS: Record<SigRoute, string> = {
  oral: 'by mouth',
  sublingual: 'under the tongue',
  rectal: 'rectally',
  vaginal: 'vaginally',
  topical: 'topically',
  transdermal: 'to the skin',
  inhalation: 'by inhalation',
  nebulizer: 'via nebulizer',
  subcutaneous: 'under the skin',
  intramuscular: 'into the muscle',
  intravenous: 'into a vein',
  ophthalmic: 'in the eye',
  otic: 'in the ear',
  nasal: 'in the nose',
};

const SITE_WORDS: Record<SigSite, string> = {
  'both-eyes': 'in both eyes',
  'right-eye': 'in the right eye',
  'left-eye': 'in the left eye',
  'both-ears': 'in both ears',
  'right-ear': 'in the right ear',
  'left-ear': 'in the left ear',
  'each-nostril': 'in each nostril',
  'affected-area': 'to the affected area',
};

/** Abbreviated reasons a sig may give, spelled out for the label. */
const INDICATION_WORDS: Record<string, string> = {
  sob: 'shortness of breath',
  ha: 'headache',
  cp: 'chest pain',
  anx: 'anxiety',
  uti: 'urinary tract infection',
  nv: 'nausea and vomiting',
};

const DAILY: Record<number, string> = { 1: 'daily', 2: 'twice daily', 3: 'three times daily', 4: 'four times daily' };
const WEEKLY: Record<number, string> = { 1: 'once weekly', 2: 'twice weekly', 3: 'three times weekly' };

/** How often, in words: "twice daily", "every 4 to 6 hours", "every other day". */
export function frequencyPhrase(f: SigFrequency): string {
  switch (f.kind) {
    case 'timesDaily':
      return DAILY[f.n] ?? `${f.n} times daily`;
    case 'timesWeekly':
      return WEEKLY[f.n] ?? `${f.n} times weekly`;
    case 'everyHours':
      if (f.upTo !== undefined) return `every ${f.n} to ${f.upTo} hours`;
      return f.n === 1 ? 'every hour' : `every ${f.n} hours`;
    case 'everyDays':
      return f.n === 1 ? 'daily' : f.n === 2 ? 'every other day' : `every ${f.n} days`;
    case 'everyWeeks':
      return f.n === 1 ? 'once weekly' : `every ${f.n} weeks`;
  }
}

/** A number as a label shows it: halves and quarters as fractions for counted units, no float noise. */
export function formatAmount(value: number, counted: boolean): string {
  const clean = Number(value.toFixed(4));
  if (counted && !Number.isInteger(clean) && Number.isInteger(clean * 4)) {
    const whole = Math.floor(clean);
    const part = { 0.25: '1/4', 0.5: '1/2', 0.75: '3/4' }[clean - whole] ?? String(clean - whole);
    return whole > 0 ? `${whole} ${part}` : part;
  }
  return String(clean);
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The label verb: the route decides first, then the form, and "Take" is the default. */
function verb(w: SigDirections): string {
  if (w.verb === 'chew') return 'Chew';
  if (w.unit === 'puff') return 'Inhale';
  switch (w.route) {
    case 'ophthalmic':
    case 'otic':
      return 'Instill';
    case 'nasal':
      return 'Use';
    case 'inhalation':
    case 'nebulizer':
      return 'Inhale';
    case 'subcutaneous':
    case 'intramuscular':
    case 'intravenous':
      return 'Inject';
    case 'topical':
    case 'transdermal':
      return 'Apply';
    case 'rectal':
    case 'vaginal':
      return 'Insert';
    case 'sublingual':
      return 'Dissolve';
    case 'oral':
      return 'Take';
    default:
      break;
  }
  const byUnit: Partial<Record<SigUnit, string>> = {
    drop: 'Instill',
    application: 'Apply',
    patch: 'Apply',
    suppository: 'Insert',
    spray: 'Use',
    unit: 'Inject',
  };
  return byUnit[w.unit] ?? 'Take';
}

function dosePhrase(w: SigDirections): string {
  if (w.unit === 'application' && w.dose === 1 && w.doseMax === undefined) return 'a thin layer';
  const counted = COUNTED.has(w.unit);
  const amount =
    w.doseMax === undefined ? formatAmount(w.dose, counted) : `${formatAmount(w.dose, counted)} to ${formatAmount(w.doseMax, counted)}`;
  // Plural follows the largest amount: "1/2 tablet", "1 to 2 tablets".
  const plural = (w.doseMax ?? w.dose) > 1;
  let phrase = `${amount} ${UNIT_WORDS[w.unit][plural ? 1 : 0]}`;
  const h = w.household;
  if (h) {
    const hAmount =
      h.doseMax === undefined ? formatAmount(h.dose, true) : `${formatAmount(h.dose, true)} to ${formatAmount(h.doseMax, true)}`;
    const many = (h.doseMax ?? h.dose) > 1;
    phrase += ` (${hAmount} ${HOUSEHOLD_WORDS[h.name][many ? 1 : 0]})`;
  }
  return w.unit === 'vial' && w.route === 'nebulizer' ? `the contents of ${phrase}` : phrase;
}

function routePhrase(w: SigDirections): string | undefined {
  const site = w.site;
  switch (w.route) {
    case undefined:
      return undefined;
    case 'topical':
      return site === 'affected-area' ? `topically ${SITE_WORDS[site]}` : 'topically';
    // An inhaler's puffs go in through the mouth.
    case 'inhalation':
      return w.unit === 'puff' ? ROUTE_WORDS.oral : ROUTE_WORDS.inhalation;
    case 'ophthalmic':
    case 'otic':
    case 'nasal':
      return site !== undefined && site !== 'affected-area' ? SITE_WORDS[site] : ROUTE_WORDS[w.route];
    default:
      return ROUTE_WORDS[w.route];
  }
}

/**
 * Meal timings as the label says them: meals named one by one share their relation
 * ("with breakfast", "lunch", "dinner"), so no time the prescriber listed is dropped.
 */
function timingParts(timing: readonly SigTiming[]): string[] {
  let relation: string | undefined;
  return timing.map((t) => {
    if (!isMealTime(t)) {
      relation = undefined;
      return TIMING_WORDS[t];
    }
    const [rel, meal] = t.split('-') as [string, string];
    const words = rel === relation ? meal : `${rel} ${meal}`;
    relation = rel;
    return words;
  });
}

/** The "when" part: main frequency, meal timing, extra bedtime dose, then time-of-day qualifiers. */
export function whenPhrase(w: Pick<SigDirections, 'frequency' | 'additive' | 'times' | 'timing'>): string {
  const parts: string[] = [];
  const timing = timingParts(w.timing);
  if (w.frequency) {
    parts.push(
      w.timing.some(isMealTime)
        ? joinAnd([`${frequencyPhrase(w.frequency)} ${timing[0] ?? ''}`.trim(), ...timing.slice(1)])
        : [frequencyPhrase(w.frequency), ...timing].join(' '),
    );
    if (w.additive.length > 0) parts.push(`and ${joinAnd(w.additive.map((t) => AS_QUALIFIER[t]))}`);
    if (w.times.length > 0) parts.push(joinAnd(w.times.map((t) => AS_QUALIFIER[t])));
  } else if (w.timing.some(isMealTime) && !w.times.some((t) => timeAtMeal(t, w.timing))) {
    // Each meal and time named one by one is a dose of its own: list them all, in the order of the day.
    parts.push(joinAnd([...timing, ...w.times.map((t) => ALONE[t])]));
  } else {
    if (w.times.length > 0) parts.push(joinAnd(w.times.map((t) => ALONE[t])));
    parts.push(...timing);
  }
  return parts.join(' ');
}

/** The reason, with the sig's abbreviations spelled out ("sob" → "shortness of breath"). */
const reason = (indication: string): string =>
  indication
    .split(' ')
    .map((w) => INDICATION_WORDS[w] ?? w)
    .join(' ');

/** The full patient-friendly direction, e.g. "Take 1 tablet by mouth twice daily after meals". */
export function sigSentence(w: SigDirections): string {
  const parts = [verb(w), dosePhrase(w), routePhrase(w), whenPhrase(w)];
  if (w.asNeeded) parts.push(w.indication ? `as needed for ${reason(w.indication)}` : 'as needed');
  else if (w.indication) parts.push(`for ${reason(w.indication)}`);
  if (w.durationDays !== undefined) parts.push(`for ${formatAmount(w.durationDays, false)} ${w.durationDays === 1 ? 'day' : 'days'}`);
  if (w.asDirected) parts.push('as directed');
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' ');
}
