/** Wording for one result code: what happened ({detail} is replaced by the case's specifics), why it matters, how to do it. */
export interface FeedbackEntry {
  what: string;
  why: string;
  how: string;
}

/** A slice of the feedback library, keyed by result code. */
export type FeedbackSlice<K extends string> = Record<K, FeedbackEntry>;
