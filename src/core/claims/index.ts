/** Insurance claims: the plan's record, the pharmacy's submission and the adjudication (pure). */
export { adjudicate, type ClaimSubmission, type KnownFill, type PlanRecord } from './adjudicate';
export { claimRequired, expertBilling, hasSecondary, planRecord, profileBilling, type ClaimBilling } from './planRecord';
export { HOLDS, OUT_OF_SCOPE, PAYERS, REJECT_CODES, RESOLUTIONS, type Payer, type RejectCode, type Resolution } from './rejectCodes';
export { rejectOf, type ClaimReject, type ClaimResponse, type DurConflict, type PlanLimit } from './response';
