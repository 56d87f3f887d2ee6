import type { Resolution } from '../../../claims/rejectCodes';
import type { ClaimReject } from '../../../claims/response';
import type { DetailSlice } from '../../catalogue';
import type { ClaimCode } from '../../families';
import { capital, date, dayCount, rxName } from '../phrases';

/** Each reject as a plan's screen shows it: the NCPDP code and its message. */
export function rejectMessage(r: ClaimReject): string {
  switch (r.code) {
    case '07':
      return 'M/I Cardholder ID';
    case '09':
      return 'M/I Date Of Birth';
    case '19':
      return 'M/I Days Supply';
    case '25':
      return 'M/I Prescriber ID';
    case '41':
      return 'Submit Bill To Other Processor / Primary Payer';
    case '52':
      return 'Non-Matched Cardholder ID';
    case '56':
      return 'Non-Matched Prescriber ID';
    case '65':
      return `Patient Is Not Covered${r.coverageStart !== undefined ? ` (coverage begins ${date(r.coverageStart)})` : ''}`;
    case '69':
      return `Filled After Coverage Terminated${r.coverageEnd !== undefined ? ` (coverage ended ${date(r.coverageEnd)})` : ''}`;
    case '70':
      return 'Product/Service Not Covered';
    case '75':
      return 'Prior Authorization Required';
    case '76':
      return `Plan Limitations Exceeded (${r.limit.kind === 'quantity' ? `quantity limit ${r.limit.max}, billed ${r.limit.billed}` : `days' supply limit ${r.limit.max}, billed ${r.limit.billed}`})`;
    case '79':
      return `Refill Too Soon (last filled ${date(r.lastFill)} for ${dayCount(r.daysSupply)}; next fill on or after ${date(r.nextEligible)})`;
    case '88':
      return `DUR Reject Error (${r.dur.reason === 'therapeuticDuplication' ? 'therapeutic duplication' : 'drug interaction'} with a fill on ${date(r.dur.filled)} at another pharmacy)`;
    case 'E7':
      return 'M/I Quantity Dispensed';
  }
}

/** What each answer to a reject means, as feedback says it. */
export const RESOLUTION_WORDS: Record<Resolution, string> = {
  billSecondary: "billing the patient's other plan",
  adjustToLimit: "adjusting the quantity to the plan's days' supply limit",
  priorAuthorization: 'sending a prior-authorization request to the prescriber and telling the patient what happens next',
  cashPrice: 'offering the cash price',
  nextEligibleDate: 'telling the patient the date the plan will pay the refill',
  toPharmacist: 'sending it to the pharmacist',
  overrideDur: "overriding the plan's DUR reject",
  overrideRefillTooSoon: 'overriding the refill-too-soon reject',
};

const rejected = (p: { rx: Parameters<typeof rxName>[0]; plan: string; reject: ClaimReject }): string =>
  `${p.plan} rejected the claim for ${rxName(p.rx)}: ${p.reject.code} ${rejectMessage(p.reject)}.`;

/** Insurance claims: the plan's answer and how it was answered. */
export const CLAIM_DETAILS: DetailSlice<ClaimCode> = {
  'claim.paid': (p) =>
    `${p.plan} paid the claim for ${rxName(p.rx)} (${p.quantity}): the patient's copay is $${p.copay.toFixed(2)} (tier ${p.tier}).`,
  'claim.rejected.07': rejected,
  'claim.rejected.09': rejected,
  'claim.rejected.19': rejected,
  'claim.rejected.25': rejected,
  'claim.rejected.41': rejected,
  'claim.rejected.52': rejected,
  'claim.rejected.56': rejected,
  'claim.rejected.65': rejected,
  'claim.rejected.69': rejected,
  'claim.rejected.70': rejected,
  'claim.rejected.75': rejected,
  'claim.rejected.76': rejected,
  'claim.rejected.79': rejected,
  'claim.rejected.88': rejected,
  'claim.rejected.E7': rejected,
  'claim.resolved': (p) =>
    `You answered reject ${p.reject.code} on ${rxName(p.rx)} by ${RESOLUTION_WORDS[p.resolution]}${
      p.reject.code === '79' && p.resolution === 'nextEligibleDate' ? ` (${date(p.reject.nextEligible)})` : ''
    }.`,
  'claim.resolution.wrong': (p) =>
    `You answered reject ${p.reject.code} on ${rxName(p.rx)} by ${RESOLUTION_WORDS[p.chose]}; the step for it is ${RESOLUTION_WORDS[p.expected]}.`,
  'claim.override': (p) =>
    `You forced the claim for ${rxName(p.rx)} through by ${RESOLUTION_WORDS[p.override]} (reject ${p.reject.code}) without the pharmacist.`,
  'claim.missed': (p) => `${capital(rxName(p.rx))} was never billed to the patient's plan.`,
  'claim.unresolved': (p) => `The rejected claim for ${rxName(p.rx)} was never answered.`,
  'claim.notBilled': (p) => `This patient has no plan to bill for ${rxName(p.rx)}: it is a cash fill.`,
  'claim.first': (p) => `Submit the claim for ${rxName(p.rx)} (and answer any reject) before you pull the product.`,
  'claim.settled': (p) => `The claim for ${rxName(p.rx)} is already settled.`,
  'claim.nothingToResolve': (p) => `There is no rejected claim on ${rxName(p.rx)} to answer.`,
  'claim.noSecondary': (p) => `The patient has no other plan on file to bill for ${rxName(p.rx)}.`,
};
