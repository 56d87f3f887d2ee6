import type { Outcome } from '../core';

/** An icon and a word per outcome, so colour is never the only signal. */
export const OUTCOME_WORDS: Record<Outcome, { icon: string; word: string }> = {
  good: { icon: '✔', word: 'Good' },
  mistake: { icon: '⚠', word: 'Check this' },
  critical: { icon: '✖', word: 'Critical' },
  info: { icon: 'ℹ', word: 'Note' },
};
