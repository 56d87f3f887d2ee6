import { describe, expect, it } from 'vitest';
import { selectSceneModel } from '../../../src/state/selectors';
import { resolveFixture } from '../ui/fixtures';
import { FILL_ACTIONS } from './flow';
import { makeStore } from './harness';

const scenario = resolveFixture();

function started() {
  const { store } = makeStore();
  store.getState().startEncounter(scenario, 'practice');
  return store;
}

describe('the scene view model', () => {
  it('lays out the shelf in scenario order with tall-man names', () => {
    const model = selectSceneModel(started().getState());
    expect(model.shelf.map((b) => b.productId)).toEqual(scenario.shelf);
    expect(model.shelf.find((b) => b.productId === 'hydroxyzine-25-tab')).toMatchObject({
      labelName: 'hydrOXYzine hcl',
      strength: '25 mg',
      ndc: '0591-5335-01',
      container: 'bottle',
    });
    expect(model.shelf.find((b) => b.productId === 'albuterol-hfa')?.container).toBe('inhaler');
  });

  it('keeps its identity until one of its inputs changes', () => {
    const store = started();
    const before = selectSceneModel(store.getState());
    store.getState().updateSettings({ effectsVolume: 0.2 });
    store.getState().dismissFeedback('nothing');
    expect(selectSceneModel(store.getState())).toBe(before);
    store.getState().goToStation('shelves');
    const after = selectSceneModel(store.getState());
    expect(after).not.toBe(before);
    expect(after.station).toBe('shelves');
    // The shelf itself is not rebuilt when only the station changes.
    expect(after.shelf).toBe(before.shelf);
  });

  it('follows the patient from the drop-off window to the pick-up window and out', () => {
    const store = started();
    const place = () => selectSceneModel(store.getState()).patients[0]?.place;
    expect(place()).toBe('dropoff');
    FILL_ACTIONS.slice(0, 8).forEach((a) => store.getState().dispatch(a));
    expect(place()).toBe('pickup');
    FILL_ACTIONS.slice(8).forEach((a) => store.getState().dispatch(a));
    expect(place()).toBe('gone');
  });

  it('shows the bottle in hand and the pills on the tray', () => {
    const store = started();
    FILL_ACTIONS.slice(0, 4).forEach((a) => store.getState().dispatch(a));
    store.getState().setTray(15);
    const model = selectSceneModel(store.getState());
    expect(model.pickedProductId).toBe('lisinopril-10-tab');
    expect(model.trayCount).toBe(15);
  });

  it('passes the motion and quality settings through', () => {
    const store = started();
    store.getState().updateSettings({ reducedMotion: true, quality: 'low' });
    expect(selectSceneModel(store.getState())).toMatchObject({ reducedMotion: true, quality: 'low' });
  });
});

describe('clicks in the 3D view', () => {
  it('walk to stations and take or put back bottles through the store', async () => {
    const { sceneEvents } = await import('../../../src/state/sceneEvents');
    const store = started();
    FILL_ACTIONS.slice(0, 3).forEach((a) => store.getState().dispatch(a));
    const events = sceneEvents(store);
    events.onStation('shelves');
    expect(store.getState().station).toBe('shelves');
    events.onPickProduct('lisinopril-10-tab');
    expect(store.getState().log.at(-1)).toMatchObject({ type: 'selectProduct', rx: 'rx1', productId: 'lisinopril-10-tab' });
    events.onPickProduct('lisinopril-10-tab');
    expect(store.getState().log.at(-1)).toMatchObject({ type: 'returnProduct', rx: 'rx1' });
  });
});
