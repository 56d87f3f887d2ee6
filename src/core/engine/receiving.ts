import type { Delivery, ToteLine, ToteVerdict } from '../scenario/deliverySchema';
import { CHECKPOINT_KINDS } from './checkpoints';
import { deliveryMoves, lineHandling, lineSchedule, type DeliveryMove } from './deliveryPlan';
import { info, onCheckpoint, penalty, say, type Move } from './judge';
import { productRef } from './progress';
import type { ToteRef } from './resultParams';
import type { Result } from './results';
import type { DeliveryProgress, EncounterState } from './state';

/**
 * Receiving a wholesaler delivery (pharmacy-rules.md §13.4): each tote line is checked against
 * the invoice, then put away (refrigerated items first), reported, or handed to the pharmacist
 * when it is a controlled substance; expired shelf stock is pulled into quarantine.
 */

const shelf = { step: 'selection' as const };
const desk = { step: 'report' as const };

/** A tote line as feedback names it. */
function toteRef(state: EncounterState, delivery: Delivery, line: ToteLine): ToteRef {
  const invoiced = delivery.invoice.find((i) => i.id === line.invoiceLine);
  return {
    id: line.invoiceLine,
    product: productRef(state.scenario, invoiced?.product ?? ''),
    ndc: line.ndc,
    invoicedNdc: invoiced?.ndc ?? '',
    quantity: line.quantity,
    invoiced: invoiced?.quantity ?? 0,
    lot: line.lot,
    expires: line.expires,
  };
}

/** A tote line by its invoice line id, as feedback names it (an id the delivery lacks is named by id alone). */
export function toteLineRef(state: EncounterState, id: string): ToteRef {
  const delivery = state.scenario.delivery;
  const line = delivery?.tote.find((l) => l.invoiceLine === id);
  if (delivery === undefined || line === undefined) {
    return { id, product: { id: '' }, ndc: '', invoicedNdc: '', quantity: 0, invoiced: 0, lot: '', expires: '' };
  }
  return toteRef(state, delivery, line);
}

type Found = { delivery: Delivery; line: ToteLine; ref: ToteRef };

/** The delivery and the tote line an action names, or the nudge that says why there is none. */
function findLine(state: EncounterState, index: number, id: string, where: typeof shelf | typeof desk): Found | Result {
  const delivery = state.scenario.delivery;
  if (delivery === undefined) return info(index, 'receive.none', where, {});
  const line = delivery.tote.find((l) => l.invoiceLine === id);
  if (line === undefined) return info(index, 'receive.unknownLine', where, { line: id, lines: delivery.tote.map((l) => l.invoiceLine) });
  return { delivery, line, ref: toteRef(state, delivery, line) };
}

const isNudge = (x: Found | Result): x is Result => !('line' in x && 'delivery' in x);

const withDelivery = (state: EncounterState, patch: Partial<DeliveryProgress>): EncounterState => ({
  ...state,
  delivery: { ...state.delivery, ...patch },
});

/** Checking and dealing with a line go in order: nothing is put away, reported or handed over unchecked. */
function checkedFirst(state: EncounterState, index: number, found: Found, where: typeof shelf | typeof desk): Result | null {
  return state.delivery.checked[found.line.invoiceLine] === undefined
    ? info(index, 'receive.checkFirst', where, { line: found.ref })
    : null;
}

/** One tote line checked against its invoice line: the technician's finding is judged against what is true of it. */
export function checkToteLine(state: EncounterState, index: number, id: string, said: ToteVerdict): Move {
  const found = findLine(state, index, id, shelf);
  if (isNudge(found)) return say(state, found);
  if (state.delivery.checked[id] !== undefined) return say(state, info(index, 'receive.alreadyDone', shelf, { line: found.ref }));
  const verdict = lineHandling(state.scenario, found.delivery, found.line).verdict;
  const result = onCheckpoint(
    state,
    index,
    'receive.check',
    { about: id, ...shelf },
    said === verdict
      ? { code: 'receive.checked', outcome: 'good', params: { line: found.ref, verdict } }
      : { code: 'receive.misjudged', outcome: 'mistake', params: { line: found.ref, verdict, said } },
  );
  // The line is recorded as what it truly is, so the rest of the delivery follows the facts.
  return say(withDelivery(state, { checked: { ...state.delivery.checked, [id]: verdict } }), result);
}

/** The refrigerated lines still waiting to be put away. */
function fridgeWaiting(state: EncounterState, delivery: Delivery): ToteLine[] {
  return delivery.tote.filter(
    (l) =>
      l.storage === 'refrigerator' && lineHandling(state.scenario, delivery, l).putAway && !state.delivery.putAway.includes(l.invoiceLine),
  );
}

