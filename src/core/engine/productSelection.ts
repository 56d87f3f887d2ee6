import { sameNdc } from '../rules/ndc';
import type { ResolvedEncounter } from '../scenario/resolve';
import { info, onCheckpoint, say, type Move, type Verdict } from './judge';
import { daysLeft, lotsOf, lotTaken, usable, type Lot } from './stockLots';
import { isNudge, nextUp, workable } from './order';
import { claimPending } from './claims';
import { findingFor, hasResult, productRef, rxRef, updateRx } from './progress';
import { checkpointId, CHECKPOINT_KINDS } from './checkpoints';
import type { EncounterState } from './state';

/** True when two products are declared look-alikes (on either side: the pairing is symmetric). */
export function lookAlike(scenario: ResolvedEncounter, a: string, b: string): boolean {
  const pa = scenario.products.get(a);
  const pb = scenario.products.get(b);
  return pa !== undefined && pb !== undefined && a !== b && (pa.lookAlikes.includes(b) || pb.lookAlikes.includes(a));
}

/**
 * The prescribed product taken in an expired or short-dated bottle is a mistake on the pick;
 * taken in date while an out-of-date bottle of it sits on the shelf, it is the catch.
 */
function expiryVerdict(state: EncounterState, productId: string, lot: Lot | null): Verdict | null {
  if (lot === null) return null;
  const { scenario } = state;
  const product = productRef(scenario, productId);
  if (!usable(scenario, lot)) {
    const soon = daysLeft(scenario, lot) >= 0;
    const shortDatedDays = scenario.parameters.shortDatedDays;
    return {
      code: 'selection.expired',
      outcome: 'mistake',
      params: { product, lot: lot.lot, expires: lot.expires, today: scenario.today, soon, shortDatedDays },
    };
  }
  const outOfDate = lotsOf(scenario, productId).some((l) => !usable(scenario, l));
  return outOfDate ? { code: 'selection.inDate', outcome: 'good', params: { product, lot: lot.lot, expires: lot.expires } } : null;
}

/** A bottle taken from the shelf: right product, a look-alike, or another wrong one; and the lot's expiry date. */
export function selectProduct(state: EncounterState, index: number, rx: string, productId: string, lot?: string): Move {
  const w = workable(state, index, rx, 'selection');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'selection' as const, rx };
  if (w.progress.status === 'intake' || w.progress.status === 'entry') {
    return say(state, info(index, 'order.enterFirst', where, { next: nextUp(w, state) }));
  }
  // The product is pulled once the plan (or the patient, in cash) will pay for it.
  if (claimPending(state, rx)) return say(state, info(index, 'claim.first', { step: 'entry', rx }, { rx: rxRef(state.scenario, rx) }));
  if (w.progress.selectedProductId !== null) {
    return say(state, info(index, 'order.handsFull', where, { holding: productRef(state.scenario, w.progress.selectedProductId) }));
  }
  if (!state.scenario.products.has(productId)) return say(state, info(index, 'selection.unknownProduct', where, { productId }));
  const wanted = w.prescription.product;
  const picked = productRef(state.scenario, productId);
  const target = productRef(state.scenario, wanted);
  const bottle = lotTaken(state.scenario, productId, lot);
  if (bottle === undefined) {
    const lots = lotsOf(state.scenario, productId).map((l) => l.lot);
    return say(state, info(index, 'selection.unknownLot', where, { product: picked, lot: lot ?? '', lots }));
  }
  const next = updateRx(state, rx, { selectedProductId: productId, lot: bottle?.lot ?? null });
  const lasa = findingFor(state, 'LASA_RISK', rx);
  const expiry = productId === wanted ? expiryVerdict(state, productId, bottle) : null;

  if (expiry !== null && expiry.outcome === 'mistake') {
    return say(next, onCheckpoint(state, index, 'selection.pick', { about: rx, ...where }, expiry));
  }
  if (productId === wanted) {
    const pickId = checkpointId('selection.pick', rx);
    const wasWrong = state.results.some((r) => r.checkpoint === pickId && r.maxPoints > 0 && r.points === 0);
    if (wasWrong && !hasResult(state, 'selection.corrected', rx)) {
      // Putting the wrong bottle back and taking the right one earns back half of the pick.
      const half = CHECKPOINT_KINDS['selection.pick'].points / 2;
      return say(next, {
        ...onCheckpoint(
          state,
          index,
          'selection.pick',
          { about: rx, ...where },
          { code: 'selection.corrected', outcome: 'good', params: { product: target } },
        ),
        points: half,
        maxPoints: 0,
      });
    }
    return say(
      next,
      onCheckpoint(
        state,
        index,
        'selection.pick',
        { about: rx, ...where },
        lasa !== undefined
          ? { code: 'catch.LASA_RISK', outcome: 'good', finding: 'LASA_RISK', params: { via: 'pick', product: target, finding: lasa } }
          : (expiry ?? { code: 'selection.correct', outcome: 'good', params: { product: target } }),
      ),
    );
  }
  const alike = lookAlike(state.scenario, productId, wanted);
  return say(
    next,
    onCheckpoint(
      state,
      index,
      'selection.pick',
      { about: rx, ...where },
      !alike
        ? { code: 'selection.wrong', outcome: 'mistake', params: { picked, wanted: target } }
        : lasa !== undefined
          ? { code: 'miss.LASA_RISK', outcome: 'mistake', finding: 'LASA_RISK', params: { via: 'pick', picked, wanted: target } }
          : { code: 'selection.lookalike', outcome: 'mistake', params: { picked, wanted: target } },
    ),
  );
}

