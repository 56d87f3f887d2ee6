import { prioritisation, summarise, timeLimitSeconds, waitingAfter, type LocalText, type PriorityDecision, type ShiftRow } from '../core';
import type { PatientFigure, SceneModel } from '../scene/sceneContract';
import type { FeedbackMessage } from './feedbackSlice';
import { buildSceneModel, type SceneInputs } from './toSceneModel';
import type { AppState } from './types';
import { waitingCalls, waitingFigures } from './waitingFigures';
import {
  type Action,
  type EncounterState,
  nextStep,
  type NextStep,
  type Prescription,
  report,
  type Report,
  type Result,
  type RxProgress,
} from '../core';

const NONE: readonly never[] = [];

/** Memoises a derivation of the encounter state: one result per EncounterState object. */
function perEncounter<T>(derive: (e: EncounterState) => T): (s: AppState) => T | null {
  const cache = new WeakMap<EncounterState, { value: T }>();
  return (s) => {
    const e = s.encounter;
    if (!e) return null;
    let hit = cache.get(e);
    if (!hit) {
      hit = { value: derive(e) };
      cache.set(e, hit);
    }
    return hit.value;
  };
}

/** The scenario being played, if any. */
export const selectScenario = (s: AppState) => s.scenario;
/** The engine's state of the encounter. */
export const selectEncounter = (s: AppState) => s.encounter;
/** practice or assessment. */
export const selectMode = (s: AppState) => s.mode;
/** The station the student is at. */
export const selectStation = (s: AppState) => s.station;
/** The action log. */
export const selectLog = (s: AppState) => s.log;
/** The one way to act. */
export const selectDispatch = (s: AppState) => s.dispatch;
/** Player settings. */
export const selectSettings = (s: AppState) => s.settings;
/** Units on the counting tray. */
export const selectTray = (s: AppState) => s.tray;
/** Whether the last save reached storage. */
export const selectSaveStatus = (s: AppState) => s.saveStatus;
/** True once the bag is handed out or the encounter ended. */
export const selectIsComplete = (s: AppState) => s.encounter?.complete ?? false;
/** Feedback messages held back in assessment mode. */
export const selectHeldCount = (s: AppState) => s.heldFeedback.length;
/** The prescriptions as presented, in scenario order. */
export const selectPrescriptions = (s: AppState): readonly Prescription[] => s.scenario?.prescriptions ?? NONE;
/** The id of the prescription being worked on. */
export const selectSelectedRxId = (s: AppState) => s.selectedRxId;

/** The prescription being worked on, as written. */
export const selectCurrentPrescription = (s: AppState): Prescription | null =>
  s.scenario?.prescriptions.find((p) => p.id === s.selectedRxId) ?? null;

/** Where the prescription being worked on stands. */
export const selectCurrentRx = (s: AppState): RxProgress | null => (s.selectedRxId && s.encounter?.rx[s.selectedRxId]) || null;

/** What the engine suggests doing next (null when nothing is left). */
export const selectNextStep: (s: AppState) => NextStep | null = perEncounter(nextStep);

const completedReport = perEncounter((e) => (e.complete ? report(e) : null));
/** The end-of-encounter report; null until the encounter is complete, so assessment scores never leak early. */
export const selectReport = (s: AppState): Report | null => completedReport(s) ?? null;

const SEVERITY = { critical: 3, mistake: 2, info: 1, good: 0 } as const;

/**
 * The few feedback messages worth showing now, oldest first: from the recent ones, problems
 * before praise, so one data-entry submit with five "Good"s cannot push its one mistake out of view.
 */
export const selectLatestFeedback = (() => {
  let last: { source: FeedbackMessage[]; value: FeedbackMessage[] } | null = null;
  return (s: AppState): FeedbackMessage[] => {
    if (last?.source !== s.feedback) {
      const recent = s.feedback.slice(-8);
      const keep = new Set(
        recent
          .map((m, i) => ({ m, rank: SEVERITY[m.outcome] * 100 + i }))
          .sort((a, b) => b.rank - a.rank)
          .slice(0, 3)
          .map((x) => x.m),
      );
      last = { source: s.feedback, value: recent.filter((m) => keep.has(m)) };
    }
    return last.value;
  };
})();

/** Log index of the most recent action of `type` (on prescription `rx`, when given); -1 if never done. */
export function lastActionIndex(log: readonly Action[], type: Action['type'], rx?: string): number {
  for (let i = log.length - 1; i >= 0; i--) {
    const a = log[i];
    if (a && a.type === type && (rx === undefined || ('rx' in a && a.rx === rx))) return i;
  }
  return -1;
}

/** The results of the most recent action of `type` on prescription `rx` (empty if never done). */
export function lastActionResults(
  log: readonly Action[],
  encounter: EncounterState | null,
  type: Action['type'],
  rx?: string,
): readonly Result[] {
  const i = lastActionIndex(log, type, rx);
  if (!encounter || i < 0) return NONE;
  return encounter.results.filter((r) => r.actionIndex === i);
}

