import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Problem } from '../../core/scenario/problems';
import type { PatientFigure } from '../../scene/sceneModel';
import type { AppStore, Mode } from '../../state';
import { advance, beginShift, placeOf, resumeShift, shiftOver, summarise, type ScenarioSource, type ShiftRow, type ShiftRun } from '../shift/shiftRun';
import { waitingFigures } from './waitingFigures';

/** What the page shows. */
export type SessionView =
  | { kind: 'menu'; notice?: string; problems: readonly Problem[] }
  | { kind: 'playing'; run: ShiftRun | null; waiting: PatientFigure[] }
  | { kind: 'shiftOver'; title: string; rows: ShiftRow[]; timeUp: boolean };

export interface Session {
  view: SessionView;
  start(path: string, kind: 'encounter' | 'shift', mode: Mode): void;
  nextPatient(): void;
  timeUp(): void;
  toMenu(): void;
}

const MENU: SessionView = { kind: 'menu', problems: [] };

/**
 * Moves between menu, play and the end of a shift. On first load it resumes saved progress (or
 * explains why it cannot) and honours ?scenario=<path> for a shipped file, played in `startMode`.
 */
export function useSession(store: AppStore, source: ScenarioSource, startPath: string | null, startMode: Mode = 'practice'): Session {
  const [view, setView] = useState<SessionView>(MENU);
  const run = useRef<ShiftRun | null>(null);
  const timeIsUp = useRef(false);

  const play = useCallback(
    (next: ShiftRun | null) => {
      run.current = next;
      setView({ kind: 'playing', run: next, waiting: waitingFigures(next, source) });
    },
    [source],
  );

  const startEncounterAt = useCallback(
    (path: string, mode: Mode, shift: ShiftRun | null): boolean => {
      const loaded = source.encounter(path);
      if (!loaded.ok) {
        setView({ kind: 'menu', problems: loaded.problems });
        return false;
      }
      store.getState().startEncounter(loaded.value, mode, shift ? placeOf(shift) : undefined);
      play(shift);
      return true;
    },
    [source, store, play],
  );

  const start = useCallback(
    (path: string, kind: 'encounter' | 'shift', mode: Mode) => {
      timeIsUp.current = false;
      if (kind === 'encounter') {
        startEncounterAt(path, mode, null);
        return;
      }
      const begun = beginShift(path, source);
      if (!begun.ok) {
        setView({ kind: 'menu', problems: begun.problems });
        return;
      }
      const first = begun.value.encounterPaths[0];
      if (first) startEncounterAt(first, mode, begun.value);
    },
    [source, startEncounterAt],
  );

  const finishShift = useCallback(
    (done: ShiftRun) => {
      store.getState().clearSavedProgress();
      run.current = null;
      setView({ kind: 'shiftOver', title: done.shift.title, rows: summarise(done, source), timeUp: timeIsUp.current });
    },
    [store, source],
  );

  const nextPatient = useCallback(() => {
    const s = store.getState();
    const current = run.current;
    if (!current || !s.scenario) {
      s.clearSavedProgress();
      setView(MENU);
      return;
    }
    const after = advance(current, { source: s.scenario.source, log: s.log });
    const nextPath = after.encounterPaths[after.index];
    if (shiftOver(after) || timeIsUp.current || !nextPath) finishShift(after);
    else startEncounterAt(nextPath, s.mode, after);
  }, [store, finishShift, startEncounterAt]);

  const toMenu = useCallback(() => {
    const s = store.getState();
    // Leaving a finished encounter forgets it; leaving one half-done keeps it to continue later.
    if (!s.encounter || s.encounter.complete) s.clearSavedProgress();
    run.current = null;
    setView(MENU);
  }, [store]);

  const timeUp = useCallback(() => {
    timeIsUp.current = true;
  }, []);

  // First load: resume saved progress, or start ?scenario=…, once.
  const booted = useRef(false);
  useEffect(() => {
    if (booted.current) return;
    booted.current = true;
    const outcome = resumeOrStart(store, source, startPath);
    if (outcome.kind === 'resumed') play(outcome.run);
    else if (outcome.kind === 'start') start(outcome.path, outcome.fileKind, startMode);
    else if (outcome.kind === 'notice') setView({ kind: 'menu', notice: outcome.message, problems: [] });
  }, [store, source, startPath, startMode, play, start]);

  return useMemo(() => ({ view, start, nextPatient, timeUp, toMenu }), [view, start, nextPatient, timeUp, toMenu]);
}

type BootOutcome =
  | { kind: 'none' }
  | { kind: 'resumed'; run: ShiftRun | null }
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
      if (resumed.ok) return { kind: 'resumed', run: progress.shift ? resumeShift(progress.shift, source) : null };
      return { kind: 'notice', message: resumed.message };
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
