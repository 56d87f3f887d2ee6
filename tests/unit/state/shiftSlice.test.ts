import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../../src/platform/keyValueBackend';
import { shippedSource } from '../../../src/platform/scenarioLibrary';
import { selectShiftBar, selectShiftSummary, selectWaitingFigures, selectWaitingNames } from '../../../src/state/selectors';
import type { AppStore } from '../../../src/state/store';
import { makeStore } from './harness';
import { RUSH, rushPatients } from './rush';

function startRush(backend = memoryBackend()) {
  const made = makeStore(backend);
  const begun = made.store.getState().startShift(RUSH, 'practice', shippedSource);
  expect(begun).toEqual({ ok: true });
  return made;
}

/** Sends the patient at the counter away and moves on, as "End the encounter" then "Next patient" do. */
function sendOn(store: AppStore) {
  store.getState().dispatch({ type: 'endEncounter' });
  return store.getState().finishEncounter();
}

/** A reload: a new store over the same storage, resumed the way the page does it. */
function reload(backend: ReturnType<typeof memoryBackend>) {
  const again = makeStore(backend);
  const saved = again.store.getState().loadSavedProgress();
  if (saved.kind !== 'ok') throw new Error(`expected a save, got ${saved.kind}`);
  const encounter = shippedSource.encounter(saved.progress.source);
  if (!encounter.ok) throw new Error(saved.progress.source);
  expect(again.store.getState().resumeFrom(saved.progress, encounter.value)).toEqual({ ok: true });
  const resumed = saved.progress.shift ? again.store.getState().resumeShift(saved.progress.shift, shippedSource) : false;
  return { ...again, resumed };
}

const name = (store: AppStore) => `${store.getState().scenario?.patient.firstName} ${store.getState().scenario?.patient.lastName}`;

