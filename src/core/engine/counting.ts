import { info, onCheckpoint, say, type Move } from './judge';
import { isNudge, nextUp, workable } from './order';
import { needsWaterFirst } from './reconstitution';
import { quantityToFill } from './stockLots';
import type { EncounterState } from './state';

/** Counted or measured amount placed in the vial; a recount is allowed until the basket goes to the pharmacist. */
export function countProduct(state: EncounterState, index: number, rx: string, quantity: number): Move {
  const w = workable(state, index, rx, 'count');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'count' as const, rx };
  const status = w.progress.status;
  if (status === 'intake' || status === 'entry' || status === 'selection') {
    return say(state, info(index, 'order.scanFirst', where, { next: nextUp(w, state) }));
  }
  const powder = needsWaterFirst(state, index, rx);
  if (powder !== null) return powder;
  const unit = state.scenario.products.get(w.prescription.product)?.dispenseUnit ?? 'unit';
  // Adjusting to a plan's days' supply limit dispenses less than prescribed (the rest stays as refills);
  // a short shelf dispenses what is on hand.
  const wanted = w.progress.claim?.quantity ?? quantityToFill(state.scenario, w.prescription);
  const right = quantity === wanted;
  const result = onCheckpoint(
    state,
    index,
    'count',
    { about: rx, ...where },
    right
      ? { code: 'count.correct', outcome: 'good', params: { quantity: wanted, unit } }
      : {
          code: 'count.wrong',
          outcome: 'mistake',
          params: { counted: Number.isFinite(quantity) ? quantity : null, quantity: wanted, unit },
        },
  );
  // A recount invalidates a label already printed for the old count.
  const next = {
    ...w.progress,
    counted: Number.isFinite(quantity) ? quantity : null,
    status: 'label' as const,
    auxiliaryLabels: null,
    beyondUseDate: null,
  };
  return say({ ...state, rx: { ...state.rx, [rx]: next } }, result);
}
