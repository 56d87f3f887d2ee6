import type { LocalText } from '../scenario/primitives';
import type { RejectCode } from '../claims/rejectCodes';
import type { ProductRef, RxRef, ToteRef } from './resultParams';

type OnLine = { line: ToteRef };

type None = Record<string, never>;
type OnRx = { rx: RxRef };

/**
 * What each next-step hint carries instead of a sentence. The keys are the stable hint codes;
 * the wording catalogue renders each one.
 */
export interface HintParams {
  'identity.dropoff': None;
  /** line: the patient's question as the scenario writes it. */
  'question.dropoff': { line: LocalText };
  'intake.review': OnRx;
  'entry.enter': OnRx;
  'selection.take': OnRx;
  'selection.scan': OnRx;
  count: OnRx;
  label: OnRx;
  verify: OnRx;
  'pickup.pharmacistBusy': None;
  'pickup.flagStranger': None;
  'question.pickup': { line: LocalText };
  'identity.pickup': None;
  counseling: None;
  handOut: None;
  'error.tell': None;
  'error.keep': None;
  'error.contact': None;
  'error.report': None;
  'call.lookUp': OnRx;
  /** caller: who is on the line, as the scenario names them. */
  'call.decide': { caller: string };
  'register.photoId': None;
  'register.collect': None;
  'register.sign': None;
  'claim.submit': OnRx;
  'claim.resolve': OnRx & { reject: RejectCode };
  'receive.check': OnLine;
  'receive.putAway': OnLine;
  'receive.report': OnLine;
  'receive.toPharmacist': OnLine;
  'receive.pull': { lot: string; product: ProductRef };
  /** Every move of the delivery is made; it ends by itself, or the student finishes it. */
  'receive.finish': None;
}
