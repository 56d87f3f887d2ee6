import { describe, expect, it, vi } from 'vitest';
import { actions } from '../../../src/core/engine/actionCreators';
import { renderFeedback, renderHint } from '../../../src/core/wording';
import { selectCurrentRx, selectLatestFeedback, selectNextStep, selectReport } from '../../../src/state/selectors';
import { onResults } from '../../../src/state/store';
import { resolveFixture } from '../ui/fixtures';
import { FILL_ACTIONS } from './flow';
import { makeStore } from './harness';

const scenario = resolveFixture();

describe('the store', () => {
  it('starts an encounter at the drop-off window with the first prescription selected', () => {
    const { store, progress } = makeStore();
    store.getState().startEncounter(scenario, 'practice');
    const s = store.getState();
    expect(s.station).toBe('dropoff');
    expect(s.selectedRxId).toBe('rx1');
    expect(selectCurrentRx(s)?.status).toBe('intake');
    expect(renderHint(selectNextStep(s)!, 'en')).toMatch(/name and date of birth/);
    expect(progress.load()).toMatchObject({ kind: 'ok', progress: { scenarioId: 'fill-lisinopril', log: [] } });
  });

  it('stamps each action with scenario seconds from the injected clock', () => {
    const { store, clock } = makeStore();
    store.getState().startEncounter(scenario, 'practice');
    clock.advance(12.34);
    store.getState().dispatch(actions.confirmIdentity('dropoff'));
    clock.advance(5);
    store.getState().dispatch(actions.acceptPrescription('rx1'));
    expect(store.getState().log.map((a) => a.at)).toEqual([12.3, 17.3]);
  });

  it('saves the log after every dispatch', () => {
    const { store, progress } = makeStore();
    store.getState().startEncounter(scenario, 'practice');
    for (const action of FILL_ACTIONS) {
      store.getState().dispatch(action);
      const saved = progress.load();
      expect(saved.kind === 'ok' && saved.progress.log).toEqual(store.getState().log);
    }
  });

  it('shows feedback after each action in practice mode', () => {
    const { store } = makeStore();
    store.getState().startEncounter(scenario, 'practice');
    store.getState().dispatch(FILL_ACTIONS[0]!);
    const [message] = selectLatestFeedback(store.getState());
    expect(message?.outcome).toBe('good');
    expect(message?.result.code).toBe('identity.dropoff');
    expect(renderFeedback(message!.result, 'en').what).toBe(
      "You confirmed Maria Lopez's name and date of birth (04/12/1961) against the profile.",
    );
  });

  it('holds feedback until the report in assessment mode', () => {
    const { store } = makeStore();
    store.getState().startEncounter(scenario, 'assessment');
    FILL_ACTIONS.slice(0, -1).forEach((a) => store.getState().dispatch(a));
    expect(store.getState().feedback).toEqual([]);
    expect(store.getState().heldFeedback.length).toBeGreaterThan(5);
    expect(selectReport(store.getState())).toBeNull();

    store.getState().dispatch(FILL_ACTIONS.at(-1)!);
    expect(store.getState().heldFeedback).toEqual([]);
    expect(store.getState().feedback.length).toBeGreaterThan(5);
    expect(selectReport(store.getState())?.passed).toBe(true);
  });

  it('tells result listeners about each dispatch once, and stops when unsubscribed', () => {
    const { store } = makeStore();
    store.getState().startEncounter(scenario, 'practice');
    const listener = vi.fn();
    const stop = onResults(store, listener);
    store.getState().dispatch(FILL_ACTIONS[0]!);
    store.getState().goToStation('entry');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0][0]).toMatchObject({ code: 'identity.dropoff', outcome: 'good' });
    stop();
    store.getState().dispatch(FILL_ACTIONS[1]!);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('closes the log once the encounter is complete', () => {
    const { store } = makeStore();
    store.getState().startEncounter(scenario, 'practice');
    FILL_ACTIONS.forEach((a) => store.getState().dispatch(a));
    const length = store.getState().log.length;
    expect(store.getState().dispatch(actions.offerCounseling())).toEqual([]);
    expect(store.getState().log).toHaveLength(length);
  });

  it('restarts the same encounter from an empty log', () => {
    const { store, progress } = makeStore();
    store.getState().startEncounter(scenario, 'assessment');
    FILL_ACTIONS.slice(0, 3).forEach((a) => store.getState().dispatch(a));
    store.getState().goToStation('label');
    store.getState().restartEncounter();
    const s = store.getState();
    expect(s.log).toEqual([]);
    expect(s.mode).toBe('assessment');
    expect(s.station).toBe('dropoff');
    expect(s.heldFeedback).toEqual([]);
    expect(progress.load()).toMatchObject({ kind: 'ok', progress: { log: [] } });
  });

  it('reports a full store through saveStatus and keeps playing', () => {
    const { store, backend } = makeStore();
    store.getState().startEncounter(scenario, 'practice');
    backend.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => store.getState().dispatch(FILL_ACTIONS[0]!)).not.toThrow();
    expect(store.getState().saveStatus).toMatchObject({ ok: false, reason: 'full' });
    expect(store.getState().encounter?.identity.dropoff).toBe(true);
  });

  it('empties the counting tray once the count goes into the vial', () => {
    const { store } = makeStore();
    store.getState().startEncounter(scenario, 'practice');
    FILL_ACTIONS.slice(0, 5).forEach((a) => store.getState().dispatch(a));
    store.getState().setTray(30);
    store.getState().dispatch(FILL_ACTIONS[5]!);
    expect(store.getState().tray).toBe(0);
    expect(selectCurrentRx(store.getState())?.counted).toBe(30);
  });
});
