/**
 * Reads prescription directions (sigs) into numbers the rules can use and the structure a
 * patient's label sentence is written from (domain reference §4); the wording catalogue
 * writes the sentence. The student's text is parsed on every keystroke, so half-typed
 * input must come back as a value or a coded error, never an exception.
 */
import type { Coded } from '../coded';
import type { Household, SigFlag, SigFrequency, SigRoute, SigSite, SigTiming, SigUnit, TimeOfDay } from './sigLexicon';
import { isMealTime, timeAtMeal } from './sigLexicon';
import { normaliseSig } from './sigNormalise';
import { readSig, type SigDraft } from './sigReader';

export type { Household, SigFlag, SigFrequency, SigRoute, SigSite, SigTiming, SigUnit, TimeOfDay } from './sigLexicon';

/** What the label sentence is written from: the dose, the route, when and why, with no words in it. */
export interface SigDirections {
  /** Amount per dose, in `unit`; for a range this is the low end. */
  dose: number;
  /** The high end of a range dose ("1-2 tabs" → 2). */
  doseMax?: number;
  unit: SigUnit;
  /** The household measure the prescriber used ("1 tsp"), kept so the label can echo it. */
  household?: { name: Household; dose: number; doseMax?: number };
  route?: SigRoute;
  site?: SigSite;
  /** The verb the sig was written with ("chew"), when it has one. */
  verb?: string;
  /** The main frequency ("bid", "q4-6h"). */
  frequency?: SigFrequency;
  /** Times joined to the main frequency with "and" ("qid and hs"): each is one more dose. */
  additive: TimeOfDay[];
  /** Times that stand alone ("qhs") or qualify the main frequency ("daily at bedtime"). */
  times: TimeOfDay[];
  /** Meal and clock qualifiers ("ac", "with food"). */
  timing: SigTiming[];
  asNeeded: boolean;
  /** The reason in the sig's own words ("pain", "sob"). */
  indication?: string;
  durationDays?: number;
  /** The sig leans on "as directed". */
  asDirected: boolean;
}

