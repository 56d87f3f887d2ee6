/**
 * Turns raw sig text into tokens the lexicon knows: lower case, dotted abbreviations
 * closed up ("b.i.d." → bid), number words turned into digits, and multi-word phrases
 * ("every 4 to 6 hours", "in both eyes", "as needed") folded into single tokens.
 * Runs on every keystroke, so it is a fixed list of linear regex passes.
 */
import type { SigFlag } from './sigLexicon';

/** The tokens of a sig plus any flags that only the raw text can show (zeros, symbols). */
export interface NormalisedSig {
  tokens: string[];
  flags: Set<SigFlag>;
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
};
const ONCE_WORDS: Record<string, string> = { once: '1', twice: '2', thrice: '3' };

const H = '(?:h|hr|hrs|hour|hours)';
const PER = '(?:a\\s+|per\\s+|each\\s+|every\\s+)?';
const IN = '(?:(?:in|into|to)\\s+)?';

/** Days in one of a duration's units; months count as 30 days by convention. */
function daysIn(unit: string): number {
  if (unit.startsWith('w')) return 7;
  if (unit.startsWith('m')) return 30;
  return 1;
}

/** Ordered phrase rewrites; earlier, longer phrases must win over the shorter ones after them. */
const PHRASES: [RegExp, string | ((...m: string[]) => string)][] = [
  [/\b(?:as|when|if)\s+(?:needed|required|necessary)\b/g, ' prn '],
  [/\b(?:as|when)\s+(?:directed|instructed)\b|\bas\s+dir\b|\bper\s+(?:package\s+|printed\s+)?instructions\b/g, ' ~ud '],
  [
    /\b(?:max(?:imum)?|not\s+to\s+exceed|do\s+not\s+exceed|nte|no\s+more\s+than)\s*(?:of\s*)?(\d+(?:\.\d+)?)\s*(?:[a-z]+\s*)?(?:per\s+|in\s+|a\s+|each\s+|every\s+)?(?:day|24\s*(?:h|hr|hrs|hours?))\b/g,
    ' max:$1 ',
  ],
  [new RegExp(`\\b(?:q|every)\\s*(\\d+)\\s*(?:-|to|or)\\s*(\\d+)\\s*${H}\\b`, 'g'), ' q$1-$2h '],
  [new RegExp(`\\b(?:q|every)\\s*(\\d+)\\s*${H}\\b`, 'g'), ' q$1h '],
  [/\b(?:qh|hourly|every\s+hour)\b/g, ' q1h '],
  [
    /\b(?:x|for)\s*(\d+)\s*(d|days?|wks?|weeks?|mos?|months?)\b/g,
    (_m, ...g) => {
      const [marker, n, unit] = [_m.trim().startsWith('x') ? 'xdur' : '~dur', g[0] ?? '0', g[1] ?? 'd'];
      return ` ${marker}:${Number(n) * daysIn(unit)} `;
    },
  ],
  [/\bfor\s+a\s+(week|month)\b/g, (_m, unit: string) => ` ~dur:${daysIn(unit)} `],
  [/\b(?:q|every)\s*(\d+)\s*(?:d|days?)\b/g, ' evd:$1 '],
  [/\b(?:q|every)\s*(\d+)\s*(?:wk|wks|weeks?)\b/g, ' evw:$1 '],
  [/\b(?:q|every)\s*(\d+)\s*(?:mo|mos|months?)\b/g, (_m, n: string) => ` evd:${Number(n) * 30} `],
  [/\bevery\s+other\s+day\b|\balternate\s+days\b/g, ' ~qod '],
  [new RegExp(`\\b(once|twice|thrice)\\s+${PER}(?:week|weekly|wk)\\b`, 'g'), (_m, w: string) => ` ntw:${ONCE_WORDS[w] ?? '1'} `],
  [new RegExp(`\\b(\\d+)\\s*(?:times|x)\\s*${PER}(?:week|weekly|wk)\\b`, 'g'), ' ntw:$1 '],
  [/\b(?:every|each)\s+week\b|\bq\s*wk\b|\bq\s*week\b|\bweekly\b|\b(?:per|a)\s+week\b/g, ' ~weekly '],
  [/\b(?:once\s+(?:a|per|each|every)\s+month|monthly|every\s+month|q\s*month)\b/g, ' evd:30 '],
  [new RegExp(`\\b(once|twice|thrice)\\s+${PER}(?:day|daily)\\b`, 'g'), (_m, w: string) => ` ntd:${ONCE_WORDS[w] ?? '1'} `],
  [new RegExp(`\\b(\\d+)\\s*(?:times|x)\\s*${PER}(?:day|daily)\\b`, 'g'), ' ntd:$1 '],
  [/\b(?:every|each|a|per)\s+day\b|\bdaily\b/g, ' ~daily '],
  [/\bq\s+hs\b/g, ' qhs '],
  [/\b(?:at\s+)?bedtime\b|\b(?:before|at)\s+bed\b|\bnightly\b|\b(?:every|each|at|per)\s+night\b/g, ' ~hs '],
  [/\bq\s*am\b|\bq\s+morning\b|\b(?:every|each)\s+(?:morning|am)\b|\bin\s+the\s+(?:morning|am)\b|\bin\s+am\b/g, ' qam '],
  [/\bq\s*pm\b|\bq\s+evening\b|\b(?:every|each)\s+(?:evening|pm)\b|\bin\s+the\s+(?:evening|pm)\b|\bin\s+pm\b/g, ' qpm '],
  [/\bmornings?\b/g, ' qam '],
  [/\bevenings?\b/g, ' qpm '],
  [/\bbefore\s+(?:meals|each\s+meal|eating|a\s+meal|food)\b/g, ' ~ac '],
  [/\bafter\s+(?:meals|each\s+meal|eating|a\s+meal|food)\b/g, ' ~pc '],
  [/\b(before|with|after)\s+(breakfast|lunch|dinner|supper)\b/g, ' $1_$2 '],
  [/\bwith\s+(?:meals|each\s+meal|a\s+meal)\b/g, ' withmeals '],
  [/\b(?:with|c)\s+(?:food|a\s+snack)\b/g, ' withfood '],
  [/\bon\s+(?:an\s+)?empty\s+stomach\b/g, ' emptystomach '],
  [/\baround\s+the\s+clock\b/g, ' atc '],
  [/\bwith\s+(?:a\s+)?(?:full\s+)?glass\s+of\s+water\b/g, ' withwater '],
  [/\bwhile\s+awake\b/g, ' whileawake '],
  [/\bby\s+mouth\b|\bper\s+mouth\b|\borally\b|\boral\b/g, ' ~po '],
  [/\bper\s+os\b/g, ' peros '],
  [/\b(?:under|beneath)\s+(?:the\s+)?tongue\b|\bsublingual(?:ly)?\b/g, ' ~sl '],
  [/\brectal(?:ly)?\b|\bper\s+rectum\b|\b(?:in|into)\s+the\s+rectum\b/g, ' ~pr '],
  [/\bvaginal(?:ly)?\b|\bper\s+vagina\b|\b(?:in|into)\s+the\s+vagina\b/g, ' ~pv '],
  [/\bsubcutaneous(?:ly)?\b|\bunder\s+the\s+skin\b/g, ' ~subq '],
  [/\bsub[\s-]q\b/g, ' sq '],
  [/\bsub-cut\b/g, ' subcut '],
  [/\bintramuscular(?:ly)?\b|\b(?:in|into)\s+the\s+muscle\b/g, ' ~im '],
  [/\bintravenous(?:ly)?\b/g, ' ~iv '],
  [/\btopical(?:ly)?\b|\bexternally\b/g, ' ~top '],
  [/\b(?:to\s+)?(?:the\s+)?affected\s+(?:areas?|skin|sites?)\b/g, ' ~aaa '],
  [/\b(?:to|on|onto)\s+(?:the\s+)?skin\b|\btransdermal(?:ly)?\b/g, ' ~skin '],
  [/\b(?:by|via)\s+inhalation\b|\binhaled\b/g, ' ~inh '],
  [/\b(?:via|by|in|with)\s+(?:the\s+|a\s+)?nebuli[sz]er\b|\bnebuli[sz]ed\b/g, ' ~neb '],
  [new RegExp(`\\b${IN}(?:both|each)\\s+eyes?\\b`, 'g'), ' ~ou '],
  [new RegExp(`\\b${IN}(?:the\\s+)?right\\s+eye\\b`, 'g'), ' ~od '],
  [new RegExp(`\\b${IN}(?:the\\s+)?left\\s+eye\\b`, 'g'), ' ~os '],
  [new RegExp(`\\b${IN}(?:the\\s+)?(?:affected\\s+)?eyes?\\b|\\bophthalmic(?:ally)?\\b`, 'g'), ' ~eye '],
  [new RegExp(`\\b${IN}(?:both|each)\\s+ears?\\b`, 'g'), ' ~au '],
  [new RegExp(`\\b${IN}(?:the\\s+)?right\\s+ear\\b`, 'g'), ' ~ad '],
  [new RegExp(`\\b${IN}(?:the\\s+)?left\\s+ear\\b`, 'g'), ' ~as '],
  [new RegExp(`\\b${IN}(?:the\\s+)?(?:affected\\s+)?ears?\\b|\\botic(?:ally)?\\b`, 'g'), ' ~ear '],
  [new RegExp(`\\b${IN}(?:each|both)\\s+(?:nostrils?|nares|side\\s+of\\s+(?:the\\s+)?nose)\\b`, 'g'), ' ~en '],
  [new RegExp(`\\b${IN}(?:the\\s+|one\\s+|a\\s+)?(?:nose|nostril)\\b|\\b(?:intra)?nasal(?:ly)?\\b`, 'g'), ' ~nose '],
  [/\b(?:a\s+)?(?:thin\s+(?:layer|film)|small\s+amount)\b/g, ' thinlayer '],
  [/\bfl(?:uid)?\s*oz\b|\bfluid\s+ounces?\b|\bounces?\b|\boz\b/g, ' floz '],
  [/\binternational\s+units?\b/g, ' units '],
];

