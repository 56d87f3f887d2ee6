// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { solve, type ResolvedEncounter } from '../../../../src/core';
import { wipeStudentData } from '../../../../src/platform/endSession';
import { browserKeeper, POINTS_KEY } from '../../../../src/platform/progress/browserKeeper';
import { pageProgress, recordDrillOutcome } from '../../../../src/platform/progress/pageProgress';
import { progressBook } from '../../../../src/platform/progress/progressBook';
import { progressSink } from '../../../../src/platform/progress/progressSink';
import { connectResultsSinks } from '../../../../src/platform/results/connectResultsSinks';
import { loadShippedEncounter } from '../../../../src/platform/scenarioLibrary';
import { isStudentKey } from '../../../../src/platform/studentData';
import { openStudentStorage, setCurrentStudentStorage } from '../../../../src/platform/studentStorage';
import type { ActionInput } from '../../../../src/state/store';
import { makeStore } from '../../state/harness';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const DRILL = { kind: 'drill', seed: 'class-7', total: 10, correct: 10, at: '2026-12-03T10:00:00-05:00' } as const;

function lisinopril(): ResolvedEncounter {
  const loaded = loadShippedEncounter('scenarios/encounters/fill-lisinopril-refill-day.json');
  if (!loaded.ok) throw new Error('does not load');
  return loaded.value;
}

describe("a student's points and badges in the browser", () => {
  it('are kept under the techshift: namespace and read back by the next page', () => {
    const storage = openStudentStorage('browser');
    const book = progressBook(browserKeeper(storage.backend));
    book.count(DRILL);
    expect(isStudentKey(POINTS_KEY)).toBe(true);
    expect(localStorage.getItem(POINTS_KEY)).not.toBeNull();
    const again = progressBook(browserKeeper(openStudentStorage('browser').backend));
    expect(again.record.badges['drill.perfect']).toBe('2026-12-03');
    expect(again.record).toEqual(book.record);
  });

  it('stay in the tab only on a tab-only lab', () => {
    const book = progressBook(browserKeeper(openStudentStorage('tab').backend));
    book.count(DRILL);
    expect(sessionStorage.getItem(POINTS_KEY)).not.toBeNull();
    expect(localStorage.getItem(POINTS_KEY)).toBeNull();
  });

  it('are gone after End session: the next student starts from nothing', async () => {
    setCurrentStudentStorage(openStudentStorage('browser'));
    expect(recordDrillOutcome(DRILL)?.badges).toEqual(['drill.perfect']);
    expect(pageProgress().record.pointsByDay).toEqual({ '2026-12-03': 70 });
    await wipeStudentData();
    expect(localStorage.getItem(POINTS_KEY)).toBeNull();
    setCurrentStudentStorage(openStudentStorage('browser'));
    expect(pageProgress().record.pointsByDay).toEqual({});
    expect(pageProgress().record.badges).toEqual({});
  });

  it('refuse a malformed drill outcome instead of counting it', () => {
    setCurrentStudentStorage(openStudentStorage('browser'));
    expect(recordDrillOutcome({ ...DRILL, correct: -1 })).toBeNull();
    expect(recordDrillOutcome({ ...DRILL, at: 'today' })).toBeNull();
    expect(pageProgress().record.pointsByDay).toEqual({});
  });

  it('start from nothing when what is kept does not read', () => {
    localStorage.setItem(POINTS_KEY, '{"version":1,"pointsByDay":"lots"}');
    expect(progressBook(browserKeeper(openStudentStorage('browser').backend)).record.pointsByDay).toEqual({});
  });

  it('count an encounter played in the game, through the results seam', () => {
    const scenario = lisinopril();
    const { store } = makeStore();
    const book = progressBook(browserKeeper(openStudentStorage('browser').backend));
    connectResultsSinks(store, [progressSink(book, () => Date.UTC(2026, 11, 3, 15))]);
    store.getState().startEncounter(scenario, 'assessment');
    for (const { at: _at, ...move } of solve(scenario)) store.getState().dispatch(move as ActionInput);
    expect(book.last?.gained.badges).toEqual(expect.arrayContaining(['encounter.first', 'assessment.perfect']));
    expect(book.last?.gained.bests).toEqual([{ kind: 'encounter', id: scenario.id, score: 100 }]);
    expect(book.last?.gained.points).toBe(125);
    expect(book.record.encounterBests[scenario.id]).toBe(100);
  });
});
