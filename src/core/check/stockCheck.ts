import { daysLeft, lotsOf, onHand, usable } from '../engine/stockLots';
import { say } from '../scenario/checkerWords';
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
      out.push(place(['stock', id], say('stockNotOnShelf', { id }), 'warning', 'key'));
    }
  }
  encounter.prescriptions.forEach((rx, i) => {
    const lots = lotsOf(encounter, rx.product);
    if (lots.length > 0 && !lots.some((l) => usable(encounter, l))) {
      const dates = lots.map((l) => `${l.lot} ${l.expires} (${daysLeft(encounter, l)} days)`).join(', ');
      out.push(place(['stock', rx.product, 'lots'], say('noLotInDate', { product: rx.product, days: shortDated, dates }), 'warning'));
    }
    const have = onHand(encounter, rx.product);
    const short = have < rx.quantity;
    if (short && rx.shortage === undefined) {
      out.push(
        place(
          ['prescriptions', i, 'quantity'],
          say('shortWithoutDecision', { have, product: rx.product, quantity: rx.quantity }),
          'warning',
        ),
      );
    }
    if (!short && rx.shortage !== undefined) {
      out.push(
        place(
          ['prescriptions', i, 'shortage'],
          say('shortageButNotShort', { have: Number.isFinite(have) ? have : null, product: rx.product, quantity: rx.quantity }),
          'warning',
          'key',
        ),
      );
    }
    if (short && rx.shortage?.resolution === 'partialFill' && have === 0) {
      out.push(place(['prescriptions', i, 'shortage', 'resolution'], say('partialFillWithNothing', { product: rx.product }), 'warning'));
    }
    if (rx.reconstitute && encounter.products.get(rx.product)?.reconstitution === undefined) {
      out.push(place(['prescriptions', i, 'reconstitute'], say('nothingToReconstitute', { product: rx.product }), 'warning'));
    }
  });
  return out;
}
