/**
 * The badges a student can earn. Codes are never renamed (progress files and LMS data name them);
 * add new ones at the end. The words for each are in the wording catalogue's `badges` family.
 */
export const BADGE_CODES = [
  'encounter.first',
  'assessment.perfect',
  'shift.noCritical',
  'shift.allDeaCaught',
  'fills.cleanTen',
  'findings.allCaught',
  'drill.perfect',
  'streak.threeDays',
  'streak.sevenDays',
] as const;

/** One badge. */
export type BadgeCode = (typeof BADGE_CODES)[number];

/** Clean fills in a row for `fills.cleanTen`. */
export const CLEAN_FILLS_NEEDED = 10;
/** Practice days in a row for the streak badges. */
export const STREAK_BADGES: readonly (readonly [BadgeCode, number])[] = [
  ['streak.threeDays', 3],
  ['streak.sevenDays', 7],
];
