// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { shippedSource } from '../../../src/platform/scenarioLibrary';
import { selectShiftSummary } from '../../../src/state/selectors';
import { AppStoreProvider } from '../../../src/state/StoreContext';
import { WaitingPanel } from '../../../src/ui/panels/waiting/WaitingPanel';
import { NextWorkChoice } from '../../../src/ui/shift/NextWorkChoice';
import { makeStore } from '../state/harness';
import './render';

const SHIFT = 'scenarios/shifts/back-room-tuesday.json';

/** The back-room Tuesday shift, three minutes in: Marisol Ortega at the counter, the will-call task and Tomás Herrera waiting. */
function threeMinutesIn() {
  const { store, clock } = makeStore();
  expect(store.getState().startShift(SHIFT, 'practice', shippedSource)).toEqual({ ok: true });
  clock.advance(3 * 60);
  store.getState().checkClock();
  return store;
}

describe('back-room tasks in a shift', () => {
  it('lists a waiting back-room task as a task, not a person', () => {
    const store = threeMinutesIn();
    render(
      <AppStoreProvider store={store}>
        <WaitingPanel />
      </AppStoreProvider>,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Marisol Ortega: at the drop-off window',
      'Back-room task: Back room: fill a will-call refill: waiting in the back room',
      'Tomás Herrera: waiting in line',
    ]);
  });

  it('offers a choice of what comes next, and the summary judges it', () => {
    const store = threeMinutesIn();
    const onNext = vi.fn((turn?: number) => store.getState().finishEncounter(turn));
    render(
      <AppStoreProvider store={store}>
        <NextWorkChoice onNext={onNext} />
      </AppStoreProvider>,
    );
    const choice = screen.getByRole('group', { name: 'What do you do next?' });
    expect(
      within(choice)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['📦 Back-room task: Back room: fill a will-call refill', '🧍 Serve Tomás Herrera at the counter']);
    act(() => fireEvent.click(within(choice).getByRole('button', { name: /Serve Tomás Herrera/ })));
    expect(onNext).toHaveBeenCalledWith(2);
    expect(store.getState().scenario?.patient.lastName).toBe('Herrera');
    // Finish the rest in arrival order, then read the summary's judgement of that first choice.
    act(() => {
      while (store.getState().finishEncounter() === 'next');
    });
    const first = selectShiftSummary(store.getState())?.priorities[0];
    expect(first).toMatchObject({ code: 'priority.patientFirst', outcome: 'good', params: { taken: 'Tomás Herrera' } });
  });
});
