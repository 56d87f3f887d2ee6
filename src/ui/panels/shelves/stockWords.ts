import type { ShortageResolution } from '../../../core';

/** The shelves panel's words about stock: lots, expiry dates, what is on hand and telling the pharmacist it is short. */
export const stockWords = {
  lotsHeading: 'Bottles on the shelf',
  onHand: (n: number, unit: string) => `On hand: ${n} ${unit}`,
  emptySlot: 'Empty slot: none on hand.',
  lot: (lot: string, expires: string) => `Lot ${lot} · Exp ${expires}`,
  takeLot: (name: string, lot: string, expires: string) => `Take ${name}, lot ${lot}, expires ${expires}`,
  takeLotButton: 'Take this one',
  inHandLot: (lot: string, expires: string) => `Lot ${lot}, expires ${expires}`,
  shortageHeading: 'Short on the shelf?',
  shortageHint: 'If there is less on the shelf than the prescription needs, tell the pharmacist and propose what to do.',
  shortageDone: 'You told the pharmacist about the shortage.',
  propose: {
    partialFill: 'Tell the pharmacist: fill what we have, owe the rest',
    orderTomorrow: 'Tell the pharmacist: order it for tomorrow',
    transfer: 'Tell the pharmacist: transfer it to another pharmacy',
  } satisfies Record<ShortageResolution, string>,
} as const;
