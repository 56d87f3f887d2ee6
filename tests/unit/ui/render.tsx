import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import type { ResolvedEncounter } from '../../../src/core/scenario/resolve';
import { AppStoreProvider } from '../../../src/state/StoreContext';
import type { ActionInput, Mode } from '../../../src/state/types';
import { makeStore } from '../state/harness';
import { resolveFixture } from './fixtures';
import type { StationId } from '../../../src/core';

afterEach(cleanup);

/** Renders `ui` over a fresh store with an encounter started (and `actions` already played). */
export function renderWithStore(
  ui: ReactElement,
  options: { scenario?: ResolvedEncounter; mode?: Mode; actions?: ActionInput[]; station?: StationId } = {},
) {
  const { store } = makeStore();
  store.getState().startEncounter(options.scenario ?? resolveFixture(), options.mode ?? 'practice');
  for (const action of options.actions ?? []) store.getState().dispatch(action);
  if (options.station) store.getState().goToStation(options.station);
  const user = userEvent.setup();
  const view = render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>);
  return { ...view, store, user, log: () => store.getState().log };
}
