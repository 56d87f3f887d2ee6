import type { ActionInput } from '../../../src/state/types';

/** The expert's path through the fixture's clean lisinopril fill. */
export const FILL_ACTIONS: ActionInput[] = [
  { type: 'confirmIdentity', stage: 'dropoff' },
  { type: 'acceptPrescription', rx: 'rx1' },
  { type: 'enterPrescription', rx: 'rx1', entry: { productId: 'lisinopril-10-tab', sig: '1 tab po qam', quantity: 30, daysSupply: 30, refills: 2, daw: 0 } },
  { type: 'selectProduct', rx: 'rx1', productId: 'lisinopril-10-tab' },
  { type: 'scanProduct', rx: 'rx1' },
  { type: 'countProduct', rx: 'rx1', quantity: 30 },
  { type: 'printLabel', rx: 'rx1', auxiliaryLabels: [] },
  { type: 'submitForVerification', rx: 'rx1' },
  { type: 'confirmIdentity', stage: 'pickup' },
  { type: 'offerCounseling' },
  { type: 'respondToQuestion', question: 'copay', response: 'answer' },
  { type: 'respondToQuestion', question: 'ibuprofen', response: 'refer' },
  { type: 'handOut' },
];
