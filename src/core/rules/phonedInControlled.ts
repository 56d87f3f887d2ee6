import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import { productLabel } from './productNames';

/**
 * CII_PHONED_IN at intake: a C-II prescription that arrived by telephone outside an emergency
 * (domain §3.2: a C-II must be written and signed, or electronic; oral only in an emergency,
 * and then the pharmacist takes it). The technician stops it and hands the call to the pharmacist.
 */
export function checkPhonedInCII(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const product = productOf(scenario, rx.product);
  if (rx.channel !== 'phone' || product.schedule !== 'II' || scenario.call?.emergency === true) return [];
  const { firstName: first, lastName: last } = rx.prescriber;
  return [{ code: 'CII_PHONED_IN', rx: rx.id, step: 'intake', params: { product: productLabel(product), prescriber: { first, last } } }];
}