/** A sig read into structured form: the directions plus what the rules derive from them. */
export interface ParsedSig extends SigDirections {
  /** The most doses a day the sig allows ("q4-6h" → 6, "qid and hs" → 5, weekly → 1/7, "with breakfast and dinner" → 2). */
  timesPerDay?: number;
  /** Doses needed to cover the duration at the most frequent schedule, when both are known. */
  totalDoses?: number;
  flags: SigFlag[];
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

/** Why a sig could not be read, with what the wording needs to say so. */
export interface SigProblemParams {
  /** Nothing typed yet. */
  empty: Record<string, never>;
  /** Only "as directed", with no dose. */
  asDirectedOnly: Record<string, never>;
  /** A frequency but no dose. */
  noDose: Record<string, never>;
  noDoseOrFrequency: Record<string, never>;
  /** A word where the unit belongs that is not one ("capful"). */
  unknownUnit: { word: string };
  noUnit: Record<string, never>;
  /** A dose of zero or less. */
  badDose: Record<string, never>;
  notText: Record<string, never>;
  tooLong: { max: number };
  /** The reader failed; a bug, reported without taking the screen down. */
  unreadable: Record<string, never>;
}
/** One reason a sig could not be read. */
export type SigProblem = Coded<SigProblemParams>;

/** The error shape parseSig returns instead of throwing. */
export interface SigError {
  error: SigProblem;
}

/** A sig problem with no parameters. */
const problem = (code: Exclude<keyof SigProblemParams, 'unknownUnit' | 'tooLong'>): SigError => ({ error: { code, params: {} } });

/** True when a parseSig result is an error rather than a parsed sig. */
export function isSigError(result: ParsedSig | SigError): result is SigError {
  return 'error' in result;
}

/** Longest sig accepted; real directions are far shorter, and this bounds the per-keystroke work. */
const MAX_LENGTH = 500;

/** A unit the route or verb makes certain enough to beat the caller's default (eye → drops). */
const ROUTE_UNIT: Partial<Record<SigRoute, SigUnit>> = {
  ophthalmic: 'drop',
  otic: 'drop',
  nasal: 'spray',
  inhalation: 'puff',
  topical: 'application',
  transdermal: 'patch',
  rectal: 'suppository',
  vaginal: 'suppository',
  nebulizer: 'vial',
};
const VERB_UNIT: Record<string, SigUnit> = { instill: 'drop', inhale: 'puff', apply: 'application', insert: 'suppository' };
/** Weaker guesses, used only when the caller gives no default: most oral sigs without a unit mean tablets. */
const WEAK_UNIT: Partial<Record<SigRoute, SigUnit>> = { oral: 'tablet', sublingual: 'tablet', subcutaneous: 'unit' };

/** Settles od/ad/as, which are eye or ear sites in a drops sig but can mean other things elsewhere. */
function resolveAmbiguous(d: SigDraft): void {
  const drops = d.unit?.unit === 'drop' || d.verb === 'instill';
  for (const token of d.ambiguous) {
    if (token === 'od' && (drops || d.route === 'ophthalmic')) {
      d.flags.add('error-prone-abbreviation');
      if (!d.route || d.route === 'ophthalmic') {
        d.route = 'ophthalmic';
        d.site ??= 'right-eye';
      }
    } else if (token === 'od' && !d.primary && d.times.length === 0) {
      // "od" for "once daily" is the same trap as "qd": read it, but flag it.
      d.flags.add('do-not-use-abbreviation').add('error-prone-abbreviation');
      d.primary = { perDay: 1, frequency: { kind: 'timesDaily', n: 1 } };
    } else if (token !== 'od' && (drops || d.route === 'otic')) {
      d.flags.add('error-prone-abbreviation');
      if (!d.route || d.route === 'otic') {
        d.route = 'otic';
        d.site ??= token === 'ad' ? 'right-ear' : 'left-ear';
      }
    } else {
      d.ignored.push(token);
    }
  }
}

function inferUnit(d: SigDraft, fallback: SigUnit | undefined): SigUnit | undefined {
  return (
    (d.route && ROUTE_UNIT[d.route]) ?? (d.verb ? VERB_UNIT[d.verb] : undefined) ?? fallback ?? (d.route ? WEAK_UNIT[d.route] : undefined)
  );
}

function noDoseError(d: SigDraft, tokens: number): SigError {
  if (tokens === 0) return problem('empty');
  if (d.asDirected) return problem('asDirectedOnly');
  if (d.primary || d.times.length > 0) return problem('noDose');
  return problem('noDoseOrFrequency');
}

function build(text: string, options: ParseSigOptions): ParsedSig | SigError {
  const { tokens, flags } = normaliseSig(text);
  const d = readSig(tokens, flags);
  resolveAmbiguous(d);

  const explicit = d.unit?.unit;
  if (!explicit && d.unknownUnit) {
    return { error: { code: 'unknownUnit', params: { word: d.unknownUnit } } };
  }
  const unit = explicit ?? inferUnit(d, options.defaultUnit);
  // Topical sigs often give no amount ("aaa bid"): that means one application, a thin layer.
  if (!d.dose && unit === 'application') d.dose = { min: 1 };
  if (!d.dose) return noDoseError(d, tokens.length);
  if (!unit) return problem('noUnit');
  if (!(d.dose.min > 0) || !Number.isFinite(d.dose.max ?? d.dose.min)) return problem('badDose');

  const factor = d.unit?.factor ?? 1;
  const dose = d.dose.min * factor;
  const doseMax = d.dose.max === undefined ? undefined : d.dose.max * factor;
  const household: { name: Household; dose: number; doseMax?: number } | undefined = d.unit?.household
    ? { name: d.unit.household, dose: d.dose.min, doseMax: d.dose.max }
    : undefined;

  // With no frequency written, each time named one by one is a dose: "with breakfast, lunch, dinner and at bedtime" is 4 a day.
  const named = d.times.filter((t) => !timeAtMeal(t, d.timing)).length + d.timing.filter(isMealTime).length;
  const timesPerDay = d.primary ? d.primary.perDay + d.additive.length : named > 0 ? named : undefined;
  const totalDoses = timesPerDay !== undefined && d.durationDays !== undefined ? Math.ceil(timesPerDay * d.durationDays - 1e-9) : undefined;

  const parsed: ParsedSig = {
    dose,
    unit,
    asNeeded: d.asNeeded,
    asDirected: d.asDirected,
    flags: [...d.flags],
    additive: [...d.additive],
    times: [...d.times],
    timing: [...d.timing],
  };
  if (doseMax !== undefined) parsed.doseMax = doseMax;
  if (household) parsed.household = household;
  if (d.route) parsed.route = d.route;
  if (d.site) parsed.site = d.site;
  if (d.verb) parsed.verb = d.verb;
  if (d.primary) parsed.frequency = d.primary.frequency;
  if (timesPerDay !== undefined) parsed.timesPerDay = timesPerDay;
  if (d.indication) parsed.indication = d.indication;
  if (d.durationDays !== undefined) parsed.durationDays = d.durationDays;
  if (totalDoses !== undefined) parsed.totalDoses = totalDoses;
  if (!explicit) parsed.unitInferred = true;
  if (d.maxPerDay !== undefined) parsed.maxPerDay = d.maxPerDay;
  if (d.ignored.length > 0) parsed.ignored = [...d.ignored];
  if (d.multiStep) parsed.multiStep = true;
  return parsed;
}

/**
 * Reads a sig such as "i-ii po q4-6h prn pain" into dose, unit, route, the most doses a
 * day, as-needed use, indication, duration, abbreviation flags and the rest of the label's
 * directions (`renderSig` in src/core/wording writes the sentence). Returns `{ error }`
 * with a coded problem when no dose can be found; never throws.
 */
export function parseSig(text: string, options: ParseSigOptions = {}): ParsedSig | SigError {
  if (typeof text !== 'string') return problem('notText');
  if (text.length > MAX_LENGTH) return { error: { code: 'tooLong', params: { max: MAX_LENGTH } } };
  try {
    return build(text, options ?? {});
  } catch {
    // A reader bug must never take the data-entry screen down with it.
    return problem('unreadable');
  }
}
