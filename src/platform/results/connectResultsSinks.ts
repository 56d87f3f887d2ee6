import type { Action, EncounterState, ResolvedEncounter, Shift, ShiftState } from '../../core';
import { report } from '../../core';
import type { EncounterResult, ResultMode, ResultsSink, ShiftSlot } from './resultsSink';

/** The part of the store the sinks watch; the app store fits it as it is. */
export interface ObservedSession {
  scenario: ResolvedEncounter | null;
  mode: ResultMode;
  log: readonly Action[];
  encounter: EncounterState | null;
  /** The shift around the encounter, when it is played in one. */
  shiftScenario: Shift | null;
  shiftPath: string | null;
  shiftState: ShiftState | null;
}

/** A store that can be read and watched (zustand's vanilla store is one). */
export interface ObservableSession {
  getState(): ObservedSession;
  subscribe(listener: (state: ObservedSession, previous: ObservedSession) => void): () => void;
}

/** True on the one store change where the encounter being played closes. */
export function justCompleted(state: ObservedSession, previous: ObservedSession): boolean {
  const now = state.encounter;
  const before = previous.encounter;
  // A resume replays a finished log straight from nothing to complete: that was reported already.
  return !!now && !!before && now.complete && !before.complete && now.scenario === before.scenario;
}

/** True on the one store change where the shift ends: its last patient done, or time up with the patient at the counter done. */
export function shiftJustEnded(state: ObservedSession, previous: ObservedSession): boolean {
  return !!state.shiftState?.over && !!previous.shiftState && !previous.shiftState.over && state.shiftScenario === previous.shiftScenario;
}

/** Where the encounter sits in its shift, from the store's shift state. */
function slotOf(state: ObservedSession): ShiftSlot | undefined {
  const { shiftScenario, shiftPath, shiftState } = state;
  if (!shiftScenario || !shiftState) return undefined;
  return {
    shiftId: shiftScenario.id,
    ...(shiftPath ? { path: shiftPath } : {}),
    index: shiftState.current,
    count: shiftState.patients.length,
  };
}

/** The result of the encounter that just closed, as the core replays and scores it. */
export function encounterResult(state: ObservedSession): EncounterResult | null {
  const { scenario, encounter } = state;
  if (!scenario || !encounter) return null;
  const result: EncounterResult = {
    scenario,
    mode: state.mode,
    log: state.log,
    report: report(encounter),
    results: encounter.results,
    findings: encounter.findings,
  };
  const slot = slotOf(state);
  if (slot) result.shift = slot;
  return result;
}

/**
 * Reports every encounter that closes, and every shift that ends, to the sinks, from one store
 * subscription. A sink that throws is logged and skipped: results reporting must never stop
 * the game. Returns the unsubscribe function.
 */
export function connectResultsSinks(store: ObservableSession, sinks: readonly ResultsSink[]): () => void {
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
    if (justCompleted(state, previous)) {
      const result = encounterResult(state);
      if (result) each((sink) => sink.encounterEnded(result));
    }
    if (shiftJustEnded(state, previous) && state.shiftScenario && state.shiftState) {
      const ended = {
        shiftId: state.shiftScenario.id,
        ...(state.shiftPath ? { path: state.shiftPath } : {}),
        count: state.shiftState.patients.length,
        seen: state.shiftState.finished.length,
      };
      each((sink) => sink.shiftEnded?.(ended));
    }
  });
}
