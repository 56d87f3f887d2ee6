import { labelKey } from '../scenario/auxiliaryLabels';
import type { Reconstitution } from '../scenario/catalogSchema';
import { CHECKPOINT_KINDS } from './checkpoints';
import { info, onCheckpoint, say, type Move, type Verdict } from './judge';
import { isNudge, nextUp, workable } from './order';
import { updateRx } from './progress';
import { beyondUseDate, labelsWanted, reconstitutionFor } from './reconstitution';
import { judgeLabelLanguage } from './labelLanguage';
import type { EncounterState } from './state';

// Labels compare by wording, ignoring case and spacing; an older name of a sticker is the same sticker.
const norm = labelKey;

/** The auxiliary labels missing from the choice, and the ones chosen that the product does not need. */
export function compareLabels(wanted: readonly string[], chosen: readonly string[]): { missing: string[]; extra: string[] } {
  const want = new Set(wanted.map(norm));
  const got = new Set(chosen.map(norm));
  return {
    missing: wanted.filter((l) => !got.has(norm(l))),
    // Each extra label once, as first written.
    extra: chosen.filter((l, i) => !want.has(norm(l)) && chosen.findIndex((o) => norm(o) === norm(l)) === i),
  };
}

/** Judges a choice of auxiliary labels: a missing warning costs the point, an extra one costs part of it. */
function verdictFor(missing: string[], extra: string[], wanted: readonly string[]): Verdict {
  if (missing.length === 0 && extra.length === 0) return { code: 'label.auxiliary.ok', outcome: 'good', params: { labels: [...wanted] } };
  if (missing.length > 0 && extra.length > 0) return { code: 'label.auxiliary.wrong', outcome: 'mistake', params: { missing, extra } };
  if (missing.length > 0) return { code: 'label.auxiliary.missing', outcome: 'mistake', params: { missing } };
  // An extra sticker confuses but rarely harms, so it keeps part of the credit.
  const partial = Math.round(CHECKPOINT_KINDS['label.auxiliary'].points * 0.6);
  return { code: 'label.auxiliary.extra', outcome: 'mistake', params: { extra }, points: partial };
}

/** Judges the beyond-use date written on a reconstituted suspension's label against today plus the product's days. */
function beyondUseVerdict(state: EncounterState, facts: Reconstitution, written: string | undefined): Verdict {
  const date = beyondUseDate(state.scenario.today, facts);
  const days = facts.beyondUseDays;
  if (written === undefined || written.trim() === '')
    return { code: 'label.beyondUse.missing', outcome: 'mistake', params: { date, days } };
  if (written.trim() !== date)
    return { code: 'label.beyondUse.wrong', outcome: 'mistake', params: { written: written.trim(), date, days } };
  return { code: 'label.beyondUse.ok', outcome: 'good', params: { date, storage: facts.storage } };
}

/** Label printed and applied, with the auxiliary labels chosen; a reprint is allowed before verification. */
export function printLabel(state: EncounterState, index: number, rx: string, chosen: readonly string[], beyondUse?: string): Move {
  const w = workable(state, index, rx, 'label');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'label' as const, rx };
  if (w.progress.status !== 'label' && w.progress.status !== 'verify') {
    return say(state, info(index, 'order.countFirst', where, { next: nextUp(w, state) }));
  }
  const labels = Array.isArray(chosen) ? chosen.filter((l): l is string => typeof l === 'string') : [];
  const wanted = labelsWanted(state.scenario, w.prescription);
  const { missing, extra } = compareLabels(wanted, labels);
  const result = onCheckpoint(state, index, 'label.auxiliary', { about: rx, ...where }, verdictFor(missing, extra, wanted));
  const facts = reconstitutionFor(state.scenario, w.prescription);
  const dated =
    facts === null
      ? []
      : [onCheckpoint(state, index, 'label.beyondUse', { about: rx, ...where }, beyondUseVerdict(state, facts, beyondUse))];
  const language = judgeLabelLanguage(state, index, w.prescription, w.progress.labelLanguage);
  const next = updateRx(state, rx, { auxiliaryLabels: [...labels], beyondUseDate: beyondUse ?? null, status: 'verify' });
  return say(next, result, ...dated, ...(language === undefined ? [] : [language]));
}
