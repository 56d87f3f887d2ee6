/**
 * Vocabulary for reading sigs (domain reference §4): what each token means once
 * {@link normaliseSig} has folded spellings and multi-word phrases into single tokens.
 * Tokens starting with '~' are the written-out forms, which carry no abbreviation flag.
 */

/** Units a sig dose can be written in, singular; teaspoons and the like become 'mL'. */
export type SigUnit =
  | 'tablet'
  | 'capsule'
  | 'mL'
  | 'drop'
  | 'puff'
  | 'unit'
  | 'application'
  | 'suppository'
  | 'patch'
  | 'mg'
  | 'mcg'
  | 'spray'
  | 'g'
  | 'vial'
  | 'lozenge';

/** Warnings raised by the wording of a sig; they never stop it being read. */
export type SigFlag = 'do-not-use-abbreviation' | 'as-directed' | 'error-prone-abbreviation';

/** Where a dose goes; the wording catalogue says it in words ("by mouth", "in the eye"). */
export type SigRoute =
  | 'oral'
  | 'sublingual'
  | 'rectal'
  | 'vaginal'
  | 'topical'
  | 'transdermal'
  | 'inhalation'
  | 'nebulizer'
  | 'subcutaneous'
  | 'intramuscular'
  | 'intravenous'
  | 'ophthalmic'
  | 'otic'
  | 'nasal';

/** Which eye, ear or nostril (or the affected area of skin) the dose goes to. */
export type SigSite = 'both-eyes' | 'right-eye' | 'left-eye' | 'both-ears' | 'right-ear' | 'left-ear' | 'each-nostril' | 'affected-area';

/** Times of day that can stand alone as a frequency ("qhs") or add a dose ("qid and hs"). */
export type TimeOfDay = 'morning' | 'evening' | 'bedtime';

/** A meal or clock qualifier ("ac", "with food", "after breakfast"). */
export type SigTiming =
  | 'before-meals'
  | 'after-meals'
  | 'with-meals'
  | 'with-food'
  | 'empty-stomach'
  | 'around-the-clock'
  | 'with-water'
  | 'while-awake'
  | `${'before' | 'with' | 'after'}-${'breakfast' | 'lunch' | 'dinner' | 'supper'}`;

/** How often, as written: n times a day or a week, every n hours, days or weeks. */
export type SigFrequency =
  | { kind: 'timesDaily'; n: number }
  | { kind: 'timesWeekly'; n: number }
  | { kind: 'everyHours'; n: number; upTo?: number }
  | { kind: 'everyDays'; n: number }
  | { kind: 'everyWeeks'; n: number };

/** A household measure the prescriber used, kept so the label can echo it. */
export type Household = 'teaspoonful' | 'tablespoonful' | 'fluid-ounce';

/** What one normalised token means. */
export type LexEntry =
  | { kind: 'unit'; unit: SigUnit; factor?: number; household?: Household; flag?: SigFlag }
  | { kind: 'route'; route: SigRoute; site?: SigSite; flag?: SigFlag }
  | { kind: 'ambiguous-site'; token: 'od' | 'ad' | 'as' }
  | { kind: 'freq'; perDay: number; frequency: SigFrequency; flag?: SigFlag }
  | { kind: 'time'; time: TimeOfDay; flag?: SigFlag }
  | { kind: 'timing'; timing: SigTiming }
  | { kind: 'duration'; days: number; flag?: SigFlag }
  | { kind: 'max'; amount: number }
  | { kind: 'verb'; verb: string }
  | { kind: 'prn' | 'ud' | 'and' | 'for' | 'filler'; flag?: SigFlag };

const DNU: SigFlag = 'do-not-use-abbreviation';
const EP: SigFlag = 'error-prone-abbreviation';

