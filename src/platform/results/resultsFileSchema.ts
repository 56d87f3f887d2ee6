import { z } from 'zod';
import { FINDING_CODES, STEPS, actionSchema, type Skill } from '../../core';

/** What every TechShift results file says it is, so a stray JSON file is told apart from a results file. */
export const RESULTS_FORMAT = 'techshift-results';

/** Bump (and keep reading the old one) when the shape below changes. */
export const RESULTS_FORMAT_VERSION = 1;

const score = z.number().finite().min(0).max(100);

/** A critical error as the report judged it: the result code (and its finding), never the wording. */
export const criticalErrorSchema = z.object({
  code: z.string().min(1),
  step: z.enum(STEPS),
  finding: z.enum(FINDING_CODES).optional(),
  rx: z.string().optional(),
});

/** The report's score per skill (the same five skills as the core's SKILLS). */
export const skillScoresSchema = z.object({
  accuracy: score.nullable(),
  safety: score.nullable(),
  scope: score.nullable(),
  communication: score.nullable(),
  efficiency: score.nullable(),
}) satisfies z.ZodType<Record<Skill, number | null>>;

/** The shift an encounter was played in, when it was. */
export const shiftTagSchema = z.object({ id: z.string().min(1), title: z.string(), path: z.string().min(1) });

/** One encounter the student played: what it was, what they did (the log) and what the report said. */
export const encounterRecordSchema = z.object({
  scenarioId: z.string().min(1),
  title: z.string(),
  /** The scenario file's path in the library, e.g. "scenarios/encounters/x.json". */
  source: z.string().min(1),
  /** See scenarioVersion.ts: 16 hex digits of a SHA-256 of the scenario as loaded. */
  scenarioVersion: z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits (the scenario version)'),
  mode: z.enum(['practice', 'assessment']),
  shift: shiftTagSchema.optional(),
  /** Every action, in order, with its scenario second: replaying it gives the score again. */
  log: z.array(actionSchema).max(5000),
  score,
  passed: z.boolean(),
  passThreshold: score,
  criticalErrors: z.array(criticalErrorSchema),
  /** Per skill out of 100; null when the encounter had nothing to judge on it. */
  skills: skillScoresSchema,
  /** Scenario seconds from the start to the last action. */
  timeTakenSeconds: z.number().finite().min(0),
});

/** The results file a student downloads at the end of an encounter or a shift. */
export const resultsFileSchema = z.object({
  format: z.literal(RESULTS_FORMAT),
  formatVersion: z.literal(RESULTS_FORMAT_VERSION),
  /** TechShift's version (package.json) that wrote the file. */
  appVersion: z.string().min(1),
  /** When the student downloaded it (ISO 8601, UTC). */
  exportedAt: z.iso.datetime(),
  /** The name the student chose to type; never required. */
  studentName: z.string().trim().min(1).max(120).optional(),
  /** The name the student chose to show on the class board (a nickname is fine); never required. */
  displayName: z.string().trim().min(1).max(40).optional(),
  encounters: z.array(encounterRecordSchema).min(1).max(200),
});

/** One encounter in a results file. */
export type EncounterRecord = z.output<typeof encounterRecordSchema>;
/** A whole results file. */
export type ResultsFile = z.output<typeof resultsFileSchema>;
/** The shift an encounter belonged to. */
export type ShiftTag = z.output<typeof shiftTagSchema>;
/** One critical error. */
export type CriticalError = z.output<typeof criticalErrorSchema>;
