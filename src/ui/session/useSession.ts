import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Problem } from '../../core';
import type { SavedProgress } from '../../platform/savedProgressSchema';
import type { ScenarioSource } from '../../platform/scenarioLibrary';
import type { AppStore, Mode } from '../../state';
import { savedProgressOf } from '../../state/savedProgress';
import { resumeOffer, type ResumeOffer, type StartLink } from './resumeOffer';

/** What the page shows. What is played, and the shift around it, live in the store. */
export type SessionView =
  | { kind: 'menu'; notice?: string; problems: readonly Problem[] }
  | { kind: 'resume'; offer: ResumeOffer }
  | { kind: 'playing' }
  | { kind: 'shiftOver' };

export interface Session {
  view: SessionView;
  start(path: string, kind: 'encounter' | 'shift', mode: Mode): void;
  /** Moves on in a shift: to the waiting work with turn `next` when the student chose it, else the first to arrive. */
  nextPatient(next?: number): void;
  toMenu(): void;
  /** From the resume prompt: picks the saved work up where it was left. */
  continueSaved(): void;
  /** From the resume prompt: deletes the saved work, then follows the `?scenario=` link or shows the menu. */
  startFresh(): void;
}

const MENU: SessionView = { kind: 'menu', problems: [] };
const PLAYING: SessionView = { kind: 'playing' };
const SHIFT_OVER: SessionView = { kind: 'shiftOver' };

/**
 * Moves between menu, play and the end of a shift. On first load, saved progress is offered (never
 * resumed silently: see ResumePrompt) or explained, and ?scenario=<path> starts a shipped file, played in `startMode`.
 */
export function useSession(
  store: AppStore,
  source: ScenarioSource,
  startPath: string | null,
  startMode: Mode = 'practice',
  resumeWithoutAsking = false,
): Session {
  const [view, setView] = useState<SessionView>(MENU);

  const start = useCallback(
    (path: string, kind: 'encounter' | 'shift', mode: Mode) => {
      const s = store.getState();
      if (kind === 'shift') {
        const begun = s.startShift(path, mode, source);
        setView(begun.ok ? PLAYING : { kind: 'menu', problems: begun.problems });
        return;
      }
      const loaded = source.encounter(path);
      if (!loaded.ok) {
        setView({ kind: 'menu', problems: loaded.problems });
        return;
      }
      // A single patient stands alone: no shift is saved around it.
      s.leaveShift();
      s.startEncounter(loaded.value, mode);
      setView(PLAYING);
    },
    [source, store],
  );

  const nextPatient = useCallback(
    (next?: number) => {
      const outcome = store.getState().finishEncounter(next);
      if (outcome === 'next') return;
      if (outcome === 'over') {
        setView(SHIFT_OVER);
        return;
      }
      // A single patient: the report has been seen, so there is nothing left to resume.
      store.getState().clearSavedProgress();
      setView(MENU);
    },
    [store],
  );

  const toMenu = useCallback(() => {
    const s = store.getState();
    if (s.shiftState && !s.shiftState.over && s.encounter?.complete) {
      // Leaving a shift from a report: this patient counts, and the shift waits at the next one,
      // offered like any saved work (so a reflexive Escape loses nothing).
      const outcome = s.finishEncounter();
      if (outcome === 'over') {
        setView(SHIFT_OVER);
        return;
      }
      const now = store.getState();
      const saved = savedProgressOf(now, Date.now());
      const offered = saved ? resumeOffer(saved, source, null) : null;
      now.leaveShift();
      setView(offered?.ok ? { kind: 'resume', offer: offered.offer } : MENU);
      return;
    }
    // Leaving a finished encounter forgets it; leaving one half-done keeps it (and its shift) to continue later.
    // A finished shift's summary is kept until End session (or until something else is started).
    if ((!s.encounter || s.encounter.complete) && !s.shiftState?.over) s.clearSavedProgress();
    s.leaveShift();
    setView(MENU);
  }, [store, source]);

  const resumeWith = useCallback(
    (offer: ResumeOffer) => {
      const { progress, scenario } = offer;
      const s = store.getState();
      s.leaveShift();
      const resumed = s.resumeFrom(progress, scenario);
      if (!resumed.ok) {
        setView({ kind: 'menu', notice: resumed.message, problems: [] });
        return;
      }
      // The shift is rebuilt from its log; if its file is gone or changed, the patient is finished on their own.
      if (progress.shift) store.getState().resumeShift(progress.shift, source);
      // A finished shift is kept until the session ends: continuing it shows its summary again.
      setView(store.getState().shiftState?.over ? SHIFT_OVER : PLAYING);
    },
    [store, source],
  );

  const continueSaved = useCallback(() => {
    if (view.kind === 'resume') resumeWith(view.offer);
  }, [view, resumeWith]);

  const startFresh = useCallback(() => {
    if (view.kind !== 'resume') return;
    // Nothing of the saved work is kept (unreadable saves were backed up before any offer was made).
    store.getState().clearSavedProgress();
    const { then } = view.offer;
    if (then) start(then.path, then.fileKind, startMode);
    else setView(MENU);
  }, [view, store, start]);

  // First load: offer saved progress, or start ?scenario=…, once.
  const booted = useRef(false);
  useEffect(() => {
    if (booted.current) return;
    booted.current = true;
    const outcome = bootOutcome(store, source, startPath);
    // An LMS launch names the learner and says "resume" itself, so there is nobody else's work to ask about.
    if (outcome.kind === 'offer' && resumeWithoutAsking) resumeWith(outcome.offer);
    else if (outcome.kind === 'offer') setView({ kind: 'resume', offer: outcome.offer });
    else if (outcome.kind === 'start') start(outcome.link.path, outcome.link.fileKind, startMode);
    else if (outcome.kind === 'notice') setView({ kind: 'menu', notice: outcome.message, problems: [] });
  }, [store, source, startPath, startMode, start, resumeWithoutAsking, resumeWith]);

  return useMemo(
    () => ({ view, start, nextPatient, toMenu, continueSaved, startFresh }),
    [view, start, nextPatient, toMenu, continueSaved, startFresh],
  );
}

type BootOutcome =
  { kind: 'none' } | { kind: 'offer'; offer: ResumeOffer } | { kind: 'start'; link: StartLink } | { kind: 'notice'; message: string };

/** A save with no action in the encounter and none in its shift: a patient opened and never worked. */
function nothingPlayed(progress: SavedProgress): boolean {
  return progress.log.length === 0 && !progress.shift?.log.length;
}

function bootOutcome(store: AppStore, source: ScenarioSource, startPath: string | null): BootOutcome {
  const link: StartLink | null = startPath ? { path: startPath, fileKind: /(^|\/)shifts\//.test(startPath) ? 'shift' : 'encounter' } : null;
  const saved = store.getState().loadSavedProgress();
  if (saved.kind === 'unreadable') return { kind: 'notice', message: saved.message };
  if (saved.kind === 'ok' && nothingPlayed(saved.progress)) {
    // Started and left untouched: nothing to lose, so nothing to ask about.
    store.getState().clearSavedProgress();
  } else if (saved.kind === 'ok') {
    const offered = resumeOffer(saved.progress, source, link);
    if (offered.ok) return { kind: 'offer', offer: offered.offer };
    // A save from a file that is not open now is kept for later; a link still opens what it names.
    if (!link) return { kind: 'notice', message: offered.message };
  }
  if (link) return { kind: 'start', link };
  return { kind: 'none' };
}
