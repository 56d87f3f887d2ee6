import type { DetailSlice } from '../../catalogue';
import type { ReceiveCode } from '../../families';
import type { ToteRef } from '../../../engine/resultParams';
import type { ToteVerdict } from '../../../scenario/deliverySchema';
import { date, productName, quotedList } from '../phrases';

/** What each finding on a tote line means, as a clause. */
const VERDICT: Record<ToteVerdict, string> = {
  match: 'it matches the invoice',
  short: 'fewer came than were invoiced (short-shipped)',
  damaged: 'it arrived damaged',
  substituted: 'a different NDC came than was ordered (a substitution)',
  expired: 'its lot has already expired',
  shortDated: 'its lot expires too soon to keep (short-dated)',
};
const name = (l: ToteRef): string => `${productName(l.product)} (line ${l.id}, lot ${l.lot})`;
const schedule = (s: string): string =>
  s === 'II' ? 'a C-II, received against DEA Form 222 or its electronic equivalent (CSOS)' : `a C-${s}`;

/** Receiving a wholesaler delivery. */
export const RECEIVE_DETAILS: DetailSlice<ReceiveCode> = {
  'receive.none': () => 'There is no delivery to receive in this encounter.',
  'receive.unknownLine': (p) => `There is no tote line for invoice line "${p.line}"; the lines are ${quotedList(p.lines)}.`,
  'receive.checkFirst': (p) => `Check ${name(p.line)} against the invoice before you deal with it.`,
  'receive.alreadyDone': (p) => `You have already done that with ${name(p.line)}.`,
  'receive.checked': (p) => `You checked ${name(p.line)} against the invoice: ${VERDICT[p.verdict]}.`,
  'receive.misjudged': (p) =>
    `You found that ${VERDICT[p.said]} for ${name(p.line)}; in fact ${VERDICT[p.verdict]} (invoiced ${p.line.invoiced} of NDC ${p.line.invoicedNdc}; came ${p.line.quantity} of NDC ${p.line.ndc}, expiring ${date(p.line.expires)}).`,
  'receive.putAway': (p) => `You put ${name(p.line)} away ${p.storage === 'refrigerator' ? 'in the refrigerator' : 'on the shelf'}.`,
  'receive.putAwayHeld': (p) => `You put ${name(p.line)} on the shelf although ${VERDICT[p.verdict]}.`,
  'receive.putAwayControlled': (p) => `You checked in and shelved ${name(p.line)} yourself; it is ${schedule(p.schedule)}.`,
  'receive.fridgeFirst': () => 'You put the refrigerated items away before the shelf stock.',
  'receive.fridgeLate': (p) => `You shelved room-temperature stock while ${name(p.line)} was still waiting for the refrigerator.`,
  'receive.reported': (p) => `You reported ${name(p.line)} to the pharmacist for the wholesaler: ${VERDICT[p.verdict]}.`,
  'receive.reportNothing': (p) => `You reported ${name(p.line)}, but it matches the invoice.`,
  'receive.controlledToPharmacist': (p) =>
    `${name(p.line)} is ${schedule(p.schedule)}: hand it to the pharmacist, who checks it in and reports any discrepancy.`,
  'receive.handedOver': (p) => `You handed ${name(p.line)} to the pharmacist for check-in: it is ${schedule(p.schedule)}.`,
  'receive.notControlled': (p) => `${name(p.line)} is not a controlled substance: you check it in yourself.`,
  'receive.pulled': (p) => `You pulled lot ${p.lot} of ${productName(p.product)}, expired on ${date(p.expires)}, into quarantine.`,
  'receive.unknownLot': (p) =>
    p.lots.length === 0
      ? `There is no expired lot "${p.lot}" to pull.`
      : `There is no expired lot "${p.lot}" to pull; the lots are ${quotedList(p.lots)}.`,
  'receive.alreadyPulled': (p) => `Lot ${p.lot} of ${productName(p.product)} is already in quarantine.`,
  'receive.check.missed': (p) => `${name(p.line)} was never checked against the invoice.`,
  'receive.putAway.missed': (p) => `${name(p.line)} was never put away.`,
  'receive.fridgeFirst.missed': () => 'The refrigerated and shelf items were not both put away, so the refrigerator did not come first.',
  'receive.report.missed': (p) => `The discrepancy on ${name(p.line)} was never reported.`,
  'receive.controlled.missed': (p) => `${name(p.line)}, ${schedule(p.schedule)}, never went to the pharmacist for check-in.`,
  'receive.pull.missed': (p) => `Lot ${p.lot} of ${productName(p.product)}, expired on ${date(p.expires)}, was left on the shelf.`,
};
