/**
 * Walks normalised sig tokens once, left to right, collecting what each one says into a
 * draft. The first dose, unit, route and frequency win; later ones are usually a strength
 * in brackets or a second step, and are reported as ignored rather than guessed at.
 */
import {
  FILLERS,
  isMealTime,
  isRoman,
  lookup,
  MEALS,
  parseAmount,
  type Meal,
  type Amount,
  type LexEntry,
  type SigFlag,
  type SigFrequency,
  type SigRoute,
  type SigSite,
  type SigTiming,
  type TimeOfDay,
} from './sigLexicon';

/** Everything read from a sig before defaults and wording are applied. */
export interface SigDraft {
  dose?: Amount;
  unit?: Extract<LexEntry, { kind: 'unit' }>;
  verb?: string;
  route?: SigRoute;
  site?: SigSite;
  ambiguous: ('od' | 'ad' | 'as')[];
  primary?: { perDay: number; frequency: SigFrequency };
  /** Times joined to the main frequency with "and" ("qid and hs"): each is one more dose. */
  additive: TimeOfDay[];
  /** Times that stand alone ("qhs") or qualify the main frequency ("daily at bedtime"). */
  times: TimeOfDay[];
  timing: SigTiming[];
  asNeeded: boolean;
  /** The reason as the sig words it ("pain", "sob"); the wording expands abbreviations. */
  indication?: string;
  durationDays?: number;
  maxPerDay?: number;
  asDirected: boolean;
  /** The sig goes on after "then" (a taper or loading dose); only the first step was read. */
  multiStep: boolean;
  /** An unknown word straight after the dose, where a unit was expected ("1 capful"). */
  unknownUnit?: string;
  ignored: string[];
  flags: Set<SigFlag>;
}

const QUANTITY_WORDS: ReadonlySet<string> = new Set(['disp', 'dispense', 'qty', 'quantity']);

const kindOf = (token: string | undefined): LexEntry['kind'] | undefined => lookup(token)?.kind;

/** A token as the student would recognise it, for the ignored list: normalised, without the written-out mark. */
function readable(token: string): string {
  return token.startsWith('~') ? token.slice(1) : token;
}

