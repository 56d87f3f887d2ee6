import type { StateCreator } from 'zustand/vanilla';
import {
  applyShiftAction,
  arrivals,
  atCounter,
  beginShift,
  encounterFinished,
  isTimeUp,
  replayShift,
  shiftClock,
  timeLimitSeconds,
  timeUp,
  type Problem,
  type ResolvedEncounter,
  type Shift,
  type ShiftAction,
  type ShiftState,
} from '../core';
import type { WallClock } from '../platform/clock';
import type { SavedShift } from '../platform/savedProgressSchema';
import { loadShift, resolveShiftEntry, type LoadedShift, type ScenarioSource } from '../platform/scenarioLibrary';
import type { ProgressStore } from '../platform/storage';
import { savedProgressOf } from './savedProgress';
import type { AppState, Mode } from './types';

/** The shift being worked: its file, its log, the state replayed from the log, and the calls that move it on. */
export interface ShiftSlice {
  /** The shift file as loaded; null outside a shift. */
  shiftScenario: Shift | null;
  /** Where the shift file came from, so a reload can find it again. */
  shiftPath: string | null;
  /** Every shift action so far; saved with the encounter. */
  shiftLog: readonly ShiftAction[];
  /** Derived by the core from the shift log. */
  shiftState: ShiftState | null;
  /** The shift's encounters, loaded once when the shift starts, by resolved path. */
  shiftEncounters: ReadonlyMap<string, ResolvedEncounter>;
  /** How many patients had walked in at the last clock check: it changes when someone arrives, not every second. */
  shiftArrived: number;
  /** Shift seconds now: when the patient at the counter was called plus the encounter clock (outside a shift, the encounter clock alone). */
  shiftClock(): number;
  /** Loads the shift and all its encounters and calls the first patient; refuses, with the problems, if any file is broken. */
  startShift(path: string, mode: Mode, source: ScenarioSource): { ok: true } | { ok: false; problems: Problem[] };
  /**
   * The patient at the counter is done: logs it and calls the next one (the waiting work with turn `next`
   * when the student chose it, else whoever arrived first). 'over' once the shift has ended; 'none' outside a shift.
   */
  finishEncounter(next?: number): 'next' | 'over' | 'none';
  /** Reads the shift clock: logs time-up when the core says the limit has passed, and notes who has walked in. */
  checkClock(): void;
  /** Rebuilds a saved shift around the encounter just resumed (or, once over, around its last patient); false when its file is gone or no longer fits. */
  resumeShift(saved: SavedShift, source: ScenarioSource): boolean;
  /** Forgets the shift (the saved progress is the caller's business). */
  leaveShift(): void;
}

const NO_ENCOUNTERS: ReadonlyMap<string, ResolvedEncounter> = new Map();
const NO_SHIFT = {
  shiftScenario: null,
  shiftPath: null,
  shiftLog: [],
  shiftState: null,
  shiftEncounters: NO_ENCOUNTERS,
  shiftArrived: 0,
} as const;

/** Seconds with the patient at the counter: a finished encounter's clock stops at its last action. */
function secondsWithPatient(s: AppState): number {
  return s.encounter?.complete ? (s.log.at(-1)?.at ?? 0) : s.elapsed();
}

