/**
 * The drills family in English: each question's prompt, its answer choices and the what / why /
 * how shown after it is answered, written from the codes and params the drills core hands out.
 */
import type { DeaVerdict, DrillParams, DrillUnit, MeasureUnit, SupplyForm } from '../../drills/params';
import { DEA_PRESCRIBER_PREFIXES } from '../../rules/dea';
import type { NdcLayout } from '../../rules/ndc';
import type { Schedule } from '../../scenario/catalogSchema';
import type { DrillWords, FeedbackEntry } from '../catalogue';
import { capital, listPhrase, quoted, schedule as scheduleName } from './phrases';
import { formatAmount, sigSentence, UNIT_WORDS, whenPhrase } from './sig';

const num = (n: number): string => formatAmount(n, false);

/** A number with its unit, singular or plural. */
function amount(n: number, unit: DrillUnit): string {
  const word = UNIT_NAMES[unit][n === 1 ? 0 : 1];
  return word === '' ? num(n) : `${num(n)} ${word}`;
}

/** Each answer unit, one and many; an empty word means a bare number. */
const UNIT_NAMES: Record<DrillUnit, [string, string]> = {
  day: ['day', 'days'],
  tablet: ['tablet', 'tablets'],
  capsule: ['capsule', 'capsules'],
  mL: ['mL', 'mL'],
  g: ['g', 'g'],
  puff: ['puff', 'puffs'],
  drop: ['drop', 'drops'],
  unit: ['unit', 'units'],
  each: ['', ''],
  digit: ['', ''],
  refill: ['refill', 'refills'],
  mg: ['mg', 'mg'],
  mcg: ['mcg', 'mcg'],
  tsp: ['tsp', 'tsp'],
  tbsp: ['tbsp', 'tbsp'],
  floz: ['fl oz', 'fl oz'],
};

const measure = (n: number, unit: MeasureUnit): string => amount(n, unit);

/** The dispensed quantity as the bottle or box says it. */
function dispensed(p: DrillParams['supply.days']): string {
  if (p.form === 'insulin') {
    const packages = p.packages ?? 1;
    return packages > 1 ? `${packages} pens of ${num(p.quantity / packages)} units each` : `1 vial of ${num(p.quantity)} units`;
  }
  if (p.form === 'inhaler')
    return p.doseUnit === 'spray' ? `1 bottle of ${num(p.quantity)} sprays` : `1 inhaler of ${amount(p.quantity, 'puff')}`;
  return amount(p.quantity, p.unit);
}

const WHERE_THE_ZERO_GOES: Record<Exclude<NdcLayout, '5-4-2'>, string> = {
  '4-4-2': 'in front of the labeler code (the first segment)',
  '5-3-2': 'in front of the product code (the middle segment)',
  '5-4-1': 'in front of the package code (the last segment)',
};

const SUPPLY_HOW: Record<SupplyForm, string> = {
  solid:
    'Turn the sig into doses a day (bid = 2, tid = 3, q6h = 4, q8h = 3), multiply by the tablets or capsules per dose, divide the quantity by that and round down.',
  liquid:
    'Work in mL (1 tsp = 5 mL, 1 tbsp = 15 mL), multiply the mL per dose by the doses a day, divide the bottle by that and round down.',
  drops:
    'Turn mL into drops (20 drops per mL here), double the drops when both eyes or ears are treated (OU, AU), divide by the drops a day and round down.',
  inhaler:
    'Divide the labelled puffs or sprays by the most used in a day: for as-needed sigs count the shortest interval (q4-6h = 6 times a day), and a spray in each nostril counts twice.',
  insulin:
    'Units dispensed ÷ units a day, but no vial or pen counts past its in-use life once opened (most insulins: 28 days); add up the pens or vials.',
};

const NAMES_WHY =
  'Prescribers, patients and insurers use brand and generic names interchangeably; mixing them up puts the wrong drug in the bottle.';
const NAMES_HOW = 'Learn the pairs in groups by drug class, and read the generic name on the stock bottle every time.';