/** The bottle in hand goes back on the shelf (allowed until the count is done). */
export function returnProduct(state: EncounterState, index: number, rx: string): Move {
  const w = workable(state, index, rx, 'selection');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'selection' as const, rx };
  const held = w.progress.selectedProductId;
  if (held === null) return say(state, info(index, 'order.nothingInHand', where, { doing: 'return' }));
  if (w.progress.status !== 'selection' && w.progress.status !== 'count') return say(state, info(index, 'order.alreadyCounted', where, {}));
  const next = updateRx(state, rx, { selectedProductId: null, lot: null, scanned: false, reconstituted: false, status: 'selection' });
  return say(next, info(index, 'selection.returned', where, { product: productRef(state.scenario, held) }));
}

/** The bottle in hand scanned: its NDC must match the product entered (the good or bad beep). */
export function scanProduct(state: EncounterState, index: number, rx: string): Move {
  const w = workable(state, index, rx, 'selection');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'selection' as const, rx };
  const held = w.progress.selectedProductId;
  if (held === null || w.progress.entry === null) {
    return say(state, info(index, 'order.nothingInHand', where, { doing: 'scan' }));
  }
  if (w.progress.scanned) return say(state, info(index, 'order.alreadyDone', where, { done: 'scan' }));
  const bottle = state.scenario.products.get(held);
  const entered = state.scenario.products.get(w.progress.entry.productId);
  if (bottle !== undefined && entered !== undefined && sameNdc(bottle.ndc, entered.ndc)) {
    const result = onCheckpoint(
      state,
      index,
      'selection.scan',
      { about: rx, ...where },
      {
        code: 'scan.match',
        outcome: 'good',
        params: { ndc: bottle.ndc },
      },
    );
    return say(updateRx(state, rx, { scanned: true, status: 'count' }), result);
  }
  return say(state, {
    ...info(index, 'scan.mismatch', where, {
      bottle: productRef(state.scenario, held),
      ...(bottle !== undefined ? { bottleNdc: bottle.ndc } : {}),
      ...(entered !== undefined ? { entered: { product: productRef(state.scenario, entered.id), ndc: entered.ndc } } : {}),
    }),
    outcome: 'mistake',
    skill: 'accuracy',
  });
}
