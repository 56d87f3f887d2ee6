import type { DetailSlice } from '../../catalogue';
import type { RegisterCode } from '../../families';

/** Dollars as the register shows them. */
const dollars = (n: number): string => `$${n.toFixed(2)}`;

/** The register at pick-up. */
export const REGISTER_DETAILS: DetailSlice<RegisterCode> = {
  'register.none': () => 'This pick-up has no register step.',
  'register.paid': (p) => `You collected ${dollars(p.amount)}, what the bags add up to.`,
  'register.totalCaught': (p) =>
    `The register showed ${dollars(p.shown)}, but the bags add up to ${dollars(p.amount)}: you caught it and collected the right amount.`,
  'register.wrongAmount': (p) =>
    p.shown !== p.amount && p.entered === p.shown
      ? `You collected the ${dollars(p.shown)} the register showed, but the bags add up to ${dollars(p.amount)}.`
      : `You collected ${dollars(p.entered)}, but the bags add up to ${dollars(p.amount)}.`,
  'register.signed': () => 'The patient signed for the counseling offer and the pick-up log.',
  'register.idChecked': () => 'You checked the photo ID for the controlled substance and recorded it.',
  'register.idNotNeeded': () => 'No photo ID is needed for these bags here; you recorded it anyway.',
  'register.bagSetAside': (p) => `You spotted the bag for ${p.name} (${p.drug}) and put it back in will-call.`,
  'register.noOtherBag': () => "That bag is this patient's; it should have gone home with them.",
  'register.otherBagHandedOut': (p) => `The bag for ${p.name} (${p.drug}) went home with the wrong patient.`,
  'register.payment.missed': () => 'The payment was never collected.',
  'register.total.missed': () => "The register's total never got checked against the bags, and the payment was never collected.",
  'register.signature.missed': () => 'The patient never signed for the counseling offer and the pick-up log.',
  'register.photoId.missed': () => 'The photo ID for the controlled substance was never checked.',
  'register.otherBag.missed': (p) => `The bag for ${p.name} (${p.drug}) was never noticed among this patient's bags.`,
};
