import { say } from '../scenario/checkerWords';
import { claimRequired } from '../claims/planRecord';
import { rejectOf } from '../claims/response';
import { expertClaim } from '../engine/claimPlan';
import type { Placer } from '../scenario/placer';
import type { Problem } from '../scenario/problems';
import type { ResolvedEncounter } from '../scenario/resolve';

/** Rejects a technician fixes by correcting the claim: when the card's own billing still gets one, the facts are at fault. */
const ENTRY_REJECTS = new Set(['07', '09', '19', '25', '52', '56', 'E7']);

/**
 * Where the plan facts make the author's intent impossible: a "claim" encounter with no plan to
 * bill, a claim that even the card in hand and
 * the registry NPI cannot get paid (a broken member, prescriber or plan), a second plan the
 * expert never needs, and a claim case whose plan pays everything on the first try while the
 * encounter is written as a reject (its id or title says "claim" with a reject code).
 */
export function claimWarnings(encounter: ResolvedEncounter, place: Placer): Problem[] {
  if (!claimRequired(encounter)) {
    return encounter.type === 'claim' ? [place(['type'], say('claimWithoutPlan'), 'warning')] : [];
  }
  const out: Problem[] = [];
  encounter.prescriptions.forEach((rx, i) => {
    const claim = expertClaim(encounter, rx);
    if (claim === null) return;
    for (const turn of claim.turns) {
      const reject = rejectOf(turn.response);
      if (reject === undefined || !ENTRY_REJECTS.has(reject.code)) continue;
      const where = reject.code === '25' || reject.code === '56' ? ['prescriptions', i, 'prescriber'] : ['patient', 'insurance'];
      out.push(place(where, say('claimUnfixable', { rx: rx.id, code: reject.code }), 'warning'));
    }
    const code = /claim-(\d\d|e7)\b/i.exec(encounter.id)?.[1]?.toUpperCase();
    const codes = claim.turns.map((t) => rejectOf(t.response)?.code).filter((c) => c !== undefined);
    // Entry rejects are planted by a wrong profile, which the expert bills around, so only plan rejects are checked here.
    if (code !== undefined && !ENTRY_REJECTS.has(code) && !codes.includes(code as (typeof codes)[number])) {
      out.push(place(['id'], say('claimCodeNotReturned', { code, answers: codes.map(String), rx: rx.id }), 'warning'));
    }
  });
  return out;
}
