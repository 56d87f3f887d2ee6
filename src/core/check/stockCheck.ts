import { daysLeft, lotsOf, onHand, usable } from '../engine/stockLots';
import type { Placer } from '../scenario/placer';
import type { Problem } from '../scenario/problems';
import type { ResolvedEncounter } from '../scenario/resolve';

/**
 * Stock, shortages and reconstitution that cannot play as the author means: stock for a product
 * not on the shelf, a prescribed product with no bottle in date, a short shelf without the
 * pharmacist's decision (or a decision with nothing short), and a powder to make up whose product
 * has no reconstitution facts.
 */
export function stockAndPrepWarnings(encounter: ResolvedEncounter, place: Placer): Problem[] {
  const out: Problem[] = [];
  const shelf = new Set(encounter.shelf);
  const shortDated = encounter.parameters.shortDatedDays;
  for (const id of Object.keys(encounter.stock)) {
    if (!shelf.has(id)) {
      out.push(
        place(
          ['stock', id],
          `stock is given for "${id}", which is not on the shelf: add it to "shelf", or remove this entry`,
          'warning',
          'key',
        ),
      );
    }
  }
  encounter.prescriptions.forEach((rx, i) => {
    const lots = lotsOf(encounter, rx.product);
    if (lots.length > 0 && !lots.some((l) => usable(encounter, l))) {
      const dates = lots.map((l) => `${l.lot} ${l.expires} (${daysLeft(encounter, l)} days)`).join(', ');
      out.push(
        place(
          ['stock', rx.product, 'lots'],
          `every lot of "${rx.product}" is expired or expires within ${shortDated} days of today (${dates}), so the student can never take a bottle in date: add a lot that expires later`,
          'warning',
        ),
      );
    }
    const have = onHand(encounter, rx.product);
    const short = have < rx.quantity;
    if (short && rx.shortage === undefined) {
      out.push(
        place(
          ['prescriptions', i, 'quantity'],
          `only ${have} of "${rx.product}" is on hand for a quantity of ${rx.quantity}: add "shortage": { "resolution": "partialFill" } (or "orderTomorrow" or "transfer") to say what the pharmacist decides`,
          'warning',
        ),
      );
    }
    if (!short && rx.shortage !== undefined) {
      out.push(
        place(
          ['prescriptions', i, 'shortage'],
          `"shortage" is given, but the shelf is not short (${Number.isFinite(have) ? `${have} on hand` : 'no stock.onHand is given'} for a quantity of ${rx.quantity}): set stock["${rx.product}"].onHand below the quantity, or remove "shortage"`,
          'warning',
          'key',
        ),
      );
    }
    if (short && rx.shortage?.resolution === 'partialFill' && have === 0) {
      out.push(
        place(
          ['prescriptions', i, 'shortage', 'resolution'],
          `a partial fill needs something on hand, but stock["${rx.product}"].onHand is 0: use "orderTomorrow" or "transfer", or put some on hand`,
          'warning',
        ),
      );
    }
    if (rx.reconstitute && encounter.products.get(rx.product)?.reconstitution === undefined) {
      out.push(
        place(
          ['prescriptions', i, 'reconstitute'],
          `"${rx.product}" has no "reconstitution" facts in the catalog (water volume, storage, beyond-use days), so there is nothing to make up: choose a powder for suspension, or remove "reconstitute"`,
          'warning',
        ),
      );
    }
  });
  return out;
}
