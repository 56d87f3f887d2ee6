import type { Action } from '../engine/actions';
import type { EncounterState } from '../engine/state';
import type { Finding } from '../findings/codes';
import type { ResolvedEncounter } from '../scenario/resolve';
import type { Report } from '../scoring/report';

/** The rules and the engine, passed in so the checker can run without them (or with fakes in tests). */
export interface Analysis {
  /** What the rules find in an encounter (src/core/findings). */
  findings(scenario: ResolvedEncounter): Finding[];
  /** The expert's action log for an encounter (src/core/engine/solve). */
  solve(scenario: ResolvedEncounter): Action[];
  /** The state after replaying a log (src/core/engine/engine). */
  replay(scenario: ResolvedEncounter, log: Action[]): EncounterState;
  /** The end-of-encounter report (src/core/scoring/score). */
  report(state: EncounterState): Report;
}

/** The message of anything thrown, on one line. */
export function reason(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
