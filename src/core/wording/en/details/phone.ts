import type { CallDecision } from '../../../engine/actions';
import type { CallFacts } from '../../../engine/resultParams';
import type { CallKind } from '../../../scenario/encounterSchema';
import type { DetailSlice } from '../../catalogue';
import type { PhoneCode } from '../../families';
import { capital, date, refillCount, rxName } from '../phrases';

/** Each call kind as a sentence names it. */
const CALL_KINDS: Record<CallKind, string> = {
  refill: 'a refill request',
  newPrescription: 'a new prescription called in',
  transfer: 'a transfer request from another pharmacy',
  clinicalQuestion: 'a clinical question',
};

/** What was done with the call, in the past tense. */
function done(p: CallFacts): string {
  const rx = rxName(p.rx);
  switch (p.decision) {
    case 'queueRefill':
      return `You queued the refill of ${rx} for filling`;
    case 'explainTooSoon':
      return `You told the patient ${rx} is too soon to refill${p.earliest !== undefined ? ` and that it can be filled from ${date(p.earliest)}` : ''}`;
    case 'requestAuthorization':
      return `You sent the prescriber a refill-authorization request for ${rx}${p.expectDays !== undefined ? ` and told the patient to expect an answer within ${p.expectDays} business day${p.expectDays === 1 ? '' : 's'}` : ''}`;
    case 'toPharmacist':
      return `You handed ${CALL_KINDS[p.kind]} about ${rx} to the pharmacist`;
    case 'takeVerbalOrder':
      return `You took the verbal order for ${rx} yourself`;
  }
}

/** What the expert does with a call, as an instruction. */
const SHOULD: Record<CallDecision, string> = {
  queueRefill: 'queue the refill: refills are left and it is not too soon',
  explainTooSoon: 'tell the patient it is too soon and give the date it can be filled',
  requestAuthorization: 'send the prescriber a refill-authorization request and tell the patient when to expect it',
  toPharmacist: 'hand the call to the pharmacist',
  takeVerbalOrder: 'take the verbal order yourself (this state allows it for a non-controlled drug)',
};

/** The phone: looking a prescription up, and what was done with the call. */
export const PHONE_DETAILS: DetailSlice<PhoneCode> = {
  'call.none': () => 'There is no phone call in this encounter.',
  'call.lookedUp': (p) =>
    `${capital(rxName(p.rx))}: ${refillCount(p.refills)} authorised, ${p.used} used${p.lastFill !== undefined ? `, last filled ${date(p.lastFill)}` : ''}${p.earliest !== undefined ? `; the earliest refill date is ${date(p.earliest)}` : ''}.`,
  'call.handled': (p) => `${done(p)}.`,
  'call.wrongDecision': (p) =>
    p.expected === null
      ? `${done(p)}, but this call had to be stopped: flag the C-II called in by phone for the pharmacist.`
      : `${done(p)}; the right thing was to ${SHOULD[p.expected]}.`,
  'call.outOfScope': (p) =>
    p.phonedInCII
      ? `You took a telephoned C-II order for ${rxName(p.rx)} yourself: only the pharmacist may take one, and only in an emergency.`
      : `You took a new verbal order for ${rxName(p.rx)} yourself; in this state only the pharmacist may take one.`,
  'call.lookup.missed': (p) => `You never looked ${rxName(p.rx)} up before deciding what to do with the call.`,
  'call.missed': (p) => `The call about ${rxName(p.rx)} was never dealt with; the right thing was to ${SHOULD[p.expected]}.`,
};
