import type { ShortageResolution } from '../scenario/encounterSchema';
import { info, onCheckpoint, say, type Move } from './judge';
import { isNudge, workable } from './order';
import { productRef, updateRx } from './progress';
import { shortageOf } from './stockLots';
import type { EncounterState } from './state';

/**
 * The technician tells the pharmacist the shelf is short, proposing a partial fill, an order or a
 * transfer; the scenario's answer stands either way: a partial fill goes on to the count, anything
 * else stays with the pharmacist.
 */
export function reportShortage(state: EncounterState, index: number, rx: string, chosen: ShortageResolution): Move {
  const w = workable(state, index, rx, 'selection');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'selection' as const, rx };
  const product = productRef(state.scenario, w.prescription.product);
  const short = shortageOf(state.scenario, w.prescription);
  if (short === null) return say(state, info(index, 'shortage.notShort', where, { product }));
  if (w.progress.shortageReported) return say(state, info(index, 'order.alreadyDone', where, { done: 'flag' }));
  const unit = state.scenario.products.get(w.prescription.product)?.dispenseUnit ?? 'unit';
  const facts = { product, resolution: short.resolution, onHand: short.onHand, owed: short.owed, unit };
  const result = onCheckpoint(
    state,
    index,
    'selection.shortage',
    { about: rx, ...where },
    chosen === short.resolution
      ? { code: 'shortage.reported', outcome: 'good', params: facts }
      : { code: 'shortage.wrongPlan', outcome: 'mistake', params: { ...facts, chosen } },
  );
  const held = short.resolution !== 'partialFill';
  return say(
    updateRx(state, rx, held ? { shortageReported: true, status: 'held', selectedProductId: null } : { shortageReported: true }),
    result,
  );
}