/** Shift slice: the shift log and the shift state replayed from it; the encounter itself stays in the session slice. */
export function createShiftSlice(progress: ProgressStore, wallClock?: WallClock): StateCreator<AppState, [], [], ShiftSlice> {
  return (set, get) => {
    /** The slice's fields for a shift replayed to `state`, counting arrivals at the shift clock. */
    const holding = (loaded: LoadedShift, log: readonly ShiftAction[], state: ShiftState, clock: number) => ({
      shiftScenario: loaded.shift,
      shiftPath: loaded.path,
      shiftLog: log,
      shiftState: state,
      shiftEncounters: loaded.encounters,
      shiftArrived: arrivals(state, clock).arrived,
    });
    const loadedNow = (s: AppState): LoadedShift | null =>
      s.shiftScenario && s.shiftPath ? { shift: s.shiftScenario, path: s.shiftPath, encounters: s.shiftEncounters } : null;
    const encounterAtCounter = (state: ShiftState, encounters: ReadonlyMap<string, ResolvedEncounter>) => {
      const patient = atCounter(state);
      return patient ? (encounters.get(patient.path) ?? null) : null;
    };

    return {
      ...NO_SHIFT,
      shiftClock: () => {
        const s = get();
        return s.shiftState ? shiftClock(s.shiftState, secondsWithPatient(s)) : secondsWithPatient(s);
      },

      startShift: (path, mode, source) => {
        const loaded = loadShift(path, source);
        if (!loaded.ok) return loaded;
        const state = beginShift(loaded.value.shift, (file) => resolveShiftEntry(path, file));
        const first = encounterAtCounter(state, loaded.value.encounters);
        if (!first) return { ok: false, problems: [] };
        set(holding(loaded.value, [], state, state.calledAt));
        // Starting the encounter saves it, with this shift around it.
        get().startEncounter(first, mode);
        return { ok: true };
      },

      finishEncounter: (chosen) => {
        const s = get();
        const loaded = loadedNow(s);
        if (!s.shiftState || !loaded || !s.scenario || s.shiftState.over) return 'none';
        const action = encounterFinished(s.scenario.source, s.log, shiftClock(s.shiftState, secondsWithPatient(s)), chosen);
        const log = [...s.shiftLog, action];
        const state = applyShiftAction(s.shiftState, action);
        set(holding(loaded, log, state, state.over ? action.at : state.calledAt));
        const next = encounterAtCounter(state, loaded.encounters);
        if (!next) {
          // The finished shift stays saved, so a reload shows the summary again, until the student ends the session or starts anew.
          const saved = savedProgressOf({ ...s, shiftLog: log });
          if (saved) set({ saveStatus: progress.save(saved) });
          return 'over';
        }
        get().startEncounter(next, s.mode);
        return 'next';
      },

      checkClock: () => {
        const s = get();
        if (!s.shiftState || !s.shiftScenario || s.shiftState.over) return;
        const clock = shiftClock(s.shiftState, secondsWithPatient(s));
        const limit = timeLimitSeconds(s.shiftScenario, s.settings.timeLimit);
        const arrived = arrivals(s.shiftState, clock).arrived;
        if (isTimeUp(s.shiftState, limit, clock)) {
          const action = timeUp(clock);
          const log = [...s.shiftLog, action];
          const shiftState = applyShiftAction(s.shiftState, action);
          const saved = savedProgressOf({ ...s, shiftLog: log }, wallClock?.());
          set({ shiftLog: log, shiftState, shiftArrived: arrived, saveStatus: saved ? progress.save(saved) : s.saveStatus });
        } else if (arrived !== s.shiftArrived) {
          set({ shiftArrived: arrived });
        }
      },

      resumeShift: (saved, source) => {
        const loaded = loadShift(saved.path, source);
        if (!loaded.ok || loaded.value.shift.id !== saved.id) return false;
        const state = replayShift(loaded.value.shift, (file) => resolveShiftEntry(saved.path, file), saved.log);
        if (state.over) {
          // A finished shift: the saved encounter is the last one it logged, and the summary is what is left to show.
          const last = state.finished.at(-1);
          if (!last || last.source !== get().scenario?.source) return false;
          set(holding(loaded.value, saved.log, state, last.at));
          return true;
        }
        // The saved encounter must be the patient the shift log says is at the counter.
        const current = encounterAtCounter(state, loaded.value.encounters);
        if (!current || current.id !== get().scenario?.id) return false;
        set(holding(loaded.value, saved.log, state, shiftClock(state, secondsWithPatient(get()))));
        return true;
      },

      leaveShift: () => set(NO_SHIFT),
    };
  };
}
