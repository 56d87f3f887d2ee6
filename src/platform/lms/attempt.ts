import type { EncounterResult, ShiftResult } from '../results/resultsSink';
import { cleanPath, type LaunchTarget } from './launchTarget';

/** One finished encounter as the attempt remembers it: [score out of 100, 1 if passed]. Kept tiny for suspend data. */
export type LedgerEntry = [score: number, passed: 0 | 1];

/** The finished encounters of this LMS attempt, by key (see `ledgerKey`). */
export type AttemptLedger = Readonly<Record<string, LedgerEntry>>;

/** What goes to the gradebook. */
export interface AttemptOutcome {
  /** Mean score of the finished encounters, 0–100 (0 when none). */
  score: number;
  status: 'passed' | 'failed' | 'incomplete';
  /** True when the launched encounter or shift is done; a library launch is never done. */
  over: boolean;
}

/** True when this result counts for the launch: anything in a library launch, else only the launched file. */
export function countsFor(target: LaunchTarget, result: EncounterResult): boolean {
  if (target.kind === 'library') return true;
  if (target.kind === 'encounter') return !result.shift && cleanPath(result.scenario.source) === target.path;
  return result.shift?.path !== undefined && cleanPath(result.shift.path) === target.path;
}

/** True when this ended shift is the launched one. */
export function isLaunchedShift(target: LaunchTarget, ended: ShiftResult): boolean {
  return target.kind === 'shift' && ended.path !== undefined && cleanPath(ended.path) === target.path;
}

/** How far the launched shift has got: its size, and whether it has ended (time up ends it early). */
export interface ShiftProgress {
  count: number;
  ended: boolean;
}

/** A shift keys by patient position (a replayed shift overwrites); anything else by scenario (latest try counts). */
function ledgerKey(target: LaunchTarget, result: EncounterResult): string {
  return target.kind === 'shift' && result.shift ? `${result.shift.index}` : result.scenario.id;
}

/** The ledger with this result recorded. */
export function record(ledger: AttemptLedger, target: LaunchTarget, result: EncounterResult): AttemptLedger {
  return { ...ledger, [ledgerKey(target, result)]: [result.report.score, result.report.passed ? 1 : 0] };
}

/**
 * The attempt's score and status. An encounter is passed or failed by its report; a shift is
 * incomplete until it ends (every patient seen, or time up), then passed only if every patient
 * was seen and passed; a library launch is passed while everything played so far passed.
 */
export function attemptOutcome(ledger: AttemptLedger, target: LaunchTarget, shift: ShiftProgress | null = null): AttemptOutcome {
  const entries = Object.values(ledger);
  const ended = target.kind === 'shift' && shift !== null && (shift.ended || entries.length >= shift.count);
  if (entries.length === 0) return ended ? { score: 0, status: 'failed', over: true } : { score: 0, status: 'incomplete', over: false };
  const score = Math.round(entries.reduce((sum, [s]) => sum + s, 0) / entries.length);
  const allPassed = entries.every(([, passed]) => passed === 1);
  const verdict = allPassed ? 'passed' : 'failed';
  if (target.kind === 'library') return { score, status: verdict, over: false };
  if (target.kind === 'encounter') return { score, status: verdict, over: true };
  if (!ended) return { score, status: 'incomplete', over: false };
  return { score, status: entries.length >= shift.count ? verdict : 'failed', over: true };
}
