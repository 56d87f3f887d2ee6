import type { RejectCode } from '../claims/rejectCodes';
import type { RxRef } from './resultParams';

type None = Record<string, never>;
type OnRx = { rx: RxRef };

/**
 * What each next-step hint carries instead of a sentence. The keys are the stable hint codes;
 * the wording catalogue renders each one.
 */
export interface HintParams {
  'identity.dropoff': None;
  /** line: the patient's question as the scenario writes it. */
  'question.dropoff': { line: string };
  'intake.review': OnRx;
  'entry.enter': OnRx;
  'selection.take': OnRx;
  'selection.scan': OnRx;
  count: OnRx;
  label: OnRx;
  verify: OnRx;
  'pickup.pharmacistBusy': None;
  'pickup.flagStranger': None;
  'question.pickup': { line: string };
  'identity.pickup': None;
  counseling: None;
  handOut: None;
  'claim.submit': OnRx;
  'claim.resolve': OnRx & { reject: RejectCode };
}
