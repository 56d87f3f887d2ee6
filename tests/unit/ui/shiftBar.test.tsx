// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppStoreProvider } from '../../../src/state/StoreContext';
import { ShiftBar } from '../../../src/ui/game/ShiftBar';
import { beginShift, shippedSource, type ShiftRun } from '../../../src/ui/shift/shiftRun';
import { makeStore } from '../state/harness';
import { resolveFixture } from './fixtures';
import './render';

function busyAfternoon(): ShiftRun {
  const r = beginShift('scenarios/shifts/busy-afternoon.json', shippedSource);
  if (!r.ok) throw new Error('the busy afternoon does not load');
  return r.value;
}

describe('the shift bar', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp(limit: { enabled: boolean; extraMinutes: number }) {
    const { store, clock } = makeStore();
    store.getState().startEncounter(resolveFixture(), 'practice');
    store.getState().updateSettings({ timeLimit: limit });
    const run = busyAfternoon();
    const onTimeUp = vi.fn();
    render(
      <AppStoreProvider store={store}>
        <ShiftBar run={run} queue={['Ana Ruiz', 'Ben Ode']} onTimeUp={onTimeUp} />
      </AppStoreProvider>,
    );
    return { clock, run, onTimeUp };
  }

  it('shows who is waiting, the shift clock, and the time left', () => {
    const { run } = setUp({ enabled: true, extraMinutes: 0 });
    const bar = screen.getByRole('banner');
    expect(bar.textContent).toContain('Ana Ruiz, Ben Ode');
    expect(bar.textContent).toContain(`patient 1 of ${run.encounterPaths.length}`);
    expect(bar.textContent).toContain(`${run.shift.startsAt}`);
    expect(bar.textContent).toContain(`${run.shift.timeLimitMinutes}:00 left`);
  });

  it('says time is up and tells the game once, when the limit passes', () => {
    const { clock, run, onTimeUp } = setUp({ enabled: true, extraMinutes: 0 });
    clock.advance((run.shift.timeLimitMinutes ?? 0) * 60 + 1);
    act(() => void vi.advanceTimersByTime(2000));
    expect(screen.getByRole('banner').textContent).toContain('Time is up');
    expect(onTimeUp).toHaveBeenCalledTimes(1);
  });

  it('adds the extra minutes from settings, and shows no limit when it is switched off', () => {
    const { clock, run, onTimeUp } = setUp({ enabled: true, extraMinutes: 15 });
    clock.advance((run.shift.timeLimitMinutes ?? 0) * 60 + 1);
    act(() => void vi.advanceTimersByTime(2000));
    expect(onTimeUp).not.toHaveBeenCalled();
    expect(screen.getByRole('banner').textContent).toMatch(/14:5\d left/);
  });

  it('shows no time left at all when the limit is switched off', () => {
    setUp({ enabled: false, extraMinutes: 0 });
    expect(screen.getByRole('banner').textContent).not.toContain('left');
  });
});