const u = (unit: SigUnit, extra: Partial<Extract<LexEntry, { kind: 'unit' }>> = {}): LexEntry => ({ kind: 'unit', unit, ...extra });
const r = (route: SigRoute, site?: SigSite, flag?: SigFlag): LexEntry => ({ kind: 'route', route, site, flag });
const f = (perDay: number, frequency: SigFrequency, flag?: SigFlag): LexEntry => ({ kind: 'freq', perDay, frequency, flag });
const daily = (n: number, flag?: SigFlag): LexEntry => f(n, { kind: 'timesDaily', n }, flag);
const weekly = (n: number, flag?: SigFlag): LexEntry => f(n / 7, { kind: 'timesWeekly', n }, flag);
const everyDays = (n: number, flag?: SigFlag): LexEntry => f(1 / n, { kind: 'everyDays', n }, flag);
const t = (time: TimeOfDay, flag?: SigFlag): LexEntry => ({ kind: 'time', time, flag });
const tm = (timing: SigTiming): LexEntry => ({ kind: 'timing', timing });

const STATIC: Record<string, LexEntry> = {
  tab: u('tablet'),
  tabs: u('tablet'),
  tablet: u('tablet'),
  tablets: u('tablet'),
  cap: u('capsule'),
  caps: u('capsule'),
  capsule: u('capsule'),
  capsules: u('capsule'),
  ml: u('mL'),
  mls: u('mL'),
  milliliter: u('mL'),
  milliliters: u('mL'),
  millilitre: u('mL'),
  millilitres: u('mL'),
  cc: u('mL', { flag: EP }),
  tsp: u('mL', { factor: 5, household: 'teaspoonful' }),
  teaspoon: u('mL', { factor: 5, household: 'teaspoonful' }),
  teaspoons: u('mL', { factor: 5, household: 'teaspoonful' }),
  teaspoonful: u('mL', { factor: 5, household: 'teaspoonful' }),
  teaspoonfuls: u('mL', { factor: 5, household: 'teaspoonful' }),
  tbsp: u('mL', { factor: 15, household: 'tablespoonful' }),
  tbs: u('mL', { factor: 15, household: 'tablespoonful' }),
  tablespoon: u('mL', { factor: 15, household: 'tablespoonful' }),
  tablespoons: u('mL', { factor: 15, household: 'tablespoonful' }),
  tablespoonful: u('mL', { factor: 15, household: 'tablespoonful' }),
  tablespoonfuls: u('mL', { factor: 15, household: 'tablespoonful' }),
  floz: u('mL', { factor: 30, household: 'fluid-ounce' }),
  gtt: u('drop'),
  gtts: u('drop'),
  drop: u('drop'),
  drops: u('drop'),
  puff: u('puff'),
  puffs: u('puff'),
  inhalation: u('puff'),
  inhalations: u('puff'),
  actuation: u('puff'),
  actuations: u('puff'),
  unit: u('unit'),
  units: u('unit'),
  u: u('unit', { flag: DNU }),
  iu: u('unit', { flag: DNU }),
  application: u('application'),
  applications: u('application'),
  applicatorful: u('application'),
  applicatorfuls: u('application'),
  thinlayer: u('application'),
  supp: u('suppository'),
  supps: u('suppository'),
  suppository: u('suppository'),
  suppositories: u('suppository'),
  patch: u('patch'),
  patches: u('patch'),
  mg: u('mg'),
  mcg: u('mcg'),
  spray: u('spray'),
  sprays: u('spray'),
  g: u('g'),
  gm: u('g'),
  gram: u('g'),
  grams: u('g'),
  vial: u('vial'),
  vials: u('vial'),
  lozenge: u('lozenge'),
  lozenges: u('lozenge'),
  troche: u('lozenge'),
  troches: u('lozenge'),

  po: r('oral'),
  '~po': r('oral'),
  peros: r('oral', undefined, EP),
  sl: r('sublingual'),
  '~sl': r('sublingual'),
  pr: r('rectal'),
  '~pr': r('rectal'),
  pv: r('vaginal'),
  '~pv': r('vaginal'),
  top: r('topical'),
  '~top': r('topical'),
  aaa: r('topical', 'affected-area'),
  '~aaa': r('topical', 'affected-area'),
  '~skin': r('transdermal'),
  inh: r('inhalation'),
  '~inh': r('inhalation'),
  neb: r('nebulizer'),
  '~neb': r('nebulizer'),
  subq: r('subcutaneous'),
  subcut: r('subcutaneous'),
  '~subq': r('subcutaneous'),
  sq: r('subcutaneous', undefined, EP),
  sc: r('subcutaneous', undefined, EP),
  im: r('intramuscular'),
  '~im': r('intramuscular'),
  iv: r('intravenous'),
  '~iv': r('intravenous'),
  ou: r('ophthalmic', 'both-eyes', EP),
  os: r('ophthalmic', 'left-eye', EP),
  au: r('otic', 'both-ears', EP),
  '~ou': r('ophthalmic', 'both-eyes'),
  '~od': r('ophthalmic', 'right-eye'),
  '~os': r('ophthalmic', 'left-eye'),
  '~eye': r('ophthalmic'),
  '~au': r('otic', 'both-ears'),
  '~ad': r('otic', 'right-ear'),
  '~as': r('otic', 'left-ear'),
  '~ear': r('otic'),
  en: r('nasal', 'each-nostril'),
  '~en': r('nasal', 'each-nostril'),
  '~nose': r('nasal'),
  od: { kind: 'ambiguous-site', token: 'od' },
  ad: { kind: 'ambiguous-site', token: 'ad' },
  as: { kind: 'ambiguous-site', token: 'as' },

  qd: daily(1, DNU),
  '~daily': daily(1),
  bid: daily(2),
  tid: daily(3),
  qid: daily(4),
  qod: everyDays(2, DNU),
  '~qod': everyDays(2),
  '~weekly': weekly(1),
  biw: weekly(2, EP),
  tiw: weekly(3, EP),
  hs: t('bedtime', EP),
  qhs: t('bedtime', EP),
  qn: t('bedtime', EP),
  '~hs': t('bedtime'),
  qam: t('morning'),
  qpm: t('evening'),

  ac: tm('before-meals'),
  '~ac': tm('before-meals'),
  pc: tm('after-meals'),
  '~pc': tm('after-meals'),
  withmeals: tm('with-meals'),
  withfood: tm('with-food'),
  emptystomach: tm('empty-stomach'),
  atc: tm('around-the-clock'),
  withwater: tm('with-water'),
  whileawake: tm('while-awake'),

  prn: { kind: 'prn' },
  ud: { kind: 'ud' },
  utd: { kind: 'ud' },
  '~ud': { kind: 'ud' },
  and: { kind: 'and' },
  for: { kind: 'for' },
};

