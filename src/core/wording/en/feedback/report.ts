import type { FeedbackSlice } from '../../catalogue';
import type { ReportCode } from '../../families';

/** Owning a mistake: what / why / how, blame-free (pharmacy-rules.md §7, §13.1). */
export const REPORT_FEEDBACK: FeedbackSlice<ReportCode> = {
  'error.nothingToOwn': {
    what: '{detail}',
    why: 'The error protocol is for an error that has happened.',
    how: 'Carry on with the work in front of you.',
  },
  'error.told': {
    what: '{detail}',
    why: 'The pharmacist decides what the patient needs and may have to act within minutes; every minute the error stays quiet matters.',
    how: 'Keep telling the pharmacist the moment you find an error, whoever made it.',
  },
  'error.tell.missed': {
    what: '{detail}',
    why: 'Only the pharmacist can judge the harm, call the prescriber and decide what the patient needs.',
    how: 'Tell the pharmacist at once, before anything else.',
  },
  'error.quarantined': {
    what: '{detail}',
    why: 'The pharmacist needs the product to check what was given, and quarantine keeps it from being dispensed again.',
    how: 'Keep bagging and labelling a wrong product for quarantine.',
  },
  'error.reshelved': {
    what: '{detail}',
    why: 'Back on the shelf it can reach another patient, and the pharmacist loses what they need to see.',
    how: 'Put a wrong or returned product in quarantine for the pharmacist; never back on the shelf.',
  },
  'error.discarded': {
    what: '{detail}',
    why: 'The pharmacist and the report need the product itself: its lot, its label and what is in it.',
    how: 'Put it in quarantine for the pharmacist instead of throwing it away.',
  },
  'error.keep.missed': {
    what: '{detail}',
    why: 'A wrong product left lying about can be dispensed again, and the pharmacist needs it to check.',
    how: 'Set the wrong product aside in quarantine straight away.',
  },
  'error.contacted': {
    what: '{detail}',
    why: 'A patient with the wrong medicine at home may take the next dose at any time.',
    how: 'Keep calling straight away with the pharmacist, who speaks to the patient about their health.',
  },
  'error.contact.notNeeded': {
    what: '{detail}',
    why: 'Each step of the protocol fits where the wrong product is now.',
    how: 'Check where the product is: in the pharmacy, with the patient at the counter, or at their home.',
  },
  'error.contact.missed': {
    what: '{detail}',
    why: 'A patient with the wrong medicine at home may take the next dose at any time.',
    how: 'Help the pharmacist call the patient as soon as the pharmacist knows.',
  },
  'report.honest': {
    what: '{detail}',
    why: 'An honest, complete report lets the pharmacy find what set the error up and fix it, so it does not happen to the next patient.',
    how: 'Keep reporting what happened, how it was found and what would prevent it, without blame.',
  },
  'report.incomplete': {
    what: '{detail}',
    why: 'A report that leaves things out cannot show the pharmacy what to change.',
    how: 'Fill in every part: what happened, how it was found, whether it reached the patient, at least one contributing factor and a prevention step.',
  },
  'report.hides': {
    what: '{detail}',
    why: 'A report that hides or plays down an error puts the patient at risk and stops the pharmacy learning from it; reporting is blame-free so that nobody needs to hide.',
    how: 'Report exactly what was dispensed and whether it reached the patient, even when it was your own mistake.',
  },
  'report.blame': {
    what: '{detail}',
    why: 'Errors come from systems as well as people; blame makes people stop reporting.',
    how: 'Name what set the error up (look-alike names, interruptions, workload) instead of who.',
  },
  'report.alreadyFiled': {
    what: '{detail}',
    why: 'One report per error keeps the record clear.',
    how: 'Tell the pharmacist if you need to add something to it.',
  },
  'report.missed': {
    what: '{detail}',
    why: 'Even a near miss the pharmacist caught is worth reporting: it shows where the system let an error through.',
    how: "After any error, complete an error report at the pharmacist's bench.",
  },
};
