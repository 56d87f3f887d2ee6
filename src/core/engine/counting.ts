import { info, onCheckpoint, say, type Move } from './judge';
import { firstDo, isNudge, workable } from './order';
import type { EncounterState } from './state';

/** Counted or measured amount placed in the vial; a recount is allowed until the basket goes to the pharmacist. */
export function countProduct(state: EncounterState, index: number, rx: string, quantity: number): Move {
  const w = workable(state, index, rx, 'count');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'count' as const, rx };
  const status = w.progress.status;
  if (status === 'intake' || status === 'entry' || status === 'selection') {
    return say(state, info(index, 'order.scanFirst', where, `Count after you have scanned the product. ${firstDo(w, state)}`));
  }
  const unit = state.scenario.products.get(w.prescription.product)?.dispenseUnit ?? 'unit';
  const wanted = w.prescription.quantity;
  const shown = Number.isFinite(quantity) ? String(quantity) : 'nothing';
  const right = quantity === wanted;
  const result = onCheckpoint(state, index, 'count', { about: rx, ...where }, {
    code: right ? 'count.correct' : 'count.wrong',
    outcome: right ? 'good' : 'mistake',
    detail: right
      ? `You counted ${wanted} ${plural(unit, wanted)}, as prescribed.`
      : `You counted ${shown}; the prescription is for ${wanted} ${plural(unit, wanted)}.`,
  });
  // A recount invalidates a label already printed for the old count.
  const next = { ...w.progress, counted: Number.isFinite(quantity) ? quantity : null, status: 'label' as const, auxiliaryLabels: null };
  return say({ ...state, rx: { ...state.rx, [rx]: next } }, result);
}

/** "tablet" → "tablets" for counts other than one; mL, g and "each" are never pluralised. */
export function plural(unit: string, n: number): string {
  return n === 1 || unit === 'mL' || unit === 'g' || unit === 'each' ? unit : `${unit}s`;
}
