import { say, type Said } from './checkerWords';
import type { Encounter } from './encounterSchema';
import type { Placer } from './placer';
import type { ProblemSink } from './problemSink';

type Path = (string | number)[];

/**
 * What the schema lets through but a delivery cannot be: a delivery that is not type "receive"
 * (or the reverse), prescriptions on a delivery or none on anything else, tote lines that answer
 * no invoice line or the same one twice, more shipped than invoiced, and "expired" shelf stock
 * that is still in date. Each problem names its field.
 */
export function deliveryFacts(encounter: Encounter, place: Placer, sink: ProblemSink): void {
  const add = (path: Path, message: Said) => sink.add(() => place(path, message));
  const delivery = encounter.delivery;
  const receive = encounter.type === 'receive';
  if (!receive && encounter.prescriptions.length === 0) add(['prescriptions'], say('noPrescriptions'));
  if (receive && delivery === undefined) add(['type'], say('receiveWithoutDelivery'));
  if (!receive && delivery !== undefined) add(['type'], say('deliveryNotReceive', { type: encounter.type }));
  if (delivery === undefined) return;
  if (encounter.prescriptions.length > 0) add(['prescriptions'], say('receiveWithPrescriptions'));
  if (encounter.channel !== 'backRoom') add(['channel'], say('receiveNotBackRoom', { channel: encounter.channel }));

  const invoice = new Map<string, number>();
  delivery.invoice.forEach((line, i) => {
    const first = invoice.get(line.id);
    if (first !== undefined) add(['delivery', 'invoice', i, 'id'], say('invoiceLineTwice', { id: line.id, first }));
    else invoice.set(line.id, i);
  });
  const answered = new Set<string>();
  delivery.tote.forEach((line, i) => {
    const at: Path = ['delivery', 'tote', i];
    const invoiced = invoice.get(line.invoiceLine);
    if (invoiced === undefined) {
      add([...at, 'invoiceLine'], say('toteNoInvoiceLine', { id: line.invoiceLine, ids: [...invoice.keys()] }));
      return;
    }
    if (answered.has(line.invoiceLine)) add([...at, 'invoiceLine'], say('toteLineTwice', { id: line.invoiceLine }));
    answered.add(line.invoiceLine);
    const quantity = delivery.invoice[invoiced]!.quantity;
    if (line.quantity > quantity) add([...at, 'quantity'], say('toteOverShipped', { quantity: line.quantity, invoiced: quantity }));
  });
  delivery.pullFromShelf.forEach((bottle, i) => {
    if (bottle.expires > encounter.today) {
      add(['delivery', 'pullFromShelf', i, 'expires'], say('pullNotExpired', { expires: bottle.expires, today: encounter.today }));
    }
  });
}
