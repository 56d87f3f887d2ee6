import type { StateCreator } from 'zustand/vanilla';
import type { AppState, Mode } from './types';
import type { Outcome, Result } from '../core';

/**
 * One message for the feedback toast: the result itself (its code and params), never rendered
 * text; the toast renders it through the wording catalogue when it shows it.
 */
export interface FeedbackMessage {
  id: string;
  outcome: Outcome;
  code: string;
  rx?: string;
  result: Result;
}

/** Feedback released to the student and feedback held back for the report. */
export interface FeedbackSlice {
  /** Messages released to the student, oldest first. */
  feedback: FeedbackMessage[];
  /** Assessment mode: messages kept back until the encounter ends. */
  heldFeedback: FeedbackMessage[];
  dismissFeedback(id: string): void;
}

/** Enough history for the toast and a glance back; the report holds the full story. */
const KEEP = 30;

/** Results that put the right bottle in hand (or the wrong one back): a "Check this" about the bottle is then settled. */
const BOTTLE_FIXED = new Set(['selection.returned', 'selection.corrected', 'selection.correct', 'scan.match']);

/** The shown messages less any warning about a wrong bottle that these results have fixed. */
function withoutSettled(shown: readonly FeedbackMessage[], results: readonly Result[]): FeedbackMessage[] {
  const fixed = new Set(results.filter((r) => BOTTLE_FIXED.has(r.code) && r.rx !== undefined).map((r) => r.rx));
  if (fixed.size === 0) return [...shown];
  // The report still lists the slip; only the toast, which asked for a fix, goes.
  return shown.filter((m) => !(m.outcome === 'mistake' && m.result.step === 'selection' && fixed.has(m.rx)));
}

/** Feedback state after a dispatch: practice shows each result now, assessment holds them until the end. */
export function feedbackAfter(
  current: Pick<FeedbackSlice, 'feedback' | 'heldFeedback'>,
  results: readonly Result[],
  mode: Mode,
  complete: boolean,
): Pick<FeedbackSlice, 'feedback' | 'heldFeedback'> {
  const fresh = results.map(toMessage);
  if (mode === 'practice') return { feedback: [...withoutSettled(current.feedback, results), ...fresh].slice(-KEEP), heldFeedback: [] };
  const held = [...current.heldFeedback, ...fresh];
  if (!complete) return { feedback: current.feedback, heldFeedback: held };
  return { feedback: [...current.feedback, ...held].slice(-KEEP), heldFeedback: [] };
}

function toMessage(result: Result, i: number): FeedbackMessage {
  return {
    // actionIndex is -1 for end-of-encounter results; the suffix keeps ids unique within one action.
    id: `${result.actionIndex}:${i}:${result.code}`,
    outcome: result.outcome,
    code: result.code,
    ...(result.rx === undefined ? {} : { rx: result.rx }),
    result,
  };
}

/** The feedback queue. */
export const createFeedbackSlice: StateCreator<AppState, [], [], FeedbackSlice> = (set, get) => ({
  feedback: [],
  heldFeedback: [],
  dismissFeedback: (id) => set({ feedback: get().feedback.filter((m) => m.id !== id) }),
});
