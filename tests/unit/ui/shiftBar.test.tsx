// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shippedSource } from '../../../src/platform/scenarioLibrary';
import { AppStoreProvider } from '../../../src/state/StoreContext';
import { ShiftBar } from '../../../src/ui/game/ShiftBar';
import { makeStore } from '../state/harness';
import { RUSH, rushPatients } from '../state/rush';
import { resolveFixture } from './fixtures';
import './render';

describe('the shift bar', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp(limit: { enabled: boolean; extraMinutes: number }) {
    const { store, clock } = makeStore();
    store.getState().updateSettings({ timeLimit: limit });
    expect(store.getState().startShift(RUSH, 'practice', shippedSource)).toEqual({ ok: true });
    render(
      <AppStoreProvider store={store}>
        <ShiftBar />
      </AppStoreProvider>,
    );
    const passes = (seconds: number) => {
      clock.advance(seconds);
      act(() => void vi.advanceTimersByTime(1000));
    };
    return { store, passes, bar: () => screen.getByRole('banner').textContent ?? '' };
  }

  it('shows who is at the counter, that nobody waits yet, the shift clock and the time left', () => {
    const { store, bar } = setUp({ enabled: true, extraMinutes: 0 });
    const { firstName, lastName } = store.getState().scenario!.patient;
    expect(bar()).toContain(`${firstName} ${lastName} · patient 1 of 10`);
    expect(bar()).toContain('Waiting nobody');
    expect(bar()).toContain('Clock 16:00');
    expect(bar()).toContain('60:00 left');
  });

  it('adds patients to the waiting line as they walk in, and moves the clock on', () => {
    const { passes } = setUp({ enabled: true, extraMinutes: 0 });
    const waiting = () => screen.getByText('Waiting').parentElement?.textContent;
    passes(2 * 60);
    expect(waiting()).toBe('Waiting nobody');
    passes(6 * 60);
    // Patients 2 and 3 came in at 16:03 and 16:07; the fourth is not due until 16:12.
    expect(waiting()).toBe(`Waiting ${rushPatients().slice(1, 3).join(', ')}`);
    expect(screen.getByText('Clock').parentElement?.textContent).toMatch(/^Clock 16:08/);
  });

  it('says time is up when the limit passes, and the store has logged it once', () => {
    const { store, passes, bar } = setUp({ enabled: true, extraMinutes: 0 });
    passes(60 * 60 + 1);
    passes(1);
    expect(bar()).toContain('Time is up');
    expect(store.getState().shiftLog.filter((a) => a.type === 'timeUp')).toEqual([{ type: 'timeUp', at: 3601 }]);
  });

  it('adds the extra minutes from settings', () => {
    const { store, passes, bar } = setUp({ enabled: true, extraMinutes: 15 });
    passes(60 * 60 + 1);
    expect(store.getState().shiftLog).toEqual([]);
    expect(bar()).toMatch(/14:5\d left/);
  });

  it('shows no time left at all when the limit is switched off', () => {
    const { bar } = setUp({ enabled: false, extraMinutes: 0 });
    expect(bar()).not.toContain('left');
  });

  it('shows the time spent, and no queue, for a single patient', () => {
    const { store, clock } = makeStore();
    store.getState().startEncounter(resolveFixture(), 'practice');
    render(
      <AppStoreProvider store={store}>
        <ShiftBar />
      </AppStoreProvider>,
    );
    clock.advance(65);
    act(() => void vi.advanceTimersByTime(1000));
    const bar = screen.getByRole('banner').textContent ?? '';
    expect(bar).toContain('Time spent 1:05');
    expect(bar).not.toContain('Waiting');
    expect(bar).not.toContain('patient 1 of');
  });
});
