import type { EntryCode } from '../../families';
import type { SigMeaning } from '../../../engine/resultParams';
import { say, type DetailSlice } from '../../catalogue';
import type { DoNotUse, DoNotUseUse } from '../../../rules/doNotUse';
import { capital, entered, listPhrase, productName, quoted, rxName, sentence, unitCount } from '../phrases';
import { sigSentence } from '../sig';
import { SIG_PROBLEMS, SUPPLY_PROBLEMS } from '../sigProblems';

/** What each product-selection (DAW) code means. */
const DAW_MEANING = [
  'substitution allowed',
  'prescriber says dispense as written',
  'patient asked for the brand',
  'pharmacist chose the brand',
  'generic not in stock',
  'brand dispensed as generic',
  'override',
  'brand required by law',
  'generic not available',
  'plan asks for the brand',
];
const dawMeaning = (daw: number): string => DAW_MEANING[daw] ?? 'a code the system does not know';

/** The prescription's directions in quotation marks: the label sentence, or as written when the rules cannot read them. */
const means = (m: SigMeaning): string => quoted('sig' in m ? sigSentence(m.sig) : m.written);

/** What the Joint Commission list says to write instead of each item. */
const INSTEAD: Record<DoNotUse, string> = {
  qd: 'daily',
  qod: 'every other day',
  u: 'units',
  iu: 'units',
  trailingZero: '',
  leadingZero: '',
  ms: 'morphine sulfate',
  mso4: 'morphine sulfate',
  mgso4: 'magnesium sulfate',
};

/** Do-not-use abbreviations with what to write instead: `"qd" (write "daily")`. */
const doNotUseList = (uses: readonly DoNotUseUse[]): string =>
  listPhrase(uses.map((u) => `${quoted(u.written)} (write ${quoted(u.number ?? INSTEAD[u.item])})`));

/** On a refill request, the refills authorised and used. */
const refillUse = (r: { authorised: number; used: number } | undefined): string =>
  r === undefined ? '' : ` (${r.authorised} authorised, ${r.used} used)`;

/** Data entry, one result per field. */
export const ENTRY_DETAILS: DetailSlice<EntryCode> = {
  'entry.product.ok': (p) => `You chose ${productName(p.product)}.`,
  'entry.product.wrong': (p) =>
    `You entered ${productName(p.entered)}${p.lookAlike ? ', a look-alike' : ''}; the prescription is for ${productName(p.wanted)}.`,
  'entry.sig.ok': (p) => `Your directions mean ${means(p.means)}, as prescribed.`,
  'entry.sig.wrong': (p) =>
    'unreadable' in p
      ? `Your directions could not be read: ${say(SIG_PROBLEMS, p.unreadable)}`
      : sentence(`Your directions read ${quoted(sigSentence(p.theirs))}, but the prescription means ${means(p.means)}`),
  'entry.sig.doNotUse': (p) => `Your directions mean the right thing, but they use ${doNotUseList(p.uses)}, on the "Do Not Use" list.`,
  'entry.doNotUse.noted': (p) =>
    `${capital(rxName(p.rx))} is written with ${doNotUseList(p.uses)}, on the "Do Not Use" list, and your directions wrote ${p.uses.length === 1 ? 'it' : 'them'} out.`,
  'entry.quantity.ok': (p) => `You entered ${p.quantity}.`,
  'entry.quantity.wrong': (p) =>
    `You entered ${entered(p.entered)}; the prescription is for ${p.quantity} ${unitCount(p.unit, p.quantity)}.`,
  'entry.daysSupply.ok': (p) => `You entered ${entered(p.entered)} days.`,
  'entry.daysSupply.wrong': (p) =>
    `You entered ${entered(p.entered)} days; the days' supply is ${
      'cannot' in p ? `the rules cannot compute it (${say(SUPPLY_PROBLEMS, p.cannot)}), so ask the pharmacist` : p.expected
    }.`,
  'entry.refills.ok': (p) => `You entered ${p.refills} refills${refillUse(p.refill)}.`,
  'entry.refills.wrong': (p) => `You entered ${entered(p.entered)} refills; it should be ${p.refills}${refillUse(p.refill)}.`,
  'entry.daw.ok': (p) => `You entered DAW ${p.daw} (${dawMeaning(p.daw)}).`,
  'entry.daw.wrong': (p) => `You entered DAW ${entered(p.entered)}; the prescription's code is ${p.daw} (${dawMeaning(p.daw)}).`,
  'entry.missed': (p) => `${capital(rxName(p.rx))} was never entered.`,
};
