import { actions } from '../../../src/core/engine/actionCreators';
import type { ActionInput } from '../../../src/state/types';

/** The expert's path through the fixture's clean lisinopril fill. */
export const FILL_ACTIONS: ActionInput[] = [
  actions.confirmIdentity('dropoff'),
  actions.acceptPrescription('rx1'),
  actions.enterPrescription('rx1', {
    productId: 'lisinopril-10-tab',
    sig: '1 tab po qam',
    quantity: 30,
    daysSupply: 30,
    refills: 2,
    daw: 0,
  }),
  actions.selectProduct('rx1', 'lisinopril-10-tab'),
  actions.scanProduct('rx1'),
  actions.countProduct('rx1', 30),
  actions.printLabel('rx1', []),
  actions.submitForVerification('rx1'),
  actions.confirmIdentity('pickup'),
  actions.offerCounseling(),
  actions.respondToQuestion('copay', 'answer'),
  actions.respondToQuestion('ibuprofen', 'refer'),
  actions.handOut(),
];
