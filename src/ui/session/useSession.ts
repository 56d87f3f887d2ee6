import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Problem } from '../../core';
import type { ScenarioSource } from '../../platform/scenarioLibrary';
import type { AppStore, Mode } from '../../state';

/** What the page shows. What is played, and the shift around it, live in the store. */
export type SessionView =
  | { kind: 'menu'; notice?: string; problems: readonly Problem[] }
  | { kind: 'playing' }
  | { kind: 'shiftOver' };

export interface Session {
  view: SessionView;
  start(path: string, kind: 'encounter' | 'shift', mode: Mode): void;
  nextPatient(): void;
  toMenu(): void;
}

const MENU: SessionView = { kind: 'menu', problems: [] };
const PLAYING: SessionView = { kind: 'playing' };
const SHIFT_OVER: SessionView = { kind: 'shiftOver' };

/**
 * Moves between menu, play and the end of a shift. On first load it resumes saved progress (or
 * explains why it cannot) and honours ?scenario=<path> for a shipped file, played in `startMode`.
 */
export function useSession(store: AppStore, source: ScenarioSource, startPath: string | null, startMode: Mode = 'practice'): Session {
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

  const nextPatient = useCallback(() => {
    const outcome = store.getState().finishEncounter();
    if (outcome === 'next') return;
    if (outcome === 'over') {
      setView(SHIFT_OVER);
      return;
    }
    // A single patient: the report has been seen, so there is nothing left to resume.
    store.getState().clearSavedProgress();
    setView(MENU);
  }, [store]);

  const toMenu = useCallback(() => {
    const s = store.getState();
    // Leaving a finished encounter forgets it; leaving one half-done keeps it (and its shift) to continue later.
    if (!s.encounter || s.encounter.complete) s.clearSavedProgress();
    s.leaveShift();
    setView(MENU);
  }, [store]);

  // First load: resume saved progress, or start ?scenario=…, once.
  const booted = useRef(false);
  useEffect(() => {
    if (booted.current) return;
    booted.current = true;
    const outcome = resumeOrStart(store, source, startPath);
    // A finished shift is kept until the session ends: a reload on its summary shows the summary again.
    if (outcome.kind === 'resumed') setView(store.getState().shiftState?.over ? SHIFT_OVER : PLAYING);
    else if (outcome.kind === 'start') start(outcome.path, outcome.fileKind, startMode);
    else if (outcome.kind === 'notice') setView({ kind: 'menu', notice: outcome.message, problems: [] });
  }, [store, source, startPath, startMode, start]);

  return useMemo(() => ({ view, start, nextPatient, toMenu }), [view, start, nextPatient, toMenu]);
}

type BootOutcome =
  | { kind: 'none' }
  | { kind: 'resumed' }
  | { kind: 'start'; path: string; fileKind: 'encounter' | 'shift' }
  | { kind: 'notice'; message: string };

function resumeOrStart(store: AppStore, source: ScenarioSource, startPath: string | null): BootOutcome {
  const saved = store.getState().loadSavedProgress();
  if (saved.kind === 'unreadable') return { kind: 'notice', message: saved.message };
  if (saved.kind === 'ok') {
    const { progress } = saved;
    const loaded = source.encounter(progress.source);
    if (loaded.ok && (!startPath || samePath(startPath, progress.source))) {
      const resumed = store.getState().resumeFrom(progress, loaded.value);
      if (!resumed.ok) return { kind: 'notice', message: resumed.message };
      // The shift is rebuilt from its log; if its file is gone or changed, the patient is finished on their own.
      if (progress.shift) store.getState().resumeShift(progress.shift, source);
      return { kind: 'resumed' };
    }
    if (!loaded.ok && !startPath) {
      return {
        kind: 'notice',
        message: `Your saved patient came from "${progress.source}", which is not open now. Open that file again to carry on; your saved work is kept until you start something else.`,
      };
    }
  }
  if (startPath) return { kind: 'start', path: startPath, fileKind: /(^|\/)shifts\//.test(startPath) ? 'shift' : 'encounter' };
  return { kind: 'none' };
}

function samePath(a: string, b: string): boolean {
  const clean = (p: string) => p.trim().replace(/^\.?\//, '');
  return clean(a) === clean(b);
}