function sceneInputs(s: AppState): SceneInputs {
  return {
    station: s.station,
    scenario: s.scenario,
    encounter: s.encounter,
    selectedRxId: s.selectedRxId,
    tray: s.tray,
    typing: s.typing,
    lastActionType: s.log.at(-1)?.type ?? null,
    reducedMotion: s.settings.reducedMotion,
    quality: s.settings.quality,
  };
}

/** The 3D scene's view model; the same object until one of its inputs changes. */
export const selectSceneModel = (() => {
  let cached: { inputs: SceneInputs; model: SceneModel } | null = null;
  return (s: AppState): SceneModel => {
    const inputs = sceneInputs(s);
    const same = cached && (Object.keys(inputs) as (keyof SceneInputs)[]).every((k) => cached?.inputs[k] === inputs[k]);
    if (!cached || !same) cached = { inputs, model: buildSceneModel(inputs) };
    return cached.model;
  };
})();

/** Remembers the last result while every input is the same object, so React sees no change until something shown changes. */
function lastFor<I extends unknown[], T>(inputs: (s: AppState) => [...I], derive: (...i: I) => T): (s: AppState) => T {
  let last: { inputs: I; value: T } | null = null;
  return (s) => {
    const now = inputs(s);
    if (!last || now.some((v, k) => v !== last?.inputs[k])) last = { inputs: now, value: derive(...now) };
    return last.value;
  };
}

/** What the shift bar shows besides the names: which patient this is, the start time and the limit in effect. */
export interface ShiftBarFigures {
  /** The patient at the counter, counted from 1. */
  patientNumber: number;
  patientCount: number;
  /** Clock time the shift starts, "16:00". */
  startsAt: string;
  /** Shift seconds allowed (the shift's limit plus any extra minutes); null for no limit. */
  limitSeconds: number | null;
}

/** The shift bar's figures; null outside a shift. */
export const selectShiftBar = lastFor(
  (s) => [s.shiftState, s.settings.timeLimit],
  (state, setting): ShiftBarFigures | null =>
    state && {
      patientNumber: Math.min(state.current, state.patients.length - 1) + 1,
      patientCount: state.patients.length,
      startsAt: state.shift.startsAt,
      limitSeconds: timeLimitSeconds(state.shift, setting),
    },
);

const selectWaitingPatients = lastFor(
  (s) => [s.shiftState, s.shiftArrived],
  (state, arrived) => (state ? waitingAfter(state, arrived) : NONE),
);

/** The shift's patients who have walked in and wait behind the counter, as figures in the queue, in arrival order. */
export const selectWaitingFigures: (s: AppState) => readonly PatientFigure[] = lastFor(
  (s) => [selectWaitingPatients(s), s.shiftEncounters, s.settings.language],
  (waiting, encounters, language) => waitingFigures(waiting, encounters, language),
);

/** Callers waiting on the phone line (shift encounters that arrive by phone), in arrival order. */
export const selectWaitingCalls: (s: AppState) => readonly string[] = lastFor(
  (s) => [selectWaitingPatients(s), s.shiftEncounters],
  (waiting, encounters) => waitingCalls(waiting, encounters),
);

/** Names of the patients waiting behind the counter, in arrival order. */
export const selectWaitingNames: (s: AppState) => readonly string[] = lastFor(
  (s) => [selectWaitingFigures(s)],
  (figures) => figures.map((f) => f.displayName),
);

/** The end of a shift: its title, each finished patient's replayed report, and whether time ran out first. Null until the shift is over. */
export interface ShiftSummaryView {
  title: LocalText;
  rows: ShiftRow[];
  /** True when the time limit ended the shift before every patient was seen. */
  timeUp: boolean;
  /** How the student prioritised patients and back-room tasks, judged at each real choice. */
  priorities: PriorityDecision[];
}

/** The end-of-shift summary, replayed from the finished logs; null while the shift goes on. */
export const selectShiftSummary = lastFor(
  (s) => [s.shiftState, s.shiftEncounters],
  (state, encounters): ShiftSummaryView | null => {
    if (!state?.over) return null;
    const bySource = new Map([...encounters.values()].map((e) => [e.source, e]));
    return {
      title: state.shift.title,
      rows: summarise(state, (source) => bySource.get(source) ?? null),
      timeUp: state.timeUpAt !== null && state.finished.length < state.patients.length,
      priorities: prioritisation(state, (path) => {
        const e = encounters.get(path);
        if (!e) return null;
        return { title: e.channel === 'backRoom' ? e.title : `${e.patient.firstName} ${e.patient.lastName}`, channel: e.channel };
      }),
    };
  },
);
