import { describe, expect, it } from 'vitest';
import { solve, type ResolvedEncounter } from '../../../../src/core';
import { memoryBackend } from '../../../../src/platform/keyValueBackend';
import { createStatusBoard } from '../../../../src/platform/lms/lmsStatus';
import type { LaunchTarget } from '../../../../src/platform/lms/launchTarget';
import { launchScorm } from '../../../../src/platform/lms/scorm12/scormLaunch';
import { decodeSuspend } from '../../../../src/platform/lms/suspendData';
import { connectResultsSinks } from '../../../../src/platform/results/connectResultsSinks';
import { loadShippedEncounter, shippedSource } from '../../../../src/platform/scenarioLibrary';
import { createAppStore, type ActionInput } from '../../../../src/state/store';
import { fakeClock } from '../../state/harness';
import { fakeScorm } from './fakeScorm';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';
const OTHER = 'scenarios/encounters/fill-doxycycline-capsules.json';
const LEARNER = { 'cmi.core.student_id': 's-1001', 'cmi.core.student_name': 'Ortega, Marisol', 'cmi.core.lesson_status': 'not attempted' };

function scenarioAt(path: string): ResolvedEncounter {
  const loaded = loadShippedEncounter(path);
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return loaded.value;
}
const moves = (scenario: ResolvedEncounter) => solve(scenario).map(({ at: _at, ...m }) => m as ActionInput);

/** The game in a course: a fake LMS, the SCORM link, a store saving through it, and the results sink connected. */
function inCourse(
  lmsValues: Record<string, string>,
  options: { backend?: ReturnType<typeof memoryBackend>; refuse?: Set<string>; target?: LaunchTarget } = {},
) {
  const lms = fakeScorm(lmsValues, options.refuse);
  const board = createStatusBoard();
  const clock = fakeClock();
  const backend = options.backend ?? memoryBackend();
  let pageHide = () => {};
  const link = launchScorm(lms.api, {
    target: options.target ?? { kind: 'encounter', path: PATH },
    board,
    now: clock,
    onPageHide: (handler) => (pageHide = handler),
  });
  if (!link) throw new Error('the LMS refused to start');
  const store = createAppStore({ progress: link.progressStore(backend, 'techshift'), settingsBackend: backend, now: clock });
  connectResultsSinks(store, [link.sink]);
  const play = (_scenario: ResolvedEncounter, actions: readonly ActionInput[]) => {
    for (const action of actions) {
      clock.advance(4);
      store.getState().dispatch(action);
    }
  };
  return { lms, board, store, backend, clock, play, hidePage: () => pageHide() };
}

