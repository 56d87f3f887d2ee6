import { BADGE_CODES, type BadgeCode } from './badgeCodes';
import { badgeProgress } from './badges';
import { streakOn, type PracticeDay } from './practiceDays';
import { totalPoints, type ProgressRecord } from './record';

/** A badge as the menu lists it: earned (with the day), or still to earn (with how far along). */
export interface BadgeStanding {
  code: BadgeCode;
  earnedOn?: PracticeDay;
  progress?: { have: number; need: number };
}

/** What the menu shows of a student's progress. */
export interface ProgressView {
  points: number;
  /** Practice days in a row reaching today (or yesterday). */
  streak: number;
  earned: BadgeStanding[];
  toEarn: BadgeStanding[];
  /** Best score per encounter and per shift, highest first. */
  encounterBests: [string, number][];
  shiftBests: [string, number][];
}

const byScore = (bests: Readonly<Record<string, number>>): [string, number][] =>
  Object.entries(bests).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** The record as the menu shows it, on `today` (the platform reads the clock and passes the day). */
export function progressView(record: ProgressRecord, today: PracticeDay): ProgressView {
  const streak = streakOn(Object.keys(record.pointsByDay), today);
  const standing = (code: BadgeCode): BadgeStanding => {
    const earnedOn = record.badges[code];
    const progress = badgeProgress(code, record, streak);
    return { code, ...(earnedOn ? { earnedOn } : {}), ...(!earnedOn && progress ? { progress } : {}) };
  };
  const all = BADGE_CODES.map(standing);
  return {
    points: totalPoints(record),
    streak,
    earned: all.filter((b) => b.earnedOn),
    toEarn: all.filter((b) => !b.earnedOn),
    encounterBests: byScore(record.encounterBests),
    shiftBests: byScore(record.shiftBests),
  };
}
