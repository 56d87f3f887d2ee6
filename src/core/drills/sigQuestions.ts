/**
 * Sig-to-wording and wording-to-sig questions (domain reference §4). A sig is built from slots
 * (dose, unit, route or site, how often); the wrong choices change one slot each, so telling
 * them apart means reading every abbreviation. The keyed wording is what the sig reader reads.
 */
import { isSigError, parseSig, type SigDirections } from '../rules/sig';
import type { DrillChoice, DrillQuestion } from './params';
import { choiceAnswer } from './choices';
import { pick, shuffle, type Random } from './random';

/** One family of sigs: each slot's possible tokens. */
interface SigFamily {
  doses: readonly string[];
  units: readonly string[];
  routes: readonly string[];
  frequencies: readonly string[];
}

const FAMILIES: readonly SigFamily[] = [
  { doses: ['i', 'ii'], units: ['tab'], routes: ['po', 'sl'], frequencies: ['daily', 'bid', 'tid', 'qid', 'qhs', 'q8h', 'q4-6h prn pain'] },
  { doses: ['1', '2'], units: ['cap'], routes: ['po'], frequencies: ['daily', 'bid', 'tid', 'qid', 'q12h', 'tid x10d'] },
  { doses: ['1', '2'], units: ['gtt'], routes: ['ou', 'od', 'os'], frequencies: ['daily', 'bid', 'tid', 'qid', 'qhs'] },
  { doses: ['2', '3', '4'], units: ['gtts'], routes: ['au', 'ad', 'as'], frequencies: ['bid', 'tid', 'qid'] },
  { doses: ['1', '2'], units: ['puffs'], routes: ['inh'], frequencies: ['bid', 'qid', 'q4h prn sob', 'q4-6h prn wheezing', 'daily'] },
  { doses: ['1', '2', '1/2'], units: ['tsp'], routes: ['po'], frequencies: ['bid', 'tid', 'qid', 'q6h', 'q8h', 'daily'] },
  { doses: ['1', '2'], units: ['tab'], routes: ['po'], frequencies: ['qam', 'qpm', 'qhs', 'bid ac', 'tid pc', 'qid prn anxiety'] },
];

type Slots = [dose: string, unit: string, route: string, frequency: string];

const text = (s: Slots): string => s.join(' ');

/** The sig and what the reader makes of it; undefined if the reader cannot read it. */
function read(sig: string): { sig: string; directions: SigDirections } | undefined {
  const parsed = parseSig(sig);
  if (isSigError(parsed)) return undefined;
  // Only the directions go on the label: the derived numbers are the rules' business.
  const { timesPerDay: _t, totalDoses: _d, flags: _f, unitInferred: _u, maxPerDay: _m, ignored: _i, multiStep: _s, ...directions } = parsed;
  return { sig, directions };
}

/** The right sig and up to six near misses (one slot changed each), all readable. */
function sigSet(
  random: Random,
): { right: { sig: string; directions: SigDirections }; wrong: { sig: string; directions: SigDirections }[] } | undefined {
  const family = pick(random, FAMILIES);
  const slots: Slots = [
    pick(random, family.doses),
    pick(random, family.units),
    pick(random, family.routes),
    pick(random, family.frequencies),
  ];
  const right = read(text(slots));
  if (!right) return undefined;
  const options: readonly (readonly string[])[] = [family.doses, family.units, family.routes, family.frequencies];
  const wrong = shuffle(
    random,
    options.flatMap((values, slot) =>
      values.filter((v) => v !== slots[slot]).map((v) => text(slots.map((s, i) => (i === slot ? v : s)) as Slots)),
    ),
  )
    .map(read)
    .filter((r): r is { sig: string; directions: SigDirections } => r !== undefined)
    // Two sigs that read the same would make two right answers.
    .filter((r) => JSON.stringify(r.directions) !== JSON.stringify(right.directions));
  return { right, wrong };
}

/** "What does this sig tell the patient?": choose the label wording. */
export function toWordsQuestion(random: Random): DrillQuestion | undefined {
  const set = sigSet(random);
  if (!set) return undefined;
  const choice = (d: SigDirections): DrillChoice => ({ code: 'directions', params: { directions: d } });
  const answer = choiceAnswer(
    random,
    choice(set.right.directions),
    set.wrong.map((w) => choice(w.directions)),
  );
  if (!answer) return undefined;
  return { code: 'sig.toWords', topic: 'sig', params: set.right, answer };
}

/** "Which sig says this?": choose the prescriber's abbreviations for a label wording. */
export function fromWordsQuestion(random: Random): DrillQuestion | undefined {
  const set = sigSet(random);
  if (!set) return undefined;
  const choice = (sig: string): DrillChoice => ({ code: 'sig', params: { sig } });
  const answer = choiceAnswer(
    random,
    choice(set.right.sig),
    set.wrong.map((w) => choice(w.sig)),
  );
  if (!answer) return undefined;
  return { code: 'sig.fromWords', topic: 'sig', params: set.right, answer };
}
