/**
 * Reads prescription directions (sigs) into numbers the rules can use and a label
 * sentence a patient can read (domain reference §4). The student's text is parsed on
 * every keystroke, so half-typed input must come back as a value or a plain error,
 * never an exception.
 */
import type { Household, SigFlag, SigRoute, SigSite, SigUnit, TimeOfDay } from './sigLexicon';
import { normaliseSig } from './sigNormalise';
import { readSig, type SigDraft } from './sigReader';
import { sigSentence, whenPhrase } from './sigWording';

export type { SigFlag, SigRoute, SigSite, SigUnit } from './sigLexicon';

/** A sig read into structured form; `text` is the label sentence with no abbreviations. */
export interface ParsedSig {
  /** Amount per dose, in `unit`; for a range this is the low end. */
  dose: number;
  /** The high end of a range dose ("1-2 tabs" → 2). */
  doseMax?: number;
  unit: SigUnit;
  route?: SigRoute;
  site?: SigSite;
  /** The most doses a day the sig allows ("q4-6h" → 6, "qid and hs" → 5, weekly → 1/7). */
  timesPerDay?: number;
  asNeeded: boolean;
  indication?: string;
  durationDays?: number;
  /** Doses needed to cover the duration at the most frequent schedule, when both are known. */
  totalDoses?: number;
  text: string;
  flags: SigFlag[];
  /** The when-part in words ("every 4 to 6 hours", "four times daily and at bedtime"). */
  frequency?: string;
  /** Meal and clock qualifiers ("after meals", "with food"). */
  timing?: string[];
  /** True when no unit was written and it was taken from the route, form verb or caller's default. */
  unitInferred?: boolean;
  /** A written daily ceiling ("max 8 per day"), in dose units. */
  maxPerDay?: number;
  /** Tokens the reader did not understand or deliberately skipped, for the data-entry hint. */
  ignored?: string[];
  /** True when the sig goes on after "then" (a taper); only the first step is in this result. */
  multiStep?: boolean;
}

/** Optional context for {@link parseSig}. */
export interface ParseSigOptions {
  /** Unit to assume when the sig names none ("1 po bid" on a capsule prescription). */
  defaultUnit?: SigUnit;
}

/** The error shape parseSig returns instead of throwing. */
export interface SigError {
  error: string;
}

/** True when a parseSig result is an error rather than a parsed sig. */
export function isSigError(result: ParsedSig | SigError): result is SigError {
  return 'error' in result;
}

/** Longest sig accepted; real directions are far shorter, and this bounds the per-keystroke work. */
const MAX_LENGTH = 500;

/** A unit the route or verb makes certain enough to beat the caller's default (eye → drops). */
const ROUTE_UNIT: Partial<Record<SigRoute, SigUnit>> = {
  'in the eye': 'drop', 'in the ear': 'drop', 'in the nose': 'spray', 'by inhalation': 'puff',
  topically: 'application', 'on the skin': 'patch', rectally: 'suppository', vaginally: 'suppository', 'by nebulizer': 'vial',
};
const VERB_UNIT: Record<string, SigUnit> = { instill: 'drop', inhale: 'puff', apply: 'application', insert: 'suppository' };
/** Weaker guesses, used only when the caller gives no default: most oral sigs without a unit mean tablets. */
const WEAK_UNIT: Partial<Record<SigRoute, SigUnit>> = { 'by mouth': 'tablet', 'under the tongue': 'tablet', 'under the skin': 'unit' };

/** Settles od/ad/as, which are eye or ear sites in a drops sig but can mean other things elsewhere. */
function resolveAmbiguous(d: SigDraft): void {
  const drops = d.unit?.unit === 'drop' || d.verb === 'instill';
  for (const token of d.ambiguous) {
    if (token === 'od' && (drops || d.route === 'in the eye')) {
      d.flags.add('error-prone-abbreviation');
      if (!d.route || d.route === 'in the eye') { d.route = 'in the eye'; d.site ??= 'right eye'; }
    } else if (token === 'od' && !d.primary && d.times.length === 0) {
      // "od" for "once daily" is the same trap as "qd": read it, but flag it.
      d.flags.add('do-not-use-abbreviation').add('error-prone-abbreviation');
      d.primary = { perDay: 1, words: 'daily' };
    } else if (token !== 'od' && (drops || d.route === 'in the ear')) {
      d.flags.add('error-prone-abbreviation');
      if (!d.route || d.route === 'in the ear') { d.route = 'in the ear'; d.site ??= token === 'ad' ? 'right ear' : 'left ear'; }
    } else {
      d.ignored.push(token);
    }
  }
}

