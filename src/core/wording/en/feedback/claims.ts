import type { FeedbackSlice } from '../../catalogue';
import type { ClaimCode } from '../../families';

/** Insurance claims: each reject says why the plan refused and what the technician does next (pharmacy-rules.md §6.1). */
export const CLAIM_FEEDBACK: FeedbackSlice<ClaimCode> = {
  'claim.paid': {
    what: '{detail}',
    why: 'A paid claim means the plan agrees who the patient is, who prescribed, and that the drug, quantity and days are covered.',
    how: 'Keep billing from the card in hand and the prescription, then tell the patient the copay at pick-up.',
  },
  'claim.rejected.07': {
    what: '{detail}',
    why: 'Without a cardholder ID the plan cannot find the patient at all.',
    how: 'Type the member ID exactly as the card shows it, then resubmit.',
  },
  'claim.rejected.09': {
    what: '{detail}',
    why: 'The plan matches the date of birth to the person code: a dependant billed as 01 (the cardholder) has the wrong birthday on file.',
    how: "Check the person code on the card (01 cardholder, 02 spouse, 03 and up dependants) and the patient's date of birth, correct them and resubmit.",
  },
  'claim.rejected.19': {
    what: '{detail}',
    why: "A missing or impossible days' supply stops the plan from timing refills and checking limits.",
    how: "Work out the days' supply from the quantity and the sig, correct the entry and resubmit.",
  },
  'claim.rejected.25': {
    what: '{detail}',
    why: 'Every claim needs a valid 10-digit NPI; one that fails its check digit is a typo or a wrong number.',
    how: 'Look the prescriber up in the NPI registry, bill their own NPI and resubmit; if you cannot find it, ask the pharmacist.',
  },
  'claim.rejected.41': {
    what: '{detail}',
    why: "This plan pays only after the patient's other insurance (coordination of benefits): the primary payer must be billed first.",
    how: 'Ask for every card the patient has, bill the primary plan first, and the secondary only for what is left.',
  },
  'claim.rejected.52': {
    what: '{detail}',
    why: 'The member ID sent does not match anyone the plan covers: usually an old card or a typo on the profile.',
    how: 'Compare the member ID on the card in hand with the profile, correct it and resubmit.',
  },
  'claim.rejected.56': {
    what: '{detail}',
    why: "The plan matches the NPI to the prescriber; a practice's group NPI or another prescriber's is refused.",
    how: "Look up the prescriber's own NPI in the registry, correct it and resubmit.",
  },
  'claim.rejected.65': {
    what: '{detail}',
    why: 'The plan does not cover this patient on this date, so it will not pay.',
    how: 'Check eligibility and ask about other insurance: bill the other plan if there is one, otherwise offer the cash price.',
  },
  'claim.rejected.69': {
    what: '{detail}',
    why: "The patient's coverage ended before today's fill; the plan will not pay after it ends.",
    how: 'Ask whether the patient has new insurance and bill it; without one, offer the cash price and suggest they call their plan.',
  },
  'claim.rejected.70': {
    what: '{detail}',
    why: 'The plan excludes this product, so no correction of the claim will make it pay.',
    how: 'Offer the cash or discount price; if the patient cannot pay it, the pharmacist can ask the prescriber about a covered alternative.',
  },
  'claim.rejected.75': {
    what: '{detail}',
    why: 'The plan pays for this drug only after the prescriber shows why the patient needs it (prior authorization).',
    how: 'Send a prior-authorization request to the prescriber and tell the patient it usually takes a few business days; offer the cash price if they cannot wait.',
  },
  'claim.rejected.76': {
    what: '{detail}',
    why: "The claim is over the plan's quantity or days' supply limit for one fill.",
    how: "If it is a days' supply limit, fill the quantity that fits it at the same dose (the rest stays as refills); a quantity limit the dose cannot meet needs a prior authorization.",
  },
  'claim.rejected.79': {
    what: '{detail}',
    why: "The plan pays a refill only once most of the last fill's days' supply has been used.",
    how: 'Tell the patient the date the refill will go through; a vacation or lost-medication override is for the pharmacist to arrange.',
  },
  'claim.rejected.88': {
    what: '{detail}',
    why: "The plan's drug-use review found a problem with another fill; deciding whether it is safe is the pharmacist's clinical call.",
    how: 'Send it to the pharmacist; never override a DUR reject yourself.',
  },
  'claim.rejected.E7': {
    what: '{detail}',
    why: 'A missing or impossible quantity cannot be priced or checked against limits.',
    how: 'Enter the quantity exactly as prescribed and resubmit.',
  },
  'claim.resolved': {
    what: '{detail}',
    why: 'Each reject has its own fix, and the patient leaves knowing what happens next.',
    how: 'Keep reading the reject code and its message before you act on it.',
  },
  'claim.resolution.wrong': {
    what: '{detail}',
    why: 'The wrong answer to a reject leaves the patient without their medicine, paying more than they need, or with a fill the plan will not pay.',
    how: 'Read the reject code first: entry rejects are corrected and resubmitted, coverage rejects go to another plan or cash, 75 is a prior authorization, 79 is a date, 88 is the pharmacist.',
  },
  'claim.override': {
    what: '{detail}',
    why: 'A DUR or early-refill override is a professional judgement with its own codes; a technician who enters one acts outside their scope.',
    how: 'Send DUR rejects and early-refill requests to the pharmacist, who decides whether to override.',
  },
  'claim.missed': {
    what: '{detail}',
    why: 'A prescription filled without a claim is never paid, and the patient is charged the wrong amount.',
    how: 'After data entry, submit the claim and wait for the plan to pay before you pull the product.',
  },
  'claim.unresolved': {
    what: '{detail}',
    why: 'A reject nobody answers leaves the patient waiting at the counter with no medicine and no plan.',
    how: 'Answer every reject: correct and resubmit, bill another plan, prior authorization, cash, the next date, or the pharmacist.',
  },
  'claim.notBilled': {
    what: '{detail}',
    why: 'A cash patient has no plan to bill.',
    how: 'Go on to pull the product.',
  },
  'claim.first': {
    what: '{detail}',
    why: 'Pulling and counting a drug the plan will not pay for wastes time and stock.',
    how: 'Submit the claim at the data-entry station first.',
  },
  'claim.settled': {
    what: '{detail}',
    why: 'Billing a settled claim again would bill the plan twice.',
    how: 'Go on to pull the product.',
  },
  'claim.nothingToResolve': {
    what: '{detail}',
    why: 'Only a rejected claim needs an answer.',
    how: 'Submit the claim first and read what the plan says.',
  },
  'claim.noSecondary': {
    what: '{detail}',
    why: 'There is no other card on file to bill.',
    how: 'Ask the patient for any other insurance, or offer the cash price.',
  },
};
