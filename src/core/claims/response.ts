import type { RejectCode } from './rejectCodes';

/** A plan limit that a claim went over: a quantity per fill, or a days' supply. */
export interface PlanLimit {
  kind: 'quantity' | 'daysSupply';
  max: number;
  billed: number;
}

/** Why the plan's DUR stopped the claim: a duplicate therapy or an interaction with a fill it knows of. */
export interface DurConflict {
  reason: 'therapeuticDuplication' | 'drugInteraction';
  /** The product of the other fill. */
  with: string;
  /** The date of the other fill. */
  filled: string;
}

/** A rejected claim: the NCPDP code and what a real plan screen shows with it. */
export type ClaimReject =
  | { code: Exclude<RejectCode, '65' | '69' | '76' | '79' | '88'> }
  | { code: '65' | '69'; coverageStart?: string; coverageEnd?: string }
  | { code: '76'; limit: PlanLimit }
  | { code: '79'; lastFill: string; daysSupply: number; nextEligible: string; percent: number }
  | { code: '88'; dur: DurConflict };

/** What the plan answered: paid with the patient's copay, or a reject. */
export type ClaimResponse = { status: 'paid'; copay: number; tier: number } | ({ status: 'rejected' } & ClaimReject);

/** The reject in a response, or undefined when it was paid. */
export function rejectOf(response: ClaimResponse): ClaimReject | undefined {
  if (response.status === 'paid') return undefined;
  const { status: _status, ...reject } = response;
  return reject as ClaimReject;
}
