import type { StateCreator } from 'zustand/vanilla';
import type { Clock, WallClock } from '../platform/clock';
import type { SavedProgress } from '../platform/savedProgressSchema';
import type { LoadResult, ProgressStore, SaveStatus } from '../platform/storage';
import { feedbackAfter } from './feedbackSlice';
import { savedProgressOf } from './savedProgress';
import { FRESH_UI } from './uiSlice';
import type { ActionInput, AppState, Mode } from './types';
import { type Action, apply, textIn, type EncounterState, replay, type ResolvedEncounter, type Result, start } from '../core';

/** The results of the latest dispatch; `seq` changes on every dispatch so subscribers can tell them apart. */
export interface ResultBatch {
  seq: number;
  actionIndex: number;
  results: readonly Result[];
}

/** The encounter being played: scenario, mode, log, derived state and the calls that move it on. */
export interface SessionSlice {
  scenario: ResolvedEncounter | null;
  mode: Mode;
  /** Every action so far; the only thing saved. */
  log: readonly Action[];
  /** Derived by the engine from the log. */
  encounter: EncounterState | null;
  /** Clock reading (ms) at scenario second 0. */
  clockOrigin: number;
  /** Scenario seconds since the encounter began, by the same clock that stamps actions. */
  elapsed(): number;
  lastResults: ResultBatch;
  saveStatus: SaveStatus;
  /** The only way the log grows: stamps the time, applies, saves, queues feedback, emits results. */
  dispatch(action: ActionInput): readonly Result[];
  startEncounter(scenario: ResolvedEncounter, mode: Mode): void;
  /** Replays a saved log; refuses (with a plain message) a save made for another scenario. */
  resumeFrom(saved: SavedProgress, scenario: ResolvedEncounter): { ok: true } | { ok: false; message: string };
  restartEncounter(): void;
  /** Reads the saved progress (the integrator decides whether to resume). */
  loadSavedProgress(): LoadResult;
  /** Forgets the saved progress, e.g. after the report has been seen. */
  clearSavedProgress(): void;
  /** Saves what is on screen now (e.g. after walking to another station) and notes whether it reached storage. */
  saveProgress(): void;
}

const NO_RESULTS: ResultBatch = { seq: 0, actionIndex: -1, results: [] };

/** Session slice: the action log and the engine state derived from it. */
export function createSessionSlice(
  progress: ProgressStore,
  now: Clock,
  wallClock?: WallClock,
): StateCreator<AppState, [], [], SessionSlice> {
  // Scenario seconds to a tenth: finer adds nothing to scoring and bloats the saved log.
  const secondsSince = (origin: number) => Math.max(0, Math.round((now() - origin) / 100) / 10);

  // The shift around the encounter (if any) is saved with it: see savedProgress.ts.
  const save = (s: AppState): SaveStatus => {
    const saved = savedProgressOf(s, wallClock?.());
    return saved ? progress.save(saved) : { ok: true };
  };

  const fresh = (scenario: ResolvedEncounter, mode: Mode, log: readonly Action[], encounter: EncounterState) => {
    const lastAt = log.at(-1)?.at ?? 0;
    return {
      scenario,
      mode,
      log,
      encounter,
      clockOrigin: now() - lastAt * 1000,
      lastResults: NO_RESULTS,
      feedback: [],
      heldFeedback: [],
      ...FRESH_UI,
      // A phone call is taken at the phone, a delivery at the shelves, not at the drop-off window.
      station: scenario.call ? 'phone' : scenario.delivery ? 'shelves' : FRESH_UI.station,
      selectedRxId: scenario.prescriptions[0]?.id ?? null,
    } satisfies Partial<AppState>;
  };

  return (set, get) => ({
    scenario: null,
    mode: 'practice',
    log: [],
    encounter: null,
    clockOrigin: 0,
    lastResults: NO_RESULTS,
    saveStatus: { ok: true },
    elapsed: () => secondsSince(get().clockOrigin),

    dispatch: (input) => {
      const s = get();
      // A finished encounter is closed: later clicks must not change a score already reported.
      if (!s.scenario || !s.encounter || s.encounter.complete) return [];
      const action = { ...input, at: secondsSince(s.clockOrigin) } as Action;
      const { state, results } = apply(s.encounter, action);
      const log = [...s.log, action];
      const saveStatus = save({ ...s, log });
      set({
        log,
        encounter: state,
        saveStatus,
        lastResults: { seq: s.lastResults.seq + 1, actionIndex: log.length - 1, results },
        ...feedbackAfter(s, results, s.mode, state.complete),
        // What was on the tray went into the vial.
        ...(action.type === 'countProduct' ? { tray: 0 } : {}),
      });
      return results;
    },

    startEncounter: (scenario, mode) => {
      const next = fresh(scenario, mode, [], start(scenario));
      set({ ...next, saveStatus: save({ ...get(), ...next }) });
    },

    resumeFrom: (saved, scenario) => {
      if (saved.scenarioId !== scenario.id) {
        return { ok: false, message: `This save belongs to "${saved.scenarioId}", not to "${textIn(scenario.title, 'en')}".` };
      }
      const encounter = replay(scenario, saved.log);
      // Back at the station the student left, not at drop-off.
      const next = { ...fresh(scenario, saved.mode, saved.log, encounter), ...(saved.station ? { station: saved.station } : {}) };
      // Practice feedback already shown before the reload is not repeated; assessment notes stay held for the end.
      const held = saved.mode === 'assessment' && !encounter.complete ? feedbackAfter(next, encounter.results, 'assessment', false) : {};
      set({ ...next, ...held, saveStatus: { ok: true } });
      return { ok: true };
    },

    restartEncounter: () => {
      const { scenario, mode } = get();
      if (scenario) get().startEncounter(scenario, mode);
    },

    loadSavedProgress: () => progress.load(),
    clearSavedProgress: () => progress.clear(),
    saveProgress: () => set({ saveStatus: save(get()) }),
  });
}