/** A word that is not sig vocabulary, so it can belong to an indication ("prn pain"). */
function isFreeWord(token: string | undefined): boolean {
  if (token === undefined || !/^[a-z][a-z'-]*$/.test(token)) return false;
  const entry = lookup(token);
  return entry === undefined || (entry.kind === 'filler' && FILLERS.has(token) && token !== 'then');
}

/** Reads "pain", "pain or fever", "shortness of breath" starting at `start`; returns words and the next index. */
function readIndication(tokens: string[], start: number): { text?: string; next: number } {
  let j = tokens[start] === 'for' ? start + 1 : start;
  const words: string[] = [];
  while (j < tokens.length) {
    const token = tokens[j];
    const joiner = token === 'and' || token === 'or';
    if (!joiner && !isFreeWord(token)) break;
    if (joiner && (words.length === 0 || !isFreeWord(tokens[j + 1]))) break;
    words.push(token ?? '');
    j += 1;
  }
  while (words.length > 0 && FILLERS.has(words[words.length - 1] ?? '')) words.pop();
  while (words.length > 0 && FILLERS.has(words[0] ?? '')) words.shift();
  return { text: words.length > 0 ? words.join(' ') : undefined, next: j };
}

/**
 * Reads an amount at `i`: a number, fraction, range ("1-2", "1 to 2"), mixed number
 * ("1 1/2", "i ss"), or "a"/"an" before a unit. Roman numerals need `romanContext` or a
 * unit or route right after them, since "iv" is also a route and "x" also means "times".
 */
function readAmount(tokens: string[], i: number, romanContext: boolean): { amount: Amount; used: number } | undefined {
  const token = tokens[i];
  const next = tokens[i + 1];
  if ((token === 'a' || token === 'an') && kindOf(next) === 'unit') return { amount: { min: 1 }, used: 1 };
  const romanOk = romanContext || next === 'ss' || kindOf(next) === 'unit' || (kindOf(next) === 'route' && token !== 'iv' && token !== 'x');
  const amount = parseAmount(token, romanOk);
  if (!amount) return undefined;
  if (amount.max === undefined && (next === 'to' || next === 'or')) {
    const upper = parseAmount(tokens[i + 2], isRoman(token));
    if (upper && upper.max === undefined && upper.min > amount.min) {
      return { amount: { ...amount, max: upper.min }, used: 3 };
    }
  }
  if (amount.max === undefined && Number.isInteger(amount.min)) {
    const part = parseAmount(next, false);
    if (part && part.max === undefined && part.min > 0 && part.min < 1) {
      return { amount: { min: amount.min + part.min, flag: part.flag ?? amount.flag }, used: 2 };
    }
  }
  return { amount, used: 1 };
}

/** Reads normalised tokens into a draft; never throws. */
export function readSig(tokens: string[], flags: Set<SigFlag>): SigDraft {
  const d: SigDraft = {
    ambiguous: [],
    additive: [],
    times: [],
    timing: [],
    asNeeded: false,
    asDirected: false,
    multiStep: false,
    ignored: [],
    flags,
  };
  let chain = false; // still inside the main frequency phrase ("tid ac and hs")
  let pendingAnd = false;
  // The relation of the last meal named ("with" in "with breakfast, lunch and dinner"), so a bare meal after it is one more time.
  let mealRelation: 'before' | 'with' | 'after' | undefined;

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    if (token === 'and') {
      pendingAnd = true;
      continue;
    }
    if (token === 'then' && d.dose) {
      // Reading the next step into this one would mix two doses into one wrong sentence.
      d.multiStep = true;
      d.ignored.push(...tokens.slice(i).map(readable));
      break;
    }
    if (token.startsWith('#') || QUANTITY_WORDS.has(token)) {
      // A quantity written into the sig ("#30", "disp 30") is not a dose.
      if (!/\d/.test(token) && parseAmount(tokens[i + 1], false)) i += 1;
      continue;
    }
    if (!d.dose) {
      const read = readAmount(tokens, i, false);
      if (read) {
        d.dose = read.amount;
        if (read.amount.flag) flags.add(read.amount.flag);
        i += read.used - 1;
        chain = false;
        pendingAnd = false;
        continue;
      }
    }
    if (token === 'spray' && !d.dose && !d.unit && readAmount(tokens, i + 1, false)) {
      d.verb ??= 'spray';
      continue;
    }

    if (mealRelation !== undefined && (MEALS as readonly string[]).includes(token)) {
      const timing = `${mealRelation}-${token as Meal}` as const;
      if (!d.timing.includes(timing)) d.timing.push(timing);
      pendingAnd = false;
      continue;
    }
    const entry = lookup(token);
    if (entry?.kind !== 'timing' && entry?.kind !== 'time' && entry?.kind !== 'and' && entry?.kind !== 'filler') mealRelation = undefined;
    if (!entry) {
      if (d.dose && !d.unit && !d.unknownUnit && /^[a-z]/.test(token) && readAmount(tokens, i - 1, true)) d.unknownUnit = token;
      d.ignored.push(readable(token));
      chain = false;
      pendingAnd = false;
      continue;
    }
    if ('flag' in entry && entry.flag) flags.add(entry.flag);

    switch (entry.kind) {
      case 'unit':
        if (d.unit) {
          d.ignored.push(readable(token));
          break;
        }
        d.unit = entry;
        if (!d.dose) {
          // Postfix amounts ("gtt ii", "tab i") are the older Latin order.
          const read = readAmount(tokens, i + 1, true);
          if (read) {
            d.dose = read.amount;
            if (read.amount.flag) flags.add(read.amount.flag);
            i += read.used;
          }
        }
        if (token === 'thinlayer') d.dose ??= { min: 1 };
        break;
      case 'route':
        if (entry.site && !d.site && (!d.route || d.route === entry.route)) d.site = entry.site;
        d.route ??= entry.route;
        break;
      case 'ambiguous-site':
        d.ambiguous.push(entry.token);
        break;
      case 'freq':
        if (d.primary) {
          d.ignored.push(readable(token));
          break;
        }
        d.primary = { perDay: entry.perDay, frequency: entry.frequency };
        chain = true;
        pendingAnd = false;
        continue;
      case 'time':
        if (pendingAnd && chain && d.primary) d.additive.push(entry.time);
        else if (!d.times.includes(entry.time) && !d.additive.includes(entry.time)) {
          d.times.push(entry.time);
          chain = false;
        }
        pendingAnd = false;
        continue;
      case 'timing':
        if (!d.timing.includes(entry.timing)) d.timing.push(entry.timing);
        mealRelation = isMealTime(entry.timing) ? (entry.timing.split('-')[0] as 'before' | 'with' | 'after') : undefined;
        continue;
      case 'duration':
        d.durationDays ??= entry.days;
        break;
      case 'max':
        d.maxPerDay ??= entry.amount;
        break;
      case 'prn': {
        d.asNeeded = true;
        const found = readIndication(tokens, i + 1);
        if (found.text) {
          d.indication ??= found.text;
          i = found.next - 1;
        }
        break;
      }
      case 'for': {
        const found = isFreeWord(tokens[i + 1]) ? readIndication(tokens, i) : undefined;
        if (found?.text) {
          d.indication ??= found.text;
          i = found.next - 1;
        }
        break;
      }
      case 'ud':
        d.asDirected = true;
        flags.add('as-directed');
        break;
      case 'verb':
        d.verb ??= entry.verb;
        break;
      default:
        continue; // fillers leave the frequency phrase open: "tid with meals and at bedtime"
    }
    chain = false;
    pendingAnd = false;
  }
  return d;
}
