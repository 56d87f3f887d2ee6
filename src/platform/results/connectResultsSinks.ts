import type { Action, EncounterState, ResolvedEncounter } from '../../core';
import { report } from '../../core';
import type { SavedProgress } from '../savedProgressSchema';
import type { EncounterResult, ResultMode, ResultsSink, ShiftSlot } from './resultsSink';

/** The part of the store the sinks watch; the app store fits it as it is. */
export interface ObservedSession {
  scenario: ResolvedEncounter | null;
  mode: ResultMode;
  log: readonly Action[];
  encounter: EncounterState | null;
  shift: ShiftPlace | null;
}

/** A store that can be read and watched (zustand's vanilla store is one). */
export interface ObservableSession {
  getState(): ObservedSession;
  subscribe(listener: (state: ObservedSession, previous: ObservedSession) => void): () => void;
}

/** Where the encounter sits in a shift, as saved progress records it. */
type ShiftPlace = NonNullable<SavedProgress['shift']>;

export interface ConnectOptions {
  /** How many patients the shift in this file has; null when it cannot be read. */
  shiftLength?(path: string): number | null;
}

/** True on the one store change where the encounter being played closes. */
export function justCompleted(state: ObservedSession, previous: ObservedSession): boolean {
  const now = state.encounter;
  const before = previous.encounter;
  // A resume replays a finished log straight from nothing to complete: that was reported already.
  return !!now && !!before && now.complete && !before.complete && now.scenario === before.scenario;
}

/** The result of the encounter that just closed, as the core replays and scores it. */
export function encounterResult(state: ObservedSession, options: ConnectOptions = {}): EncounterResult | null {
  const { scenario, encounter, shift } = state;
  if (!scenario || !encounter) return null;
  const result: EncounterResult = {
    scenario,
    mode: state.mode,
    log: state.log,
    report: report(encounter),
    results: encounter.results,
    findings: encounter.findings,
  };
  if (shift) result.shift = slotOf(shift, options);
  return result;
}

function slotOf(place: ShiftPlace, options: ConnectOptions): ShiftSlot {
  const count = place.path !== undefined && options.shiftLength ? options.shiftLength(place.path) : null;
  return { shiftId: place.shiftId, ...(place.path !== undefined ? { path: place.path } : {}), index: place.encounterIndex, count };
}

/**
 * Reports every encounter that closes (and every shift whose last patient closes) to the sinks,
 * from one store subscription. A sink that throws is logged and skipped: results reporting must
 * never stop the game. Returns the unsubscribe function.
 */
export function connectResultsSinks(store: ObservableSession, sinks: readonly ResultsSink[], options: ConnectOptions = {}): () => void {
  const each = (call: (sink: ResultsSink) => void) => {
    for (const sink of sinks) {
      try {
        call(sink);
      } catch (error) {
        console.warn('TechShift: a results sink failed', error);
      }
    }
  };
  return store.subscribe((state, previous) => {
    if (!justCompleted(state, previous)) return;
    const result = encounterResult(state, options);
    if (!result) return;
    each((sink) => sink.encounterEnded(result));
    const slot = result.shift;
    if (slot && slot.count !== null && slot.index === slot.count - 1) {
      const ended = { shiftId: slot.shiftId, ...(slot.path !== undefined ? { path: slot.path } : {}), count: slot.count };
      each((sink) => sink.shiftEnded?.(ended));
    }
  });
}