describe('the game in a SCORM 1.2 course', () => {
  it('starts the session, names the learner and marks the attempt begun', () => {
    const { lms, board } = inCourse(LEARNER);
    expect(lms.calls.slice(0, 2)).toEqual(['LMSInitialize', 'LMSCommit']);
    expect(board.get()).toMatchObject({ via: 'scorm', learner: 'Marisol Ortega', alert: null });
    expect(lms.cmi.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.cmi.get('cmi.core.exit')).toBe('suspend');
  });

  it('commits the log to suspend data after every action, and reports the encounter once when it ends', () => {
    const scenario = scenarioAt(PATH);
    const { lms, board, store, play } = inCourse(LEARNER);
    store.getState().startEncounter(scenario, 'assessment');
    const all = moves(scenario);
    play(scenario, all.slice(0, 3));
    expect(decodeSuspend(lms.cmi.get('cmi.suspend_data')!)?.progress?.log).toHaveLength(3);
    expect(lms.cmi.has('cmi.core.score.raw')).toBe(false);

    play(scenario, all.slice(3));
    expect(lms.cmi.get('cmi.core.score.raw')).toBe('100');
    expect(lms.cmi.get('cmi.core.score.min')).toBe('0');
    expect(lms.cmi.get('cmi.core.score.max')).toBe('100');
    expect(lms.cmi.get('cmi.core.lesson_status')).toBe('passed');
    expect(lms.cmi.get('cmi.core.exit')).toBe('');
    expect(lms.cmi.get('cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    const count = Number(lms.cmi.get('cmi.interactions._count'));
    const scored = store.getState().encounter!.results.filter((r) => r.checkpoint !== undefined && r.maxPoints > 0);
    expect(count).toBe(scored.length);
    for (let n = 0; n < count; n++) {
      expect(lms.cmi.get(`cmi.interactions.${n}.id`)).toMatch(/^fill-lisinopril-refill-day--[A-Za-z0-9_-]+$/);
      expect(lms.cmi.get(`cmi.interactions.${n}.result`)).toBe('correct');
      expect(['performance', 'fill-in']).toContain(lms.cmi.get(`cmi.interactions.${n}.type`));
    }
    expect(lms.calls.at(-1)).toBe('LMSFinish');
    expect(board.get().sent).toBe(true);
    expect(board.get().alert).toBeNull();
  });

  it('resumes from suspend data on the next launch, and starts fresh on a new attempt', () => {
    const scenario = scenarioAt(PATH);
    const first = inCourse(LEARNER);
    first.store.getState().startEncounter(scenario, 'practice');
    first.play(scenario, moves(scenario).slice(0, 4));
    first.hidePage();
    expect(first.lms.calls.at(-1)).toBe('LMSFinish');
    const kept = first.lms.cmi.get('cmi.suspend_data')!;

    // Another computer: nothing in this browser, everything in the LMS.
    const back = inCourse({ ...LEARNER, 'cmi.core.entry': 'resume', 'cmi.suspend_data': kept });
    const loaded = back.store.getState().loadSavedProgress();
    expect(loaded.kind === 'ok' && loaded.progress.log).toEqual(first.store.getState().log);

    const fresh = inCourse({ ...LEARNER, 'cmi.core.entry': 'ab-initio', 'cmi.suspend_data': kept });
    expect(fresh.store.getState().loadSavedProgress()).toEqual({ kind: 'none' });
  });

  it('when the LMS refuses the suspend data, says so in plain words and resumes from the browser copy, for that learner only', () => {
    const scenario = scenarioAt(PATH);
    const backend = memoryBackend();
    const refusing = inCourse(LEARNER, { backend, refuse: new Set(['cmi.suspend_data']) });
    refusing.store.getState().startEncounter(scenario, 'practice');
    refusing.play(scenario, moves(scenario).slice(0, 2));
    expect(refusing.board.get().alert).toBe(
      'Your course did not accept your place in the game (Incorrect data type, error 405). ' +
        'Your work is still saved in this browser, so keep going; if this message keeps coming back, tell your instructor.',
    );
    expect(refusing.store.getState().saveStatus).toEqual({ ok: true });

    const sameLearner = inCourse({ ...LEARNER, 'cmi.core.entry': 'resume' }, { backend });
    const loaded = sameLearner.store.getState().loadSavedProgress();
    expect(loaded.kind === 'ok' && loaded.progress.log).toEqual(refusing.store.getState().log);

    const classmate = inCourse({ ...LEARNER, 'cmi.core.student_id': 's-2002' }, { backend });
    expect(classmate.store.getState().loadSavedProgress()).toEqual({ kind: 'none' });
  });

  it('leaves out encounters that are not the launched one, and reports nothing after LMSFinish', () => {
    const { lms, store, play, hidePage } = inCourse(LEARNER);
    const other = scenarioAt(OTHER);
    store.getState().startEncounter(other, 'practice');
    play(other, moves(other));
    expect(lms.cmi.has('cmi.core.score.raw')).toBe(false);
    expect(lms.cmi.has('cmi.interactions.0.id')).toBe(false);

    hidePage();
    const scenario = scenarioAt(PATH);
    store.getState().startEncounter(scenario, 'practice');
    play(scenario, moves(scenario));
    expect(lms.cmi.has('cmi.core.score.raw')).toBe(false);
    expect(lms.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
  });

  it('grades a shift cut short by its time limit when it ends, failing it for the patients never seen', () => {
    const shift = 'scenarios/shifts/busy-afternoon.json';
    const { lms, board, store, clock } = inCourse(LEARNER, { target: { kind: 'shift', path: shift } });
    expect(store.getState().startShift(shift, 'assessment', shippedSource)).toEqual({ ok: true });
    const first = store.getState().scenario!;
    // The hour runs out with the first patient still at the counter.
    clock.advance(3600);
    store.getState().checkClock();
    store.getState().dispatch({ type: 'endEncounter' });
    expect(lms.cmi.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.cmi.get('cmi.interactions.0.id')).toMatch(new RegExp(`^${first.id}--`));
    expect(lms.calls).not.toContain('LMSFinish');

    expect(store.getState().finishEncounter()).toBe('over');
    expect(lms.cmi.get('cmi.core.lesson_status')).toBe('failed');
    expect(lms.cmi.get('cmi.core.exit')).toBe('');
    expect(lms.calls.at(-1)).toBe('LMSFinish');
    expect(board.get().sent).toBe(true);
  });
});
