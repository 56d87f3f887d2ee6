import { describe, expect, it } from 'vitest';
import { actions } from '../../../src/core/engine/actionCreators';
import { parseSig, type SigDirections } from '../../../src/core/rules/sig';
import { renderSig } from '../../../src/core/wording';
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

describe('the bench text in the scene model', () => {
  it('puts the label being made on the printer: the entry in patient words, never a sample', () => {
    const store = started();
    expect(selectSceneModel(store.getState()).bench.label).toEqual([]);
    FILL_ACTIONS.slice(0, 2).forEach((a) => store.getState().dispatch(a));
    store.getState().dispatch(
      actions.enterPrescription('rx1', {
        productId: 'lisinopril-10-tab',
        sig: '2 tab po bid',
        quantity: 120,
        daysSupply: 30,
        refills: 1,
        daw: 0,
      }),
    );
    const label = selectSceneModel(store.getState()).bench.label;
    expect(label).toEqual([
      'MARIA LOPEZ',
      renderSig(parseSig('2 tab po bid') as SigDirections, 'en'),
      'Lisinopril 10 mg tablet',
      'Qty 120   RF 1',
    ]);
    expect(label.join(' ')).not.toMatch(/Qty 30|RF 2/);
  });

  it('shows on the monitor what is being typed, then what was entered', () => {
    const store = started();
    store.getState().setTyping({ drug: 'Lisinopril 10 mg tablet', sig: '1 tab po q', quantity: '3' });
    expect(selectSceneModel(store.getState()).bench.monitor).toEqual(['Drug: Lisinopril 10 mg tablet', 'Sig: 1 tab po q', 'Qty: 3']);
    store.getState().setTyping(null);
    expect(selectSceneModel(store.getState()).bench.monitor).toEqual([]);
  });

  it('marks a liquid in hand, so the bench shows the graduate instead of the pill tray', () => {
    const store = started();
    FILL_ACTIONS.slice(0, 2).forEach((a) => store.getState().dispatch(a));
    store.getState().dispatch(
      actions.enterPrescription('rx1', {
        productId: 'amoxicillin-400-susp',
        sig: '5 ml po bid',
        quantity: 100,
        daysSupply: 10,
        refills: 0,
        daw: 0,
      }),
    );
    store.getState().dispatch(actions.selectProduct('rx1', 'amoxicillin-400-susp'));
    expect(selectSceneModel(store.getState()).bench.liquid).toBe(true);
  });
});
