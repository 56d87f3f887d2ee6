// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shippedSource } from '../../../src/platform/scenarioLibrary';
import { AppStoreProvider } from '../../../src/state/StoreContext';
import { WaitingPanel } from '../../../src/ui/panels/waiting/WaitingPanel';
import { makeStore } from '../state/harness';
import { RUSH, rushPatients } from '../state/rush';
import './render';

describe('the waiting area, in words', () => {
  it("lists only the shift's patients who have walked in, in the order they came, and adds each as they arrive", () => {
    const patients = rushPatients();
    const { store, clock } = makeStore();
    store.getState().startShift(RUSH, 'practice', shippedSource);
    render(
      <AppStoreProvider store={store}>
        <WaitingPanel />
      </AppStoreProvider>,
    );
    const lines = () => screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines()).toEqual([`${patients[0]}: at the drop-off window`]);

    act(() => {
      clock.advance(13 * 60);
      store.getState().checkClock();
    });
    expect(lines()).toEqual([`${patients[0]}: at the drop-off window`, ...patients.slice(1, 4).map((name) => `${name}: waiting in line`)]);
  });
});
