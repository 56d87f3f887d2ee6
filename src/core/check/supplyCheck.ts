import { expectedDaysSupply } from '../engine/expectedEntry';
import { FINDING_CODES, type Finding, type FindingCode } from '../findings/codes';
import type { Placer } from '../scenario/placer';
import type { Problem } from '../scenario/problems';
import type { ResolvedEncounter } from '../scenario/resolve';
import { say } from '../scenario/checkerWords';
import { renderSupplyProblem } from '../wording';

/** The days' supply the rules work out for one prescription, or why they cannot. */
export interface CheckedSupply {
  rx: string;
  /** Whole days, or null when the rules cannot work it out. */
  days: number | null;
  /** Why not, in the checker's words, when days is null. */
  why?: string;
}

/** Each prescription's days' supply, as the data-entry screen will expect it. */
export function supplies(encounter: ResolvedEncounter): CheckedSupply[] {
  return encounter.prescriptions.map((rx) => {
    const days = expectedDaysSupply(encounter, rx);
    return typeof days === 'number' ? { rx: rx.id, days } : { rx: rx.id, days: null, why: renderSupplyProblem(days.error, 'en') };
  });
}

/**
 * A sig the rules cannot turn into a days' supply ("1 tab prn 1 h before activity" has no
 * frequency): the student could enter any number, so the author is told where and why.
 */
export function supplyWarnings(encounter: ResolvedEncounter, found: readonly CheckedSupply[], place: Placer): Problem[] {
  const out: Problem[] = [];
  encounter.prescriptions.forEach((rx, i) => {
    const s = found[i];
    // A product missing from the catalog is already an error of its own.
    if (s === undefined || s.days !== null || !encounter.products.has(rx.product)) return;
    const days = expectedDaysSupply(encounter, rx);
    if (typeof days === 'number') return;
    out.push(place(['prescriptions', i, 'sig'], say('noDaysSupply', { sig: rx.sig, why: days.error }), 'warning'));
  });
  return out;
}

/** A teaching note keyed by a finding code the rules do not find in this file is never shown. */
export function noteWarnings(encounter: ResolvedEncounter, found: readonly Finding[], place: Placer): Problem[] {
  return Object.keys(encounter.intent.teachingNotes)
    .filter((key): key is FindingCode => (FINDING_CODES as readonly string[]).includes(key))
    .filter((code) => !found.some((f) => f.code === code))
    .map((code) => place(['intent', 'teachingNotes', code], say('noteNeverShown', { code }), 'warning', 'key'));
}