describe('the shift slice', () => {
  const patients = rushPatients();

  it('starts the rush with the first patient at the counter and nobody yet in line', () => {
    const { store, progress } = startRush();
    expect(name(store)).toBe(patients[0]);
    expect(selectWaitingNames(store.getState())).toEqual([]);
    expect(selectShiftBar(store.getState())).toEqual({ patientNumber: 1, patientCount: 10, startsAt: '16:00', limitSeconds: 3600 });
    const saved = progress.load();
    expect(saved.kind === 'ok' && saved.progress.shift).toEqual({ id: 'busy-afternoon', path: RUSH, log: [] });
  });

  it('lets patients walk in as the clock reaches their arrival, queued in arrival order', () => {
    const { store, clock } = startRush();
    clock.advance(179);
    store.getState().checkClock();
    expect(selectWaitingNames(store.getState())).toEqual([]);
    clock.advance(1);
    store.getState().checkClock();
    expect(selectWaitingNames(store.getState())).toEqual(patients.slice(1, 2));
    clock.advance(5 * 60);
    store.getState().checkClock();
    expect(selectWaitingNames(store.getState())).toEqual(patients.slice(1, 3));
    const figures = selectWaitingFigures(store.getState());
    expect(figures.map((f) => [f.displayName, f.place])).toEqual([
      [patients[1], 'queue'],
      [patients[2], 'queue'],
    ]);
    // Same object until someone else walks in, so the 3D queue is not rebuilt every second.
    clock.advance(1);
    store.getState().checkClock();
    expect(selectWaitingFigures(store.getState())).toBe(figures);
  });

  it('logs the finished encounter with its source and whole log, then calls the next patient', () => {
    const { store, clock } = startRush();
    clock.advance(200);
    const first = store.getState().scenario?.source;
    store.getState().dispatch({ type: 'endEncounter' });
    const log = store.getState().log;
    expect(store.getState().finishEncounter()).toBe('next');
    expect(store.getState().shiftLog).toEqual([{ type: 'encounterFinished', source: first, log, at: 200 }]);
    expect(name(store)).toBe(patients[1]);
    expect(store.getState().log).toEqual([]);
    expect(selectShiftBar(store.getState())?.patientNumber).toBe(2);
    expect(store.getState().shiftClock()).toBe(200);
  });

  it('decides time-up in the store, logs it once with its time, and saves it', () => {
    const { store, clock, progress } = startRush();
    clock.advance(3600);
    store.getState().checkClock();
    store.getState().checkClock();
    expect(store.getState().shiftLog).toEqual([{ type: 'timeUp', at: 3600 }]);
    const saved = progress.load();
    expect(saved.kind === 'ok' && saved.progress.shift?.log).toEqual([{ type: 'timeUp', at: 3600 }]);
  });

  it("gives the settings' extra minutes, and no time-up at all when the limit is switched off", () => {
    const extra = startRush();
    extra.store.getState().updateSettings({ timeLimit: { enabled: true, extraMinutes: 15 } });
    extra.clock.advance(3600);
    extra.store.getState().checkClock();
    expect(extra.store.getState().shiftLog).toEqual([]);
    expect(selectShiftBar(extra.store.getState())?.limitSeconds).toBe(75 * 60);

    const off = startRush();
    off.store.getState().updateSettings({ timeLimit: { enabled: false, extraMinutes: 0 } });
    off.clock.advance(5 * 3600);
    off.store.getState().checkClock();
    expect(off.store.getState().shiftLog).toEqual([]);
  });

  it('keeps time-up across a reload, and ends the shift after the patient at the counter', () => {
    const { store, clock, backend } = startRush();
    clock.advance(3601);
    store.getState().checkClock();
    const after = reload(backend);
    expect(after.resumed).toBe(true);
    expect(after.store.getState().shiftState).toEqual(store.getState().shiftState);
    expect(after.store.getState().shiftState?.timeUpAt).toBe(3601);
    expect(sendOn(after.store)).toBe('over');
    const summary = selectShiftSummary(after.store.getState());
    expect(summary?.timeUp).toBe(true);
    expect(summary?.rows.map((r) => r.patient)).toEqual(patients.slice(0, 1));
  });

  it('keeps a finished shift saved, so a reload on the summary shows the same summary, until the session ends', () => {
    const { store, backend } = startRush();
    for (let i = 0; i < 9; i++) expect(sendOn(store)).toBe('next');
    expect(sendOn(store)).toBe('over');
    const before = selectShiftSummary(store.getState());
    const after = reload(backend);
    expect(after.resumed).toBe(true);
    expect(after.store.getState().shiftState?.over).toBe(true);
    expect(selectShiftSummary(after.store.getState())).toEqual(before);
    // Ending the session (leaving the finished encounter) forgets it.
    after.store.getState().clearSavedProgress();
    after.store.getState().leaveShift();
    expect(after.progress.load()).toEqual({ kind: 'none' });
  });

  it('replays a saved shift to the same place after a reload, and summarises every patient at the end', () => {
    const { store, clock, backend } = startRush();
    for (let i = 0; i < 3; i++) {
      clock.advance(120);
      expect(sendOn(store)).toBe('next');
    }
    const after = reload(backend);
    expect(after.resumed).toBe(true);
    expect(after.store.getState().shiftState).toEqual(store.getState().shiftState);
    expect(name(after.store)).toBe(patients[3]);
    for (let i = 3; i < 9; i++) expect(sendOn(after.store)).toBe('next');
    expect(sendOn(after.store)).toBe('over');
    const summary = selectShiftSummary(after.store.getState());
    expect(summary?.title).toBe('The after-work rush');
    expect(summary?.timeUp).toBe(false);
    expect(summary?.rows.map((r) => r.patient)).toEqual(patients);
    expect(summary?.rows.every((r) => r.report && !r.report.passed)).toBe(true);
  });

  it('does not rebuild a saved shift whose patient at the counter is not the saved encounter', () => {
    const { backend, progress } = startRush();
    const saved = progress.load();
    if (saved.kind !== 'ok' || !saved.progress.shift) throw new Error('expected a saved shift');
    progress.save({
      ...saved.progress,
      shift: { ...saved.progress.shift, log: [{ type: 'encounterFinished', source: 'x', log: [], at: 5 }] },
    });
    const after = reload(backend);
    expect(after.resumed).toBe(false);
    expect(after.store.getState().shiftState).toBeNull();
    expect(after.store.getState().scenario?.source).toBe(saved.progress.source);
  });

  it('refuses a shift with a file that does not load, and changes nothing', () => {
    const { store } = makeStore();
    const begun = store.getState().startShift('scenarios/shifts/not-there.json', 'practice', shippedSource);
    expect(begun.ok).toBe(false);
    expect(store.getState().shiftState).toBeNull();
    expect(store.getState().scenario).toBeNull();
  });

  it('forgets the shift on leaving: an encounter played next is saved on its own', () => {
    const { store, progress } = startRush();
    store.getState().leaveShift();
    expect(selectShiftBar(store.getState())).toBeNull();
    expect(selectWaitingFigures(store.getState())).toEqual([]);
    expect(store.getState().finishEncounter()).toBe('none');
    store.getState().restartEncounter();
    const saved = progress.load();
    expect(saved.kind === 'ok' && saved.progress.shift).toBeUndefined();
  });
});
