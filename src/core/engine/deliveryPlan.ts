import { addDays } from '../rules/calendar';
import type { Delivery, InvoiceLine, ToteLine, ToteVerdict } from '../scenario/deliverySchema';
import type { ResolvedEncounter } from '../scenario/resolve';

/**
 * The expert's way with a delivery, derived from the scenario alone, so the engine, the
 * checkpoints, the hints and the solver agree (pharmacy-rules.md §13.4 and §3.2 "Ordering").
 */

/** What the expert does with one tote line once it is checked. */
export interface LineHandling {
  verdict: ToteVerdict;
  /** A controlled substance goes to the pharmacist for check-in, whatever else is true of it. */
  controlled: boolean;
  /** Put away by the technician: a match, or what did come of a short-shipped line. */
  putAway: boolean;
  /** Reported to the pharmacist for the wholesaler: every discrepancy on a non-controlled line. */
  report: boolean;
}

/** The invoice line a tote line answers (the checker makes sure there is one). */
export const invoiceLineOf = (delivery: Delivery, line: ToteLine): InvoiceLine | undefined =>
  delivery.invoice.find((i) => i.id === line.invoiceLine);

/** What checking the tote line against the invoice finds; the first that applies, most serious first. */
export function toteVerdict(scenario: ResolvedEncounter, delivery: Delivery, line: ToteLine): ToteVerdict {
  const invoiced = invoiceLineOf(delivery, line);
  if (invoiced !== undefined && invoiced.ndc !== line.ndc) return 'substituted';
  if (line.damaged) return 'damaged';
  if (line.expires <= scenario.today) return 'expired';
  if (line.expires <= addDays(scenario.today, scenario.parameters.shortDatedDays)) return 'shortDated';
  if (invoiced !== undefined && line.quantity < invoiced.quantity) return 'short';
  return 'match';
}

/** The schedule of a tote line's product ("II" for a C-II), or null when it is not controlled. */
export function lineSchedule(scenario: ResolvedEncounter, delivery: Delivery, line: ToteLine): string | null {
  const invoiced = invoiceLineOf(delivery, line);
  return invoiced === undefined ? null : (scenario.products.get(invoiced.product)?.schedule ?? null);
}

/** What the expert does with a tote line. */
export function lineHandling(scenario: ResolvedEncounter, delivery: Delivery, line: ToteLine): LineHandling {
  const verdict = toteVerdict(scenario, delivery, line);
  const controlled = lineSchedule(scenario, delivery, line) !== null;
  if (controlled) return { verdict, controlled, putAway: false, report: false };
  return { verdict, controlled, putAway: verdict === 'match' || verdict === 'short', report: verdict !== 'match' };
}

/** The tote lines in the order the expert works them: refrigerated items first, then the rest as unpacked. */
export function expertLineOrder(delivery: Delivery): ToteLine[] {
  return [...delivery.tote.filter((l) => l.storage === 'refrigerator'), ...delivery.tote.filter((l) => l.storage !== 'refrigerator')];
}

/** True when the order of putting away is judged: something goes in the refrigerator and something on the shelf. */
export function fridgeOrderMatters(scenario: ResolvedEncounter, delivery: Delivery): boolean {
  const away = delivery.tote.filter((l) => lineHandling(scenario, delivery, l).putAway);
  return away.some((l) => l.storage === 'refrigerator') && away.some((l) => l.storage !== 'refrigerator');
}

/** One step of the expert's delivery, as the engine names it: a hint, a solver move and a checkpoint all come from it. */
export type DeliveryMove =
  | { kind: 'check'; line: string; verdict: ToteVerdict }
  | { kind: 'putAway'; line: string }
  | { kind: 'report'; line: string }
  | { kind: 'toPharmacist'; line: string; schedule: string }
  | { kind: 'pull'; product: string; lot: string };

/** Every move of the expert's delivery in order: each line checked and dealt with, refrigerated first, then the expired shelf stock pulled. */
export function deliveryMoves(scenario: ResolvedEncounter, delivery: Delivery): DeliveryMove[] {
  const out: DeliveryMove[] = [];
  for (const line of expertLineOrder(delivery)) {
    const h = lineHandling(scenario, delivery, line);
    const id = line.invoiceLine;
    out.push({ kind: 'check', line: id, verdict: h.verdict });
    if (h.controlled) out.push({ kind: 'toPharmacist', line: id, schedule: lineSchedule(scenario, delivery, line) ?? '' });
    if (h.putAway) out.push({ kind: 'putAway', line: id });
    if (h.report) out.push({ kind: 'report', line: id });
  }
  for (const s of delivery.pullFromShelf) out.push({ kind: 'pull', product: s.product, lot: s.lot });
  return out;
}
