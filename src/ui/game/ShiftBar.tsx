import { useEffect, useRef } from 'react';
import { selectScenario, selectSettings, useAppStore, useAppStoreApi } from '../../state';
import type { ShiftRun } from '../shift/shiftRun';
import { clockText, minutesText } from './clockText';

interface ShiftBarProps {
  run: ShiftRun | null;
  /** Names of the patients still waiting, in order. */
  queue: string[];
  onTimeUp(): void;
}

/**
 * The top bar: who is at the counter, who is waiting, and the clock in scenario time. The clock
 * ticks through a ref once a second, so it never re-renders React.
 */
export function ShiftBar({ run, queue, onTimeUp }: ShiftBarProps) {
  const store = useAppStoreApi();
  const scenario = useAppStore(selectScenario);
  const { timeLimit } = useAppStore(selectSettings);
  const clock = useRef<HTMLSpanElement>(null);
  const left = useRef<HTMLSpanElement>(null);
  const limitMinutes = run?.shift.timeLimitMinutes && timeLimit.enabled ? run.shift.timeLimitMinutes + timeLimit.extraMinutes : null;

  useEffect(() => {
    let fired = false;
    const tick = () => {
      const s = store.getState();
      const inEncounter = s.encounter?.complete ? (s.log.at(-1)?.at ?? 0) : s.elapsed();
      const elapsed = (run?.elapsedSeconds ?? 0) + inEncounter;
      if (clock.current) clock.current.textContent = run ? clockText(run.shift.startsAt, elapsed) : minutesText(elapsed);
      if (limitMinutes !== null && left.current) {
        const remaining = limitMinutes * 60 - elapsed;
        left.current.textContent = remaining > 0 ? `${minutesText(remaining)} left` : 'Time is up';
        if (remaining <= 0 && !fired) {
          fired = true;
          onTimeUp();
        }
      }
    };
    tick();
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, [store, run, limitMinutes, onTimeUp]);

  if (!scenario) return null;
  return (
    <header className="shift-bar">
      <p className="shift-bar-patient">
        <span className="shift-bar-label">At the counter</span> {scenario.patient.firstName} {scenario.patient.lastName}
        {run && (
          <span className="shift-bar-count">
            {' '}
            · patient {run.index + 1} of {run.encounterPaths.length}
          </span>
        )}
      </p>
      {run && (
        <p className="shift-bar-queue">
          <span className="shift-bar-label">Waiting</span> {queue.length ? queue.join(', ') : 'nobody'}
        </p>
      )}
      <p className="shift-bar-clock">
        <span className="shift-bar-label">{run ? 'Clock' : 'Time spent'}</span> <span ref={clock} />
        {limitMinutes !== null && (
          <>
            {' '}
            · <span ref={left} />
          </>
        )}
      </p>
    </header>
  );
}
