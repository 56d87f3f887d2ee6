import { encodeSuspend, type SuspendFit, type SuspendPayload } from '../suspendData';
import type { ScormConnection } from './scormConnection';

/** cmi.suspend_data as one payload shared by the saved progress and the score ledger. */
export interface SuspendSlot {
  readonly payload: SuspendPayload;
  /** How much of the last write fitted. */
  readonly fit: SuspendFit;
  /** Updates part of the payload and writes it (no commit); false when the LMS refused it. */
  write(change: Partial<SuspendPayload>): boolean;
}

/** The slot, starting from what the LMS gave back at launch. */
export function suspendSlot(connection: ScormConnection, initial: SuspendPayload): SuspendSlot {
  let payload = initial;
  let fit: SuspendFit = 'all';
  return {
    get payload() {
      return payload;
    },
    get fit() {
      return fit;
    },
    write(change) {
      payload = { ...payload, ...change };
      const encoded = encodeSuspend(payload);
      fit = encoded.fit;
      return connection.set('cmi.suspend_data', encoded.text, 'your place in the game');
    },
  };
}
