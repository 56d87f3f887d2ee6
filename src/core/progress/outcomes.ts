import { z } from 'zod';
import type { Result } from '../engine/results';

/** What the progress rules need of one judged result: its code, how it went, its step and finding. */
export type JudgedMark = Pick<Result, 'code' | 'outcome' | 'step' | 'finding'>;

/** Where an encounter sat in a shift: the shift's id, this patient's 0-based place, and how many patients it has. */
export interface ShiftPlace {
  id: string;
  index: number;
  count: number;
}

/** One finished encounter, as the progress rules read it: the report's score and every judged result. */
export interface EncounterOutcome {
  kind: 'encounter';
  scenarioId: string;
  mode: 'practice' | 'assessment';
  score: number;
  passed: boolean;
  results: readonly JudgedMark[];
  /** When it finished: ISO 8601 with the student's own offset, so the day is the student's day. */
  at: string;
  shift?: ShiftPlace;
}

/** A finished board-exam drill: how many questions, how many right (the drills mode makes these). */
export const drillOutcomeSchema = z.object({
  kind: z.literal('drill'),
  seed: z.string(),
  total: z.number().int().min(0).max(1000),
  correct: z.number().int().min(0).max(1000),
  at: z.iso.datetime({ offset: true }),
});

/** A finished drill. */
export type DrillOutcome = z.output<typeof drillOutcomeSchema>;

/** A shift that ended before its last patient (time up): its open tally is closed. */
export interface ShiftEnded {
  kind: 'shiftEnded';
  shiftId: string;
  at: string;
}

/** Anything that counts toward points, badges, bests and the streak. */
export type ProgressInput = EncounterOutcome | DrillOutcome | ShiftEnded;
