import { FINDING_CODES } from '../findings/codes';
import type { BadgeCode } from './badgeCodes';
import { caughtCodes, deaTally, drillBadges, encounterBadges, isCleanFill, shiftBadges, streakBadges } from './badges';
import type { DrillOutcome, EncounterOutcome, ProgressInput } from './outcomes';
import { drillPoints, encounterPoints, hasCritical } from './points';
import { dayOf, streakOn, type PracticeDay } from './practiceDays';
import { EMPTY_RECORD, trimDays, type OpenShift, type ProgressRecord } from './record';

/** A best score that one play set: the first score on record, or one higher than the last best. */
export interface NewBest {
  kind: 'encounter' | 'shift';
  id: string;
  score: number;
  /** The best it beat; absent on a first play. */
  previous?: number;
}

/** What one input added: points, badges earned for the first time, and bests set. */
export interface Gained {
  points: number;
  badges: BadgeCode[];
  bests: NewBest[];
}

/** The record after one input, and what it gained. */
export interface Recorded {
  record: ProgressRecord;
  gained: Gained;
}

const round = (n: number) => Math.round(n * 10) / 10;

function withBest(bests: Readonly<Record<string, number>>, kind: NewBest['kind'], id: string, score: number, out: NewBest[]) {
  const previous = bests[id];
  if (previous !== undefined && previous >= score) return bests;
  out.push({ kind, id, score, ...(previous !== undefined ? { previous } : {}) });
  return { ...bests, [id]: score };
}

/** Closes a shift's tally: its best and its badges. */
function closeShift(record: ProgressRecord, shift: OpenShift, bests: NewBest[]): { record: ProgressRecord; badges: BadgeCode[] } {
  if (shift.seen === 0) return { record: { ...record, openShift: null }, badges: [] };
  const shiftBests = withBest(record.shiftBests, 'shift', shift.id, round(shift.scoreSum / shift.seen), bests);
  return { record: { ...record, shiftBests, openShift: null }, badges: shiftBadges(shift) };
}

function countEncounter(
  record: ProgressRecord,
  outcome: EncounterOutcome,
  bests: NewBest[],
): { record: ProgressRecord; badges: BadgeCode[] } {
  const caught = new Set([...record.caught, ...caughtCodes(outcome)]);
  let next: ProgressRecord = {
    ...record,
    encounterBests: withBest(record.encounterBests, 'encounter', outcome.scenarioId, outcome.score, bests),
    caught: FINDING_CODES.filter((c) => caught.has(c)),
    cleanFillRun: isCleanFill(outcome) ? record.cleanFillRun + 1 : 0,
  };
  const badges = encounterBadges(outcome, next);
  const place = outcome.shift;
  if (!place) return { record: next, badges };
  // A patient from another shift (or the first of a new run) starts a fresh tally.
  const open = next.openShift && next.openShift.id === place.id && place.index > 0 ? next.openShift : null;
  const dea = deaTally(outcome);
  const tally: OpenShift = {
    id: place.id,
    seen: (open?.seen ?? 0) + 1,
    scoreSum: (open?.scoreSum ?? 0) + outcome.score,
    critical: (open?.critical ?? false) || hasCritical(outcome),
    deaFound: (open?.deaFound ?? 0) + dea.found,
    deaCaught: (open?.deaCaught ?? 0) + dea.caught,
  };
  next = { ...next, openShift: tally };
  if (place.index < place.count - 1) return { record: next, badges };
  const closed = closeShift(next, tally, bests);
  return { record: closed.record, badges: [...badges, ...closed.badges] };
}

function countDrill(record: ProgressRecord, drill: DrillOutcome): { record: ProgressRecord; badges: BadgeCode[] } {
  return { record, badges: drillBadges(drill) };
}

/**
 * Counts one input into the record. Pure: the day comes from the input's own `at` stamp. Badges
 * already earned are not earned again; a shift's badges and best are decided when its last
 * patient is done or it ends early.
 */
export function recordProgress(record: ProgressRecord, input: ProgressInput): Recorded {
  const day: PracticeDay | null = dayOf(input.at);
  const bests: NewBest[] = [];
  let points = 0;
  let counted: { record: ProgressRecord; badges: BadgeCode[] };
  if (input.kind === 'shiftEnded') {
    const open = record.openShift;
    counted = open && open.id === input.shiftId ? closeShift(record, open, bests) : { record, badges: [] };
  } else if (input.kind === 'drill') {
    points = drillPoints(input);
    counted = countDrill(record, input);
  } else {
    points = encounterPoints(input);
    counted = countEncounter(record, input, bests);
  }
  let next = counted.record;
  let candidates = counted.badges;
  if (day && input.kind !== 'shiftEnded') {
    next = { ...next, pointsByDay: { ...next.pointsByDay, [day]: (next.pointsByDay[day] ?? 0) + points } };
    candidates = [...candidates, ...streakBadges(streakOn(Object.keys(next.pointsByDay), day))];
  }
  const fresh = [...new Set(candidates)].filter((b) => next.badges[b] === undefined);
  if (fresh.length > 0 && day) next = { ...next, badges: { ...next.badges, ...Object.fromEntries(fresh.map((b) => [b, day])) } };
  return { record: trimDays(next), gained: { points, badges: day ? fresh : [], bests } };
}

/** The progress a list of inputs adds up to, from nothing: how the instructor view counts a student's results files. */
export function progressFrom(inputs: Iterable<ProgressInput>, start: ProgressRecord = EMPTY_RECORD): ProgressRecord {
  let record = start;
  for (const input of inputs) record = recordProgress(record, input).record;
  return record;
}