/** Folds raw sig text into lexicon tokens; never throws on any string. */
export function normaliseSig(raw: string): NormalisedSig {
  const flags = new Set<SigFlag>();
  let s = ` ${raw.toLowerCase()} `.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\u00bd/g, ' 1/2 ');
  if (/[\u00b5\u03bc]g\b/.test(s)) flags.add('error-prone-abbreviation');
  s = s.replace(/[\u00b5\u03bc]g\b/g, 'mcg');

  // Zeros are judged on the raw numbers, before any period is touched.
  if (/(^|[\s(#])\.\d/.test(s) || /\d\.\d*0(?!\d)/.test(s)) flags.add('do-not-use-abbreviation');
  // A lone letter before a period is part of a dotted abbreviation (p.o., b.i.d.); other periods end words.
  s = s.replace(/(?<![a-z])([a-z])\.(?=[a-z0-9])/g, '$1').replace(/\.(?!\d)/g, ' ');

  if (/[@&+]/.test(s)) flags.add('error-prone-abbreviation');
  s = s
    .replace(/[&+]/g, ' and ')
    .replace(/@/g, ' at ')
    .replace(/\bn\s*\/\s*v\b/g, ' nv ')
    .replace(/(\d)\s*\/\s*(\d)/g, '$1/$2')
    .replace(/(?<!\d)\/|\/(?!\d)/g, ' per ')
    .replace(/[,;:()[\]{}"!?*=<>]/g, ' ')
    .replace(/(\d)\s*-\s*(?=\d)/g, '$1-')
    .replace(/\b([ivx]+)\s*-\s*(?=[ivx]+\b)/g, '$1-')
    .replace(/\b(?:one|1)\s+and\s+(?:a|one)[\s-]half\b/g, ' 1 1/2 ')
    .replace(/\b(?:one[\s-]half|a\s+half|half)\b/g, ' 1/2 ')
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b/g, (w) => NUMBER_WORDS[w] ?? w)
    .replace(/\b(\d+)\s+and\s+1\/2\b/g, '$1 1/2');

  for (const [pattern, replacement] of PHRASES) {
    s = typeof replacement === 'string' ? s.replace(pattern, replacement) : s.replace(pattern, replacement);
  }

  const tokens: string[] = [];
  for (const token of s.split(/\s+/)) {
    if (!token) continue;
    // Amounts typed hard against their unit ("2tabs", "10u", "2.5ml") are split apart.
    const glued = /^(\d+(?:\.\d+)?(?:[-/]\d+(?:\.\d+)?)?|\.\d+)([a-z]+)$/.exec(token);
    if (glued && glued[1] && glued[2]) tokens.push(glued[1], glued[2]);
    else tokens.push(token);
  }
  return { tokens, flags };
}
