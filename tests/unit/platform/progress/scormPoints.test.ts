import { describe, expect, it } from 'vitest';
import { solve, type ResolvedEncounter } from '../../../../src/core';
import { memoryBackend } from '../../../../src/platform/keyValueBackend';
import { createStatusBoard } from '../../../../src/platform/lms/lmsStatus';
import { launchScorm } from '../../../../src/platform/lms/scorm12/scormLaunch';
import { decodeSuspend, SUSPEND_LIMIT } from '../../../../src/platform/lms/suspendData';
import { progressBook } from '../../../../src/platform/progress/progressBook';
import { progressSink } from '../../../../src/platform/progress/progressSink';
import { connectResultsSinks } from '../../../../src/platform/results/connectResultsSinks';
import { loadShippedEncounter } from '../../../../src/platform/scenarioLibrary';
import { createAppStore, type ActionInput } from '../../../../src/state/store';
import { fakeClock } from '../../state/harness';
import { fakeScorm } from '../lms/fakeScorm';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';
const LEARNER = { 'cmi.core.student_id': 's-1001', 'cmi.core.student_name': 'Ortega, Marisol', 'cmi.core.lesson_status': 'not attempted' };

function scenario(): ResolvedEncounter {
  const loaded = loadShippedEncounter(PATH);
  if (!loaded.ok) throw new Error('does not load');
  return loaded.value;
}

function launch(lms: ReturnType<typeof fakeScorm>) {
  const link = launchScorm(lms.api, {
    target: { kind: 'encounter', path: PATH },
    board: createStatusBoard(),
    now: fakeClock(),
    onPageHide: () => {},
  });
  if (!link) throw new Error('the LMS refused to start');
  return link;
}

describe('points and badges in a SCORM course', () => {
  it('go into suspend data with the saved game and the scores, and come back at the next launch', () => {
    const lms = fakeScorm(LEARNER);
    const link = launch(lms);
    const backend = memoryBackend();
    const store = createAppStore({ progress: link.progressStore(backend, 'techshift'), settingsBackend: backend, now: fakeClock() });
    const book = progressBook(link.pointsKeeper);
    // Points first: the SCORM sink finishes the attempt (LMSFinish) when the launched patient is done.
    connectResultsSinks(store, [progressSink(book, () => Date.UTC(2026, 11, 3, 15)), link.sink]);
    const played = scenario();
    store.getState().startEncounter(played, 'assessment');
    for (const { at: _at, ...move } of solve(played)) store.getState().dispatch(move as ActionInput);
    expect(book.record.badges['assessment.perfect']).toBeDefined();

    const text = lms.cmi.get('cmi.suspend_data')!;
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const kept = decodeSuspend(text)!;
    expect(kept.points).toEqual(book.record);
    expect(Object.keys(kept.ledger), 'the score ledger is still there').toHaveLength(1);
    expect(lms.calls).toContain('LMSCommit');

    const next = fakeScorm({ ...LEARNER, 'cmi.core.entry': 'resume', 'cmi.suspend_data': text });
    expect(progressBook(launch(next).pointsKeeper).record).toEqual(book.record);
  });
});
