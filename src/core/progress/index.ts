/**
 * Points, badges, personal bests and the practice-day streak: pure functions over finished
 * encounters and drills, so the game and the instructor view count the same way.
 */
export { BADGE_CODES, CLEAN_FILLS_NEEDED, type BadgeCode } from './badgeCodes';
export { isCleanFill } from './badges';
export { improvement } from './improvement';
export { mergeRecords } from './mergeRecords';
export {
  drillOutcomeSchema,
  type DrillOutcome,
  type EncounterOutcome,
  type JudgedMark,
  type ProgressInput,
  type ShiftEnded,
  type ShiftPlace,
} from './outcomes';
export { drillPoints, encounterPoints } from './points';
export { dayOf, streakOn, type PracticeDay } from './practiceDays';
export { progressView, type BadgeStanding, type ProgressView } from './progressView';
export { EMPTY_RECORD, KEEP_DAYS, progressRecordSchema, totalPoints, type ProgressRecord } from './record';
export { progressFrom, recordProgress, type Gained, type NewBest, type Recorded } from './recordProgress';
