import { sameNdc } from '../rules/ndc';
import type { ResolvedEncounter } from '../scenario/resolve';
import { info, onCheckpoint, say, type Move } from './judge';
import { firstDo, isNudge, workable } from './order';
import { findingFor, hasResult, productName, updateRx } from './progress';
import { checkpointId, CHECKPOINT_KINDS } from './checkpoints';
import type { EncounterState } from './state';

/** True when two products are declared look-alikes (on either side: the pairing is symmetric). */
export function lookAlike(scenario: ResolvedEncounter, a: string, b: string): boolean {
  const pa = scenario.products.get(a);
  const pb = scenario.products.get(b);
  return pa !== undefined && pb !== undefined && a !== b && (pa.lookAlikes.includes(b) || pb.lookAlikes.includes(a));
}

/** A bottle taken from the shelf: right product, a look-alike, or another wrong one. */
export function selectProduct(state: EncounterState, index: number, rx: string, productId: string): Move {
  const w = workable(state, index, rx, 'selection');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'selection' as const, rx };
  if (w.progress.status === 'intake' || w.progress.status === 'entry') {
    return say(state, info(index, 'order.enterFirst', where, `Enter the prescription before you pull stock. ${firstDo(w, state)}`));
  }
  if (w.progress.selectedProductId !== null) {
    const held = productName(state.scenario, w.progress.selectedProductId);
    return say(state, info(index, 'order.handsFull', where, `You are already holding ${held}; put it back before you take another bottle.`));
  }
  if (!state.scenario.products.has(productId)) {
    return say(state, info(index, 'selection.unknownProduct', where, `There is no product "${productId}" on the shelf.`));
  }
  const wanted = w.prescription.product;
  const picked = productName(state.scenario, productId);
  const target = productName(state.scenario, wanted);
  const next = updateRx(state, rx, { selectedProductId: productId });
  const lasa = findingFor(state, 'LASA_RISK', rx);

  if (productId === wanted) {
    const pickId = checkpointId('selection.pick', rx);
    const wasWrong = state.results.some((r) => r.checkpoint === pickId && r.maxPoints > 0 && r.points === 0);
    if (wasWrong && !hasResult(state, 'selection.corrected', rx)) {
      // Putting the wrong bottle back and taking the right one earns back half of the pick.
      const half = CHECKPOINT_KINDS['selection.pick'].points / 2;
      return say(next, {
        ...onCheckpoint(state, index, 'selection.pick', { about: rx, ...where }, { code: 'selection.corrected', outcome: 'good', detail: `You corrected your pick: ${target} is the prescribed product.` }),
        points: half,
        maxPoints: 0,
      });
    }
    const code = lasa !== undefined ? 'catch.LASA_RISK' : 'selection.correct';
    return say(next, onCheckpoint(state, index, 'selection.pick', { about: rx, ...where }, {
      code,
      outcome: 'good',
      detail: lasa !== undefined ? `You took ${target}, not the look-alike beside it. ${lasa.detail}` : `You took ${target}, the prescribed product.`,
      ...(lasa !== undefined ? { finding: 'LASA_RISK' as const } : {}),
    }));
  }
  const alike = lookAlike(state.scenario, productId, wanted);
  const code = alike ? (lasa !== undefined ? 'miss.LASA_RISK' : 'selection.lookalike') : 'selection.wrong';
  return say(next, onCheckpoint(state, index, 'selection.pick', { about: rx, ...where }, {
    code,
    outcome: 'mistake',
    detail: `You picked ${picked}; the prescription is for ${target}.`,
    ...(alike && lasa !== undefined ? { finding: 'LASA_RISK' as const } : {}),
  }));
}

/** The bottle in hand goes back on the shelf (allowed until the count is done). */
export function returnProduct(state: EncounterState, index: number, rx: string): Move {
  const w = workable(state, index, rx, 'selection');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'selection' as const, rx };
  const held = w.progress.selectedProductId;
  if (held === null) return say(state, info(index, 'order.nothingInHand', where, 'You are not holding a bottle for this prescription.'));
  if (w.progress.status !== 'selection' && w.progress.status !== 'count') {
    return say(state, info(index, 'order.alreadyCounted', where, 'The medicine is already counted into the vial; the stock bottle stays at the bench until the pharmacist checks it.'));
  }
  const next = updateRx(state, rx, { selectedProductId: null, scanned: false, status: 'selection' });
  return say(next, info(index, 'selection.returned', where, `You put ${productName(state.scenario, held)} back on the shelf.`));
}

/** The bottle in hand scanned: its NDC must match the product entered (the good or bad beep). */
export function scanProduct(state: EncounterState, index: number, rx: string): Move {
  const w = workable(state, index, rx, 'selection');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'selection' as const, rx };
  const held = w.progress.selectedProductId;
  if (held === null || w.progress.entry === null) {
    return say(state, info(index, 'order.nothingInHand', where, 'Take the stock bottle from the shelf first, then scan it.'));
  }
  if (w.progress.scanned) return say(state, info(index, 'order.alreadyDone', where, 'This bottle is already scanned; count it next.'));
  const bottle = state.scenario.products.get(held);
  const entered = state.scenario.products.get(w.progress.entry.productId);
  if (bottle !== undefined && entered !== undefined && sameNdc(bottle.ndc, entered.ndc)) {
    const result = onCheckpoint(state, index, 'selection.scan', { about: rx, ...where }, {
      code: 'scan.match',
      outcome: 'good',
      detail: `Good beep: NDC ${bottle.ndc} matches the product entered.`,
    });
    return say(updateRx(state, rx, { scanned: true, status: 'count' }), result);
  }
  const enteredName = entered === undefined ? 'the product entered' : `${productName(state.scenario, entered.id)} (${entered.ndc})`;
  return say(state, {
    ...info(index, 'scan.mismatch', where, `Bad beep: the bottle is ${productName(state.scenario, held)} (${bottle?.ndc}), but you entered ${enteredName}.`),
    outcome: 'mistake',
    skill: 'accuracy',
  });
}
