import type { CueName } from './cues';
import type { Outcome } from '../core';

/** The cue that acknowledges a step outcome, or null when the outcome should stay silent. */
export function cueForOutcome(outcome: Outcome): CueName | null {
  switch (outcome) {
    case 'good':
      return 'step-done';
    // A critical error gets the same gentle cue: the feedback panel carries the severity, and a
    // harsher sound would punish a student who is learning.
    case 'mistake':
    case 'critical':
      return 'mistake';
    case 'info':
      return null;
  }
}