const SCHEDULE_WHY: Record<Schedule | 'none', string> = {
  II: 'C-II means no refills, a written or electronic prescription, and extra checks at every step.',
  III: 'C-III allows up to 5 refills within 6 months of the date written.',
  IV: 'C-IV allows up to 5 refills within 6 months of the date written.',
  V: 'C-V has the lowest abuse potential of the schedules; refills are as the prescriber authorises, with no federal cap.',
  none: 'It is not federally scheduled, so the ordinary prescription rules apply (some states still add their own controls).',
};

const scheduleWords = (s: Schedule | null): string => (s === null ? 'not a federally controlled substance' : scheduleName(s));
const drug = (generic: string, brand?: string): string => (brand === undefined ? generic : `${generic} (${brand})`);

/** The sum behind a DEA check digit, written out. */
function deaWorking(digits: string, sum: { odd: number; even: number; total: number; expected: number }): string {
  const d = Array.from(digits);
  return `(${d[0]} + ${d[2]} + ${d[4]}) + 2 × (${d[1]} + ${d[3]} + ${d[5]}) = ${sum.odd} + ${2 * sum.even} = ${sum.total}, whose last digit is ${sum.expected}`;
}

const DEA_WHY =
  'A DEA number that passes these checks only has a valid format; one that fails may be forged or mistyped, and the pharmacist verifies it before anything is filled.';
const DEA_HOW = `Check in order: the first letter (${listPhrase([...DEA_PRESCRIBER_PREFIXES])} for prescribers), the second letter (the last name's initial, or 9 for a business address), then the check-digit sum of the seven digits.`;

const VERDICT_WORDS: Record<DeaVerdict, string> = {
  valid: 'Valid format: it passes every check',
  checksum: 'Fails: the check digit is wrong',
  'last-name': "Fails: the second letter does not match the prescriber's last name",
  prefix: 'Fails: the first letter is not a registrant type that may prescribe',
};

function verdictWhat(p: DrillParams['dea.verdict']): string {
  const digits = p.dea.slice(2, 8);
  const [prefix, letter] = [p.dea.charAt(0), p.dea.charAt(1)];
  switch (p.verdict) {
    case 'valid':
      return `${p.dea} passes: ${prefix} is a prescriber's letter, ${letter === '9' ? '9 marks a business address and matches any name' : `${letter} matches Dr. ${p.lastName}`}, and ${deaWorking(digits, p.sum)}, as written.`;
    case 'checksum':
      return `${p.dea} fails the check digit: ${deaWorking(digits, p.sum)}, but the number ends in ${p.written}.`;
    case 'last-name':
      return `${p.dea} fails the name check: its second letter is ${letter}, but Dr. ${p.lastName}'s last name starts with ${p.lastName.charAt(0).toUpperCase()}.`;
    case 'prefix':
      return `${p.dea} fails the first-letter check: ${prefix} is not a registrant type that may prescribe.`;
  }
}