/** The meals a sig can name one by one ("with breakfast, lunch and dinner"). */
export const MEALS = ['breakfast', 'lunch', 'dinner', 'supper'] as const;
export type Meal = (typeof MEALS)[number];
/** A meal named on its own, with its relation to the dose: each is one administration time. */
export type MealTime = `${'before' | 'with' | 'after'}-${Meal}`;

for (const when of ['before', 'with', 'after'] as const) {
  for (const meal of MEALS) STATIC[`${when}_${meal}`] = tm(`${when}-${meal}`);
}

/** True when a time of day is the same moment as a meal named in the sig ("qam with breakfast" is one dose, not two). */
export function timeAtMeal(time: TimeOfDay, timing: readonly SigTiming[]): boolean {
  const meals = timing.filter(isMealTime).map((t) => t.split('-')[1]);
  return time === 'morning'
    ? meals.includes('breakfast')
    : time === 'evening'
      ? meals.some((m) => m === 'dinner' || m === 'supper')
      : false;
}

/** True for a timing that names one meal ("with-lunch"), as opposed to meals in general ("ac"). */
export function isMealTime(timing: SigTiming): timing is MealTime {
  return /^(before|with|after)-(breakfast|lunch|dinner|supper)$/.test(timing);
}

const VERBS = [
  'take',
  'give',
  'instill',
  'apply',
  'inhale',
  'inject',
  'insert',
  'place',
  'use',
  'chew',
  'dissolve',
  'rub',
  'put',
  'swallow',
  'administer',
];
for (const verb of VERBS) STATIC[verb] = { kind: 'verb', verb };