function inferUnit(d: SigDraft, fallback: SigUnit | undefined): SigUnit | undefined {
  return (d.route && ROUTE_UNIT[d.route]) ?? (d.verb ? VERB_UNIT[d.verb] : undefined) ?? fallback
    ?? (d.route ? WEAK_UNIT[d.route] : undefined);
}

function noDoseError(d: SigDraft, tokens: number): SigError {
  if (tokens === 0) return { error: 'Type the directions, starting with the dose, for example "1 tab po bid".' };
  if (d.asDirected) {
    return { error: 'The directions only say "as directed", with no dose; ask the pharmacist to clarify them with the prescriber.' };
  }
  if (d.primary || d.times.length > 0) return { error: 'No dose found: say how much to take each time, for example "1 tab".' };
  return { error: 'No dose or frequency found: write how much and how often, for example "1 tab po bid".' };
}

function build(text: string, options: ParseSigOptions): ParsedSig | SigError {
  const { tokens, flags } = normaliseSig(text);
  const d = readSig(tokens, flags);
  resolveAmbiguous(d);

  const explicit = d.unit?.unit;
  if (!explicit && d.unknownUnit) {
    return { error: `"${d.unknownUnit}" is not a dose unit the reader knows; use one such as tab, cap, mL, tsp, gtt, puff, unit or g.` };
  }
  const unit = explicit ?? inferUnit(d, options.defaultUnit);
  // Topical sigs often give no amount ("aaa bid"): that means one application, a thin layer.
  if (!d.dose && unit === 'application') d.dose = { min: 1 };
  if (!d.dose) return noDoseError(d, tokens.length);
  if (!unit) return { error: 'No unit found: say what each dose is, for example "tab", "cap", "mL", "gtt" or "puffs".' };
  if (!(d.dose.min > 0) || !Number.isFinite(d.dose.max ?? d.dose.min)) return { error: 'The dose must be a number greater than zero.' };

  const factor = d.unit?.factor ?? 1;
  const dose = d.dose.min * factor;
  const doseMax = d.dose.max === undefined ? undefined : d.dose.max * factor;
  const household: { name: Household; dose: number; doseMax?: number } | undefined = d.unit?.household
    ? { name: d.unit.household, dose: d.dose.min, doseMax: d.dose.max }
    : undefined;

  const timesPerDay = d.primary ? d.primary.perDay + d.additive.length : d.times.length > 0 ? d.times.length : undefined;
  const when = { primary: d.primary?.words, additive: d.additive, times: d.times as TimeOfDay[], timing: d.timing };
  const frequency = whenPhrase({ ...when, timing: [] }) || undefined;
  const totalDoses = timesPerDay !== undefined && d.durationDays !== undefined
    ? Math.ceil(timesPerDay * d.durationDays - 1e-9)
    : undefined;

  const parsed: ParsedSig = {
    dose, unit, asNeeded: d.asNeeded, flags: [...d.flags],
    text: sigSentence({ dose, doseMax, unit, household, route: d.route, site: d.site, verb: d.verb, ...when,
      asNeeded: d.asNeeded, indication: d.indication, durationDays: d.durationDays, asDirected: d.asDirected }),
  };
  if (doseMax !== undefined) parsed.doseMax = doseMax;
  if (d.route) parsed.route = d.route;
  if (d.site) parsed.site = d.site;
  if (timesPerDay !== undefined) parsed.timesPerDay = timesPerDay;
  if (d.indication) parsed.indication = d.indication;
  if (d.durationDays !== undefined) parsed.durationDays = d.durationDays;
  if (totalDoses !== undefined) parsed.totalDoses = totalDoses;
  if (frequency) parsed.frequency = frequency;
  if (d.timing.length > 0) parsed.timing = [...d.timing];
  if (!explicit) parsed.unitInferred = true;
  if (d.maxPerDay !== undefined) parsed.maxPerDay = d.maxPerDay;
  if (d.ignored.length > 0) parsed.ignored = [...d.ignored];
  if (d.multiStep) parsed.multiStep = true;
  return parsed;
}

/**
 * Reads a sig such as "i-ii po q4-6h prn pain" into dose, unit, route, the most doses a
 * day, as-needed use, indication, duration, abbreviation flags and a label sentence.
 * Returns `{ error }` in plain English when no dose can be found; never throws.
 */
export function parseSig(text: string, options: ParseSigOptions = {}): ParsedSig | SigError {
  if (typeof text !== 'string') return { error: 'The directions must be text.' };
  if (text.length > MAX_LENGTH) return { error: `The directions are too long (over ${MAX_LENGTH} characters).` };
  try {
    return build(text, options ?? {});
  } catch {
    // A reader bug must never take the data-entry screen down with it.
    return { error: 'These directions could not be read; check the wording.' };
  }
}