/** What / why / how of each question code. */
const EXPLANATIONS: { readonly [C in keyof DrillParams]: (params: DrillParams[C]) => FeedbackEntry } = {
  'supply.days': (p) => {
    const perDose = `${num(p.perDose)} ${UNIT_WORDS[p.doseUnit][p.perDose === 1 ? 0 : 1]}`;
    const perDay = `${perDose}${p.sites > 1 ? ' in each of 2 sites' : ''} × ${num(p.timesPerDay)} a day = ${num(p.perDay)} a day`;
    const start =
      p.dropsPerMl !== undefined ? `${amount(p.quantity, 'mL')} × ${p.dropsPerMl} drops per mL = ${amount(p.total, 'drop')}; ` : '';
    const capped =
      p.capped && p.inUseDays !== undefined
        ? `, but each ${p.form === 'insulin' && (p.packages ?? 1) > 1 ? 'pen' : 'vial'} may be used for only ${p.inUseDays} days once opened, so ${amount(p.days, 'day')}`
        : `, rounded down: ${amount(p.days, 'day')}`;
    return {
      what: `${start}${perDay}; ${num(p.total)} ÷ ${num(p.perDay)} = ${num(Number((p.total / p.perDay).toFixed(2)))}${capped}.`,
      why: "Days' supply is the quantity divided by the most the patient may use in a day, rounded down. The plan times refills by it: too high lets refills through early, too low gets the claim rejected.",
      how: SUPPLY_HOW[p.form],
    };
  },
  'supply.quantity': (p) => ({
    what: `${amount(p.perDose, p.unit)} × ${num(p.timesPerDay)} a day = ${amount(p.perDay, p.unit)} a day; × ${amount(p.days, 'day')} = ${amount(p.quantity, p.unit)}.`,
    why: 'The quantity must cover the days prescribed: a short fill sends the patient back early, and an overfill is an audit finding.',
    how: 'Multiply the amount per dose by the doses a day and by the days; for liquids work in mL (1 tsp = 5 mL).',
  }),
  'sig.toWords': (p) => sigExplanation(p),
  'sig.fromWords': (p) => sigExplanation(p),
  'dea.checkDigit': (p) => ({
    what: `The check digit is ${p.sum.expected}: ${deaWorking(p.digits, p.sum)}.`,
    why: 'The check digit catches most mistyped or made-up DEA numbers before a controlled prescription goes any further.',
    how: 'Add the 1st, 3rd and 5th digits; add the 2nd, 4th and 6th and double that; add the two. The last digit of the total is the check digit. The letters are not part of the sum.',
  }),
  'dea.verdict': (p) => ({ what: verdictWhat(p), why: DEA_WHY, how: DEA_HOW }),
  'ndc.to11': (p) => ({
    what: `${p.ndc} is a ${p.layout} code, so the zero goes ${WHERE_THE_ZERO_GOES[p.layout]}: ${p.ndc11}, billed as ${p.billing}.`,
    why: 'Claims carry the 11-digit 5-4-2 NDC; a zero in the wrong place names a different product or package, and the claim is rejected or paid for the wrong thing.',
    how: 'Count the digits in each segment of the hyphenated code and pad the short one with a leading zero: 5 digits for the labeler, 4 for the product, 2 for the package.',
  }),
  'controlled.schedule': (p) => ({
    what: `${capital(drug(p.generic, p.brand))} is ${scheduleWords(p.schedule)}.`,
    why: SCHEDULE_WHY[p.schedule ?? 'none'],
    how: 'Learn the common examples by schedule: oxycodone, hydrocodone combinations, morphine, fentanyl and the ADHD stimulants are C-II; acetaminophen with codeine and buprenorphine are C-III; benzodiazepines, zolpidem and tramadol are C-IV; pregabalin and low-codeine cough syrups are C-V.',
  }),
  'controlled.refills': (p) => ({
    what: `${amount(p.max, 'refill')}: ${drug(p.generic, p.brand)} is ${scheduleName(p.schedule)}.`,
    why:
      p.schedule === 'II'
        ? 'Federal law allows no refills on C-II; the prescriber may instead write several prescriptions with earliest-fill dates, up to 90 days in all.'
        : 'Federal law allows at most 5 refills of a C-III or C-IV prescription, and only within 6 months of the date written.',
    how: 'At intake, check the refill line against the schedule and flag anything over the limit to the pharmacist.',
  }),
  'names.generic': (p) => ({ what: `${p.brand} is ${p.generic}.`, why: NAMES_WHY, how: NAMES_HOW }),
  'names.brand': (p) => ({ what: `${capital(p.generic)} is sold as ${p.brand}.`, why: NAMES_WHY, how: NAMES_HOW }),
  'names.lookAlike': (p) => ({
    what: `These two are a look-alike/sound-alike pair: ${p.product} and ${p.lookAlike}.`,
    why: 'Look-alike names sit close together on the shelf and are misheard on the phone; when they share a strength, the strength check will not catch the swap.',
    how: 'Read the tall-man capitals on the label, scan the NDC, and slow down when a known pair is near.',
  }),
  'math.convert': (p) => ({
    what: `${measure(p.amount, p.from)} × ${num(p.factor)} = ${measure(p.result, p.to)}.`,
    why: 'Prescriptions, labels and bottles use different units; a conversion done the wrong way gives a dose many times too big or too small.',
    how: 'Know the fixed factors: 1 tsp = 5 mL, 1 tbsp = 15 mL, 1 fl oz = 30 mL, 1 g = 1000 mg, 1 mg = 1000 mcg. Going to a smaller unit multiplies; going to a larger one divides.',
  }),
  'math.doseVolume': (p) => ({
    what: `${num(p.strengthMg)} mg in ${num(p.strengthMl)} mL is ${num(p.mgPerMl)} mg per mL; ${num(p.dose)} mg ÷ ${num(p.mgPerMl)} mg per mL = ${amount(p.volume, 'mL')}.`,
    why: 'The label tells the caregiver how many mL to measure; a wrong volume is a wrong dose, and for a child that can be dangerous.',
    how: 'Find the mg per mL (strength ÷ its volume), then divide the dose by it. Check that the answer is a volume you could measure with an oral syringe.',
  }),
};

