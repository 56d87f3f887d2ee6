import type { Outcome } from '../core';

/** An icon per outcome beside its word (`outcome.<outcome>` in the catalogues), so colour is never the only signal. */
export const OUTCOME_ICONS: Record<Outcome, string> = { good: '✔', mistake: '⚠', critical: '✖', info: 'ℹ' };
