import { addDays } from '../rules/calendar';
import { labelKey, RECONSTITUTED_LABELS } from '../scenario/auxiliaryLabels';
import type { Prescription } from '../scenario/encounterSchema';
import type { Reconstitution } from '../scenario/catalogSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import { info, onCheckpoint, say, type Move } from './judge';
import { isNudge, nextUp, workable } from './order';
import { productRef, rxRef, updateRx } from './progress';
import type { EncounterState } from './state';

/** The reconstitution facts that apply to this prescription: only when it asks for it and the product has them. */
export function reconstitutionFor(scenario: ResolvedEncounter, rx: Prescription): Reconstitution | null {
  if (!rx.reconstitute) return null;
  return scenario.products.get(rx.product)?.reconstitution ?? null;
}

/** The beyond-use date of a suspension made up today. */
export const beyondUseDate = (today: string, facts: Reconstitution): string => addDays(today, facts.beyondUseDays);

/**
 * The auxiliary labels this prescription's vial needs: the product's own, plus "Shake well" and
 * the storage sticker when it is made up here (each once, the product's wording first).
 */
export function labelsWanted(scenario: ResolvedEncounter, rx: Prescription): string[] {
  const own = scenario.products.get(rx.product)?.auxiliaryLabels ?? [];
  const facts = reconstitutionFor(scenario, rx);
  if (facts === null) return [...own];
  const storage = RECONSTITUTED_LABELS.storage[facts.storage];
  const extra: string[] = storage === null ? [RECONSTITUTED_LABELS.shake] : [RECONSTITUTED_LABELS.shake, storage];
  const have = new Set(own.map(labelKey));
  return [...own, ...extra.filter((l) => !have.has(labelKey(l)))];
}

/** Water measured and added to the powder, in portions, once the bottle is scanned; a redo (a fresh bottle) is feedback only. */
export function reconstitute(state: EncounterState, index: number, rx: string, waterMl: number, portions: number): Move {
  const w = workable(state, index, rx, 'count');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'count' as const, rx };
  const status = w.progress.status;
  if (status === 'intake' || status === 'entry' || status === 'selection') {
    return say(state, info(index, 'order.scanFirst', where, { next: nextUp(w, state) }));
  }
  const product = productRef(state.scenario, w.prescription.product);
  const facts = reconstitutionFor(state.scenario, w.prescription);
  if (facts === null) return say(state, info(index, 'reconstitute.notNeeded', where, { product }));
  const water = Number.isFinite(waterMl) ? waterMl : null;
  const verdict =
    water !== facts.waterMl
      ? ({ code: 'reconstitute.wrongVolume', outcome: 'mistake', params: { product, waterMl: water, wanted: facts.waterMl } } as const)
      : portions < facts.portions
        ? ({ code: 'reconstitute.onePortion', outcome: 'mistake', params: { product, portions, wanted: facts.portions } } as const)
        : ({ code: 'reconstitute.correct', outcome: 'good', params: { product, waterMl: water, portions } } as const);
  const result = onCheckpoint(state, index, 'reconstitute', { about: rx, ...where }, verdict);
  return say(updateRx(state, rx, { reconstituted: true }), result);
}

/** The nudge when a powder is measured before it is made up, or null when measuring may go ahead. */
export function needsWaterFirst(state: EncounterState, index: number, rx: string): Move | null {
  const prescription = state.scenario.prescriptions.find((p) => p.id === rx);
  const progress = state.rx[rx];
  if (prescription === undefined || progress === undefined || progress.reconstituted) return null;
  if (reconstitutionFor(state.scenario, prescription) === null) return null;
  return say(state, info(index, 'order.reconstituteFirst', { step: 'count', rx }, { rx: rxRef(state.scenario, rx) }));
}