function sigExplanation(p: { sig: string; directions: DrillParams['sig.toWords']['directions'] }): FeedbackEntry {
  return {
    what: `${quoted(p.sig)} means ${quoted(sigSentence(p.directions))}.`,
    why: 'The label has to say in plain words what the prescriber wrote in abbreviations; a misread dose, route or frequency is a dosing error.',
    how: `Read each part in turn: how much, which way it goes in (po = by mouth, sl = under the tongue, OU = both eyes, AU = both ears), and how often (here: ${whenPhrase(p.directions)}). The wrong choices each change just one part.`,
  };
}

/** Everything the drills say in English. */
export const DRILL_WORDS: DrillWords = {
  prompts: {
    'supply.days': (p) =>
      `${p.product}: ${dispensed(p)}, sig ${quoted(p.sig)}.${p.dropsPerMl !== undefined ? ` Count ${p.dropsPerMl} drops per mL.` : ''}${
        p.inUseDays !== undefined ? ` Once opened, each is good for ${p.inUseDays} days.` : ''
      } How many days' supply is it?`,
    'supply.quantity': (p) => `${p.product}, sig ${quoted(p.sig)}. How much do you dispense for ${amount(p.days, 'day')}?`,
    'sig.toWords': (p) => `What does the sig ${quoted(p.sig)} tell the patient?`,
    'sig.fromWords': (p) => `Which sig gives the label direction ${quoted(sigSentence(p.directions))}?`,
    'dea.checkDigit': (p) => `What is the check digit (the last digit) of the DEA number ${p.letters}${p.digits}_?`,
    'dea.verdict': (p) => `Dr. ${p.lastName} writes with DEA number ${p.dea}. Does it pass the checks a technician runs?`,
    'ndc.to11': (p) => `The stock bottle shows NDC ${p.ndc}. Which is the 11-digit NDC billed on the claim?`,
    'controlled.schedule': (p) => `Under federal law, which schedule is ${drug(p.generic, p.brand)}?`,
    'controlled.refills': (p) => `Under federal law, how many refills at most may a prescription for ${drug(p.generic, p.brand)} carry?`,
    'names.generic': (p) => `What is the generic name of ${p.brand}?`,
    'names.brand': (p) => `Which brand name is ${p.generic} sold under?`,
    'names.lookAlike': (p) => `Which of these is a look-alike/sound-alike of ${p.product}?`,
    'math.convert': (p) => `${measure(p.amount, p.from)} is how many ${UNIT_NAMES[p.to][1]}?`,
    'math.doseVolume': (p) => `The dose is ${num(p.dose)} mg of ${p.product}. How many mL do you measure?`,
  },
  explanations: EXPLANATIONS,
  choices: {
    directions: (p) => sigSentence(p.directions),
    sig: (p) => p.sig,
    verdict: (p) => VERDICT_WORDS[p.verdict],
    ndc: (p) => p.ndc,
    schedule: (p) => (p.schedule === null ? 'Not controlled' : scheduleName(p.schedule)),
    name: (p) => p.name,
    product: (p) => p.product,
  },
  topics: {
    supply: "Days' supply and quantity",
    sig: 'Sigs and patient wording',
    codes: 'DEA and NDC numbers',
    controlled: 'Controlled substances',
    names: 'Brand, generic and look-alike names',
    math: 'Pharmacy math',
  },
  unit: (unit, n) => UNIT_NAMES[unit][n === 1 ? 0 : 1],
};