/** Small words that carry no meaning of their own in a sig. */
export const FILLERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'into',
  'on',
  'at',
  'by',
  'per',
  'with',
  'or',
  'times',
  'x',
  'every',
  'each',
  'q',
  'up',
  'from',
  '-',
  'sig',
  'then',
  'please',
  'via',
  'may',
  'can',
  'you',
]);
for (const word of FILLERS) STATIC[word] ??= { kind: 'filler' };

/** Entries for tokens built by normaliseSig from numbers: q4h, q4-6h, ntd:3, ntw:2, evd:3, evw:2, xdur:7, ~dur:7, max:8. */
function dynamic(token: string): LexEntry | undefined {
  const interval = /^q(\d+)(?:-(\d+))?h$/.exec(token);
  if (interval) {
    const lo = Number(interval[1]);
    const hi = interval[2] === undefined ? undefined : Number(interval[2]);
    if (lo <= 0 || (hi !== undefined && hi < lo)) return undefined;
    // The shorter interval gives the most doses a day, which is what days' supply must assume.
    return f(24 / lo, hi !== undefined ? { kind: 'everyHours', n: lo, upTo: hi } : { kind: 'everyHours', n: lo });
  }
  const coded = /^(ntd|ntw|evd|evw|xdur|~dur|max):(\d+(?:\.\d+)?)$/.exec(token);
  if (!coded) return undefined;
  const n = Number(coded[2]);
  if (!(n > 0)) return undefined;
  switch (coded[1]) {
    case 'ntd':
      return daily(n);
    case 'ntw':
      return weekly(n);
    case 'evd':
      return everyDays(n);
    case 'evw':
      return f(1 / (7 * n), { kind: 'everyWeeks', n });
    case 'xdur':
      return { kind: 'duration', days: n, flag: EP };
    case '~dur':
      return { kind: 'duration', days: n };
    default:
      return { kind: 'max', amount: n };
  }
}

/** What a normalised token means, or undefined for a word the sig reader does not know. */
export function lookup(token: string | undefined): LexEntry | undefined {
  if (token === undefined) return undefined;
  return Object.prototype.hasOwnProperty.call(STATIC, token) ? STATIC[token] : dynamic(token);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** True for the Roman numerals i to x. */
export function isRoman(token: string | undefined): boolean {
  return token !== undefined && Object.prototype.hasOwnProperty.call(ROMAN, token);
}

/** A dose amount: a single value, or a range whose upper end is `max`. */
export interface Amount {
  min: number;
  max?: number;
  flag?: SigFlag;
}

/** A single value: 2, 2.5, .5, 1/2, ss, or (when allowed) a Roman numeral. */
function single(token: string, romanOk: boolean): Amount | undefined {
  if (/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(token)) return { min: Number(token) };
  const fraction = /^(\d+)\/(\d+)$/.exec(token);
  if (fraction) {
    const denominator = Number(fraction[2]);
    return denominator > 0 ? { min: Number(fraction[1]) / denominator } : undefined;
  }
  if (token === 'ss') return { min: 0.5, flag: EP };
  if (romanOk && isRoman(token)) return { min: ROMAN[token] ?? 0 };
  return undefined;
}

/**
 * Reads an amount token, including hyphen ranges ("1-2", "i-ii"). Roman numerals count
 * only when the caller says the context allows them, because "iv" and "x" are also words.
 */
export function parseAmount(token: string | undefined, romanOk: boolean): Amount | undefined {
  if (token === undefined) return undefined;
  const range = /^([^-]+)-([^-]+)$/.exec(token);
  if (range) {
    const [a, b] = [range[1] ?? '', range[2] ?? ''];
    const roman = isRoman(a) && isRoman(b);
    const lo = single(a, roman);
    const hi = single(b, roman);
    if (!lo || !hi) return undefined;
    return lo.min === hi.min ? { min: lo.min } : { min: Math.min(lo.min, hi.min), max: Math.max(lo.min, hi.min) };
  }
  return single(token, romanOk);
}
