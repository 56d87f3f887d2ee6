import type { RxStatus } from '../../../core';

/** Where a prescription stands, in the words a technician would use. */
export const RX_STATUS_WORDS: Record<RxStatus, string> = {
  intake: 'At drop-off',
  entry: 'Ready for data entry',
  selection: 'Pick the product',
  count: 'Ready to count',
  label: 'Ready to label',
  verify: 'Ready for the pharmacist',
  verified: 'Checked and bagged',
  held: 'Stopped: with the pharmacist',
};
