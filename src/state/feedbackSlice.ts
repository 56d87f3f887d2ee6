import type { StateCreator } from 'zustand/vanilla';
import type { Outcome, Result } from '../core/engine/results';
import type { ResolvedEncounter } from '../core/scenario/resolve';
import { feedbackFor } from '../core/scoring/feedbackLibrary';
import type { AppState, Mode } from './types';

/** One message for the feedback toast: the library's wording for one result. */
export interface FeedbackMessage {
  id: string;
  outcome: Outcome;
  code: string;
  rx?: string;
  what: string;
  why: string;
  how: string;
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

/** Feedback state after a dispatch: practice shows each result now, assessment holds them until the end. */
export function feedbackAfter(
  current: Pick<FeedbackSlice, 'feedback' | 'heldFeedback'>,
  results: readonly Result[],
  scenario: ResolvedEncounter,
  mode: Mode,
  complete: boolean,
): Pick<FeedbackSlice, 'feedback' | 'heldFeedback'> {
  const fresh = results.map((r, i) => toMessage(r, i, scenario));
  if (mode === 'practice') return { feedback: [...current.feedback, ...fresh].slice(-KEEP), heldFeedback: [] };
  const held = [...current.heldFeedback, ...fresh];
  if (!complete) return { feedback: current.feedback, heldFeedback: held };
  return { feedback: [...current.feedback, ...held].slice(-KEEP), heldFeedback: [] };
}

function toMessage(result: Result, i: number, scenario: ResolvedEncounter): FeedbackMessage {
  const item = feedbackFor(result, scenario);
  return {
    // actionIndex is -1 for end-of-encounter results; the suffix keeps ids unique within one action.
    id: `${result.actionIndex}:${i}:${result.code}`,
    outcome: result.outcome,
    code: result.code,
    ...(result.rx === undefined ? {} : { rx: result.rx }),
    what: item.what,
    why: item.why,
    how: item.how,
  };
}

/** The feedback queue. */
export const createFeedbackSlice: StateCreator<AppState, [], [], FeedbackSlice> = (set, get) => ({
  feedback: [],
  heldFeedback: [],
  dismissFeedback: (id) => set({ feedback: get().feedback.filter((m) => m.id !== id) }),
});