/** A checked line put away: right for a match or a short line; a controlled or out-of-line product must not go on the shelf. */
export function putAway(state: EncounterState, index: number, id: string): Move {
  const found = findLine(state, index, id, shelf);
  if (isNudge(found)) return say(state, found);
  const first = checkedFirst(state, index, found, shelf);
  if (first !== null) return say(state, first);
  if (state.delivery.putAway.includes(id)) return say(state, info(index, 'receive.alreadyDone', shelf, { line: found.ref }));
  const { delivery, line, ref } = found;
  const h = lineHandling(state.scenario, delivery, line);
  const next = withDelivery(state, { putAway: [...state.delivery.putAway, id] });
  if (h.controlled) {
    // Checking in controlled stock is the pharmacist's: a technician shelving it alone is out of scope.
    return say(
      next,
      onCheckpoint(
        state,
        index,
        'receive.controlled',
        { about: id, ...desk },
        {
          code: 'receive.putAwayControlled',
          outcome: 'critical',
          points: -CHECKPOINT_KINDS['receive.controlled'].points,
          params: { line: ref, schedule: lineSchedule(state.scenario, delivery, line) ?? '' },
        },
      ),
    );
  }
  if (!h.putAway) {
    return say(
      next,
      penalty(
        index,
        'receive.putAwayHeld',
        { ...shelf },
        { skill: 'safety', points: -5, outcome: 'mistake', params: { line: ref, verdict: h.verdict } },
      ),
    );
  }
  const results: Result[] = [
    onCheckpoint(
      state,
      index,
      'receive.putAway',
      { about: id, ...shelf },
      {
        code: 'receive.putAway',
        outcome: 'good',
        params: { line: ref, storage: line.storage },
      },
    ),
  ];
  if (line.storage !== 'refrigerator') {
    const waiting = fridgeWaiting(state, delivery);
    const late = waiting[0];
    results.push(
      onCheckpoint(
        state,
        index,
        'receive.fridgeFirst',
        { ...shelf },
        late === undefined
          ? { code: 'receive.fridgeFirst', outcome: 'good', params: {} }
          : { code: 'receive.fridgeLate', outcome: 'mistake', params: { line: toteRef(state, delivery, late) } },
      ),
    );
  }
  return say(next, ...results);
}

/** A discrepancy reported to the pharmacist for the wholesaler; a matching line is nothing to report. */
export function reportDiscrepancy(state: EncounterState, index: number, id: string): Move {
  const found = findLine(state, index, id, desk);
  if (isNudge(found)) return say(state, found);
  const first = checkedFirst(state, index, found, desk);
  if (first !== null) return say(state, first);
  if (state.delivery.reported.includes(id)) return say(state, info(index, 'receive.alreadyDone', desk, { line: found.ref }));
  const { delivery, line, ref } = found;
  const h = lineHandling(state.scenario, delivery, line);
  const schedule = lineSchedule(state.scenario, delivery, line);
  if (schedule !== null) return say(state, info(index, 'receive.controlledToPharmacist', desk, { line: ref, schedule }));
  const next = withDelivery(state, { reported: [...state.delivery.reported, id] });
  if (!h.report) {
    return say(
      next,
      penalty(index, 'receive.reportNothing', { ...desk }, { skill: 'efficiency', points: -2, outcome: 'mistake', params: { line: ref } }),
    );
  }
  return say(
    next,
    onCheckpoint(
      state,
      index,
      'receive.report',
      { about: id, ...desk },
      {
        code: 'receive.reported',
        outcome: 'good',
        params: { line: ref, verdict: h.verdict },
      },
    ),
  );
}

/** A controlled-substance line handed to the pharmacist, who checks it in (C-II: against DEA Form 222 or CSOS) and signs. */
export function handToPharmacist(state: EncounterState, index: number, id: string): Move {
  const found = findLine(state, index, id, desk);
  if (isNudge(found)) return say(state, found);
  const first = checkedFirst(state, index, found, desk);
  if (first !== null) return say(state, first);
  if (state.delivery.toPharmacist.includes(id)) return say(state, info(index, 'receive.alreadyDone', desk, { line: found.ref }));
  const schedule = lineSchedule(state.scenario, found.delivery, found.line);
  if (schedule === null) return say(state, info(index, 'receive.notControlled', desk, { line: found.ref }));
  return say(
    withDelivery(state, { toPharmacist: [...state.delivery.toPharmacist, id] }),
    onCheckpoint(
      state,
      index,
      'receive.controlled',
      { about: id, ...desk },
      {
        code: 'receive.handedOver',
        outcome: 'good',
        params: { line: found.ref, schedule },
      },
    ),
  );
}

/** An expired bottle pulled from the shelf into quarantine, for return or destruction. */
export function pullExpired(state: EncounterState, index: number, lot: string): Move {
  const delivery = state.scenario.delivery;
  if (delivery === undefined) return say(state, info(index, 'receive.none', shelf, {}));
  const bottle = delivery.pullFromShelf.find((s) => s.lot === lot);
  if (bottle === undefined) {
    return say(state, info(index, 'receive.unknownLot', shelf, { lot, lots: delivery.pullFromShelf.map((s) => s.lot) }));
  }
  const params = { product: productRef(state.scenario, bottle.product), lot, expires: bottle.expires };
  if (state.delivery.pulled.includes(lot)) return say(state, info(index, 'receive.alreadyPulled', shelf, params));
  return say(
    withDelivery(state, { pulled: [...state.delivery.pulled, lot] }),
    onCheckpoint(state, index, 'receive.pull', { about: lot, ...shelf }, { code: 'receive.pulled', outcome: 'good', params }),
  );
}

/** True once the student has made this move of the expert's delivery. */
export function moveDone(progress: DeliveryProgress, m: DeliveryMove): boolean {
  switch (m.kind) {
    case 'check':
      return progress.checked[m.line] !== undefined;
    case 'putAway':
      return progress.putAway.includes(m.line);
    case 'report':
      return progress.reported.includes(m.line);
    case 'toPharmacist':
      return progress.toPharmacist.includes(m.line);
    case 'pull':
      return progress.pulled.includes(m.lot);
  }
}

/** The first move of the expert's delivery not yet made, or null when all are done (or this is not a delivery). */
export function nextDeliveryMove(state: EncounterState): DeliveryMove | null {
  const delivery = state.scenario.delivery;
  if (delivery === undefined) return null;
  return deliveryMoves(state.scenario, delivery).find((m) => !moveDone(state.delivery, m)) ?? null;
}
