import { z } from 'zod';
import { STORAGE_PLACES } from './catalogSchema';
import { isoDate, productRef, slug, text } from './primitives';

/**
 * What a technician can find when a tote line is checked against its invoice line
 * (pharmacy-rules.md §13.4): it matches, fewer came than were invoiced, it arrived damaged,
 * a different NDC came in its place, or its lot is expired or too short-dated to keep.
 */
export const TOTE_VERDICTS = ['match', 'short', 'damaged', 'substituted', 'expired', 'shortDated'] as const;
export type ToteVerdict = (typeof TOTE_VERDICTS)[number];

const invoiceLine = z
  .strictObject({
    id: slug.meta({ description: 'Short id of this invoice line; the tote line that answers it names it.', examples: ['1'] }),
    product: productRef.meta({
      description: 'The product ordered (its strength and schedule come from the catalog).',
      examples: ['lisinopril-10-tab'],
    }),
    ndc: text.meta({ description: 'The NDC ordered, as the invoice prints it.', examples: ['0093-4155-73'] }),
    quantity: z
      .number()
      .int()
      .positive()
      .meta({ description: 'How many packages were invoiced.', examples: [2] }),
  })
  .meta({ title: 'Invoice line' });

const toteLine = z
  .strictObject({
    invoiceLine: slug.meta({ description: 'The invoice line this tote line answers.', examples: ['1'] }),
    ndc: text.meta({
      description: 'The NDC on the package that came; a different one from the invoice is a substitution.',
      examples: ['93206-311-01'],
    }),
    quantity: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'How many packages came; fewer than invoiced is short-shipped.', examples: [1] }),
    lot: text.meta({ description: 'The lot number on the package.', examples: ['K2207'] }),
    expires: isoDate.meta({
      description: 'The expiry date on the package; expired or short-dated is a discrepancy.',
      examples: ['2027-11-30'],
    }),
    storage: z
      .enum(STORAGE_PLACES)
      .default('room')
      .meta({ description: 'Where it is put away; refrigerated items go first.', examples: ['refrigerator'] }),
    damaged: z
      .boolean()
      .default(false)
      .meta({ description: 'True when the package arrived crushed, leaking or with a broken seal.', examples: [true] }),
  })
  .meta({ title: 'Tote line', description: 'One item in the tote, in the order the technician unpacks it.' });

const shelfLot = z
  .strictObject({
    product: productRef.meta({ description: 'The product on the shelf.', examples: ['lisinopril-10-tab'] }),
    lot: text.meta({ description: 'The lot number on the expired bottle.', examples: ['L0925'] }),
    expires: isoDate.meta({ description: 'Must be on or before today: stock that has expired on the shelf.', examples: ['2026-02-28'] }),
  })
  .meta({ title: 'Expired shelf stock', description: 'A bottle on the shelf that has expired and is pulled into quarantine.' });

/** A wholesaler's delivery: the invoice, the tote, and expired shelf stock to pull while the shelves are open. */
export const deliverySchema = z
  .strictObject({
    wholesaler: text.meta({ description: 'Who sent the delivery, as the receiving block shows it.', examples: ['Cardinal Health'] }),
    invoice: z.array(invoiceLine).min(1).meta({ description: 'The invoice lines: what was ordered and billed.' }),
    tote: z.array(toteLine).min(1).meta({ description: 'What is in the tote, in unpacking order: one line per invoice line.' }),
    pullFromShelf: z.array(shelfLot).default([]).meta({ description: 'Expired stock on the shelf to pull into quarantine.' }),
  })
  .meta({
    title: 'Delivery',
    description:
      'A wholesaler tote to receive (type "receive", channel "backRoom"): check each tote line against the invoice, put refrigerated items away first, report discrepancies, hand controlled substances to the pharmacist.',
  });

export type Delivery = z.output<typeof deliverySchema>;
export type ToteLine = Delivery['tote'][number];
export type InvoiceLine = Delivery['invoice'][number];
