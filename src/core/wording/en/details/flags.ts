import { FINDING_CODES, type FindingCode } from '../../../findings/codes';
import type { CatchParams, MissParams } from '../../../engine/resultParams';
import type { DetailSlice } from '../../catalogue';
import type { FlagCode } from '../../families';
import { findingSentence } from '../findings';
import { FINDING_NAMES, STEP_NAMES } from '../findingNames';
import { productName, quoted, rxName } from '../phrases';

/** Flags that were late, gave the wrong reason, or were not needed. */
export const FLAG_DETAILS: DetailSlice<FlagCode> = {
  'flag.late': (p) => `Right reason, caught late: this can be caught at ${STEP_NAMES[p.catchable]}. ${findingSentence(p.finding)}`,
  'flag.wrongReason': (p) =>
    `Right to stop ${rxName(p.rx)}; the reason is ${FINDING_NAMES[p.finding.code]}, not ${FINDING_NAMES[p.flagged]}. ${findingSentence(p.finding)}`,
  'flag.falseAlarm': (p) =>
    `The pharmacist checked ${p.about === null ? 'the encounter' : rxName(p.about)} for ${FINDING_NAMES[p.flagged]} and found none, so the work carries on.`,
  'flag.notAStop': () => 'A look-alike on the shelf is not a reason to stop: read the label three times and scan the NDC.',
};

/** A finding stopped on time, however it was caught. */
function caught(p: CatchParams): string {
  switch (p.via) {
    case 'flag':
      return `You stopped ${rxName(p.rx)} and handed it to the pharmacist. ${findingSentence(p.finding)}`;
    case 'window':
      return `You kept the bag back and called the pharmacist. ${findingSentence(p.finding)}`;
    case 'pick':
      return `You took ${productName(p.product)}, not the look-alike beside it. ${findingSentence(p.finding)}`;
    case 'refer':
      return `You passed ${quoted(p.line)} to the pharmacist.`;
  }
}

/** A finding that got past the student, however it got past. */
function missed(p: MissParams): string {
  switch (p.via) {
    case 'verification':
      return `The pharmacist stopped this at verification: ${p.findings.map(findingSentence).join(' ')}`;
    case 'unflagged':
      return `${p.finding === undefined ? '' : findingSentence(p.finding)} Nobody flagged it for the pharmacist.`.trim();
    case 'pick':
      return `You picked ${productName(p.picked)}; the prescription is for ${productName(p.wanted)}.`;
    case 'unreferred':
      return `${quoted(p.line)} was never passed to the pharmacist.`;
  }
}

/** catch.X and miss.X for every finding code. */
export const CATCH_DETAILS = Object.fromEntries(FINDING_CODES.map((c) => [`catch.${c}`, caught])) as DetailSlice<`catch.${FindingCode}`>;
export const MISS_DETAILS = Object.fromEntries(FINDING_CODES.map((c) => [`miss.${c}`, missed])) as DetailSlice<`miss.${FindingCode}`>;
