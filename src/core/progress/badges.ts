import { FINDING_CODES, type FindingCode } from '../findings/codes';
import { CLEAN_FILLS_NEEDED, STREAK_BADGES, type BadgeCode } from './badgeCodes';
import type { DrillOutcome, EncounterOutcome } from './outcomes';
import { isPerfectDrill } from './points';
import type { OpenShift, ProgressRecord } from './record';

/** The steps of a fill: picking, counting, labelling and checking the product. */
const FILL_STEPS: ReadonlySet<string> = new Set(['selection', 'count', 'label', 'verify']);
/** The problems with a prescriber's DEA number. */
const DEA_CODES: ReadonlySet<string> = new Set<FindingCode>(['DEA_MISSING', 'DEA_INVALID', 'DEA_NAME_MISMATCH']);

const wentWrong = (outcome: string) => outcome === 'mistake' || outcome === 'critical';

/** A clean fill: the fill steps were judged, and none of them went wrong. */
export function isCleanFill(outcome: EncounterOutcome): boolean {
  const fill = outcome.results.filter((r) => FILL_STEPS.has(r.step));
  return fill.length > 0 && !fill.some((r) => wentWrong(r.outcome));
}

/** The finding codes caught in time in this encounter. */
export function caughtCodes(outcome: EncounterOutcome): FindingCode[] {
  return outcome.results.flatMap((r) => (r.code.startsWith('catch.') && r.outcome === 'good' && r.finding ? [r.finding] : []));
}

/** DEA problems there were in this encounter, and how many the student caught. */
export function deaTally(outcome: EncounterOutcome): { found: number; caught: number } {
  let found = 0;
  let caught = 0;
  for (const r of outcome.results) {
    if (!r.finding || !DEA_CODES.has(r.finding)) continue;
    if (r.code.startsWith('catch.') && r.outcome === 'good') {
      found++;
      caught++;
    } else if (r.code.startsWith('miss.')) found++;
  }
  return { found, caught };
}

/** Badges one encounter earns on its own, given the record after it was counted. */
export function encounterBadges(outcome: EncounterOutcome, after: ProgressRecord): BadgeCode[] {
  const earned: BadgeCode[] = ['encounter.first'];
  if (outcome.mode === 'assessment' && outcome.score >= 100) earned.push('assessment.perfect');
  if (after.cleanFillRun >= CLEAN_FILLS_NEEDED) earned.push('fills.cleanTen');
  if (FINDING_CODES.every((c) => after.caught.includes(c))) earned.push('findings.allCaught');
  return earned;
}

/** Badges a finished shift earns: no critical error in it; every DEA problem in it caught (when it had one). */
export function shiftBadges(shift: OpenShift): BadgeCode[] {
  if (shift.seen === 0) return [];
  const earned: BadgeCode[] = [];
  if (!shift.critical) earned.push('shift.noCritical');
  if (shift.deaFound > 0 && shift.deaCaught === shift.deaFound) earned.push('shift.allDeaCaught');
  return earned;
}

/** Badges a drill earns. */
export function drillBadges(drill: DrillOutcome): BadgeCode[] {
  return isPerfectDrill(drill) ? ['drill.perfect'] : [];
}

/** Badges a run of practice days earns. */
export function streakBadges(streak: number): BadgeCode[] {
  return STREAK_BADGES.flatMap(([code, days]) => (streak >= days ? [code] : []));
}

/** How far the student is towards a badge that counts something, or null for a badge that is earned in one go. */
export function badgeProgress(code: BadgeCode, record: ProgressRecord, streak: number): { have: number; need: number } | null {
  switch (code) {
    case 'fills.cleanTen':
      return { have: Math.min(record.cleanFillRun, CLEAN_FILLS_NEEDED), need: CLEAN_FILLS_NEEDED };
    case 'findings.allCaught':
      return { have: record.caught.length, need: FINDING_CODES.length };
    case 'streak.threeDays':
    case 'streak.sevenDays': {
      const need = STREAK_BADGES.find(([c]) => c === code)?.[1] ?? 0;
      return { have: Math.min(streak, need), need };
    }
    default:
      return null;
  }
}
