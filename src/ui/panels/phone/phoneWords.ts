import type { CallDecision, CallKind } from '../../../core';

/** Every word the phone station shows (to move into the i18n catalogues with the rest). */
export const phoneWords = {
  noCalls: 'No calls waiting. New prescriptions by phone are taken by the pharmacist.',
  onTheLine: 'On the line',
  ringing: 'The phone is ringing',
  onLine: (caller: string) => `☎ ${caller}: on the phone line`,
  onHold: (caller: string) => `☎ ${caller}: line ringing, on hold`,
  callAbout: 'The call is about',
  lookUp: 'Look up the prescription',
  lookedUp: 'Profile',
  refills: (authorised: number, used: number) => `Refills: ${authorised} authorised, ${used} used, ${Math.max(0, authorised - used)} left.`,
  lastFill: (date: string, days: number) => `Last filled ${date} for a ${days}-day supply.`,
  neverFilled: 'No earlier fill of this medicine on the profile.',
  written: (date: string) => `Written ${date}.`,
  decide: 'What do you do with the call?',
  flag: 'Stop it: flag a problem for the pharmacist',
  done: 'The call is over.',
  kind: {
    refill: 'Refill request',
    newPrescription: 'New prescription called in',
    transfer: 'Transfer request',
    clinicalQuestion: 'Question about a medicine',
  } satisfies Record<CallKind, string>,
  decision: {
    queueRefill: 'Queue the refill for filling',
    explainTooSoon: 'Tell the patient it is too soon, and when it can be filled',
    requestAuthorization: (days: number) =>
      `Send the prescriber a refill-authorization request; tell the patient to expect an answer within ${days} business day${days === 1 ? '' : 's'}`,
    toPharmacist: 'Hand the call to the pharmacist',
    takeVerbalOrder: 'Take the verbal order yourself',
  } satisfies Record<CallDecision, string | ((days: number) => string)>,
};
