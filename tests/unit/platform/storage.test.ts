import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../src/core/engine/actionCreators';
import { memoryBackend, type KeyValueBackend } from '../../../src/platform/keyValueBackend';
import type { SavedProgress } from '../../../src/platform/savedProgressSchema';
import { UNREADABLE_MESSAGE, createProgressStore } from '../../../src/platform/storage';

const SAVE: SavedProgress = {
  version: 2,
  scenarioId: 'fill-lisinopril',
  source: 'scenarios/encounters/fill-lisinopril.json',
  mode: 'practice',
  log: [stamp(actions.confirmIdentity('dropoff'), 3.2), stamp(actions.flagProblem('DEA_INVALID', { rx: 'rx1', note: 'checksum' }), 9)],
  shift: {
    id: 'monday',
    path: 'scenarios/shifts/monday.json',
    log: [
      { type: 'encounterFinished', source: 'scenarios/encounters/first.json', log: [{ type: 'endEncounter', at: 40 }], at: 40 },
      { type: 'timeUp', at: 55 },
    ],
  },
};

/** The same encounter as version 1 saved it, one finished patient into a shift. */
const V1_SAVE = {
  ...SAVE,
  version: 1,
  shift: {
    shiftId: 'monday',
    encounterIndex: 2,
    path: 'scenarios/shifts/monday.json',
    completed: [
      { source: 'scenarios/encounters/first.json', log: [{ type: 'endEncounter', at: 40 }] },
      {
        source: 'scenarios/encounters/second.json',
        log: [
          { type: 'confirmIdentity', stage: 'dropoff', at: 5 },
          { type: 'endEncounter', at: 25 },
        ],
      },
    ],
    elapsedSeconds: 65,
  },
};

describe('progress store', () => {
  it('finds nothing before the first save', () => {
    expect(createProgressStore(memoryBackend(), 'ts').load()).toEqual({ kind: 'none' });
  });

  it('loads exactly what it saved', () => {
    const progress = createProgressStore(memoryBackend(), 'ts');
    expect(progress.save(SAVE)).toEqual({ ok: true });
    expect(progress.load()).toEqual({ kind: 'ok', progress: SAVE });
  });

  it('keeps namespaces apart and clears only its own', () => {
    const backend = memoryBackend();
    const a = createProgressStore(backend, 'student-a');
    const b = createProgressStore(backend, 'student-b');
    a.save(SAVE);
    b.save({ ...SAVE, scenarioId: 'other' });
    a.clear();
    expect(a.load()).toEqual({ kind: 'none' });
    expect(b.load()).toMatchObject({ kind: 'ok', progress: { scenarioId: 'other' } });
  });

  it.each([
    ['corrupt JSON', '{"version":1,"log":[{'],
    ['the wrong shape', JSON.stringify({ version: 1, scenarioId: 'x', log: 'nope' })],
    ['an unknown action', JSON.stringify({ ...SAVE, log: [{ type: 'teleport', at: 1 }] })],
    [
      'an unknown action in a finished encounter of the shift',
      JSON.stringify({
        ...SAVE,
        shift: { ...SAVE.shift, log: [{ type: 'encounterFinished', source: 'x', log: [{ type: 'teleport', at: 1 }], at: 2 }] },
      }),
    ],
    ['an unknown shift action', JSON.stringify({ ...SAVE, shift: { ...SAVE.shift, log: [{ type: 'lunchBreak', at: 2 }] } })],
    ['a version-1 save with an unknown action', JSON.stringify({ ...V1_SAVE, log: [{ type: 'teleport', at: 1 }] })],
    ['an older version', JSON.stringify({ ...SAVE, version: 0 })],
    ['a newer version', JSON.stringify({ ...SAVE, version: 3 })],
  ])('reports %s as unreadable and keeps the raw text as a backup', (_, raw) => {
    const backend = memoryBackend({ 'ts:progress': raw });
    const result = createProgressStore(backend, 'ts').load();
    expect(result).toMatchObject({ kind: 'unreadable', message: UNREADABLE_MESSAGE });
    if (result.kind !== 'unreadable') throw new Error('expected unreadable');
    expect(backend.getItem(result.backupKey)).toBe(raw);
    // Starting fresh: the bad save no longer blocks the next load.
    expect(createProgressStore(backend, 'ts').load()).toEqual({ kind: 'none' });
  });

  it('brings a version-1 shift up to date: its finished encounters become the shift log, stamped on the shift clock', () => {
    const backend = memoryBackend({ 'ts:progress': JSON.stringify(V1_SAVE) });
    const result = createProgressStore(backend, 'ts').load();
    expect(result).toEqual({
      kind: 'ok',
      progress: {
        ...SAVE,
        shift: {
          id: 'monday',
          path: 'scenarios/shifts/monday.json',
          log: [
            { type: 'encounterFinished', source: 'scenarios/encounters/first.json', log: V1_SAVE.shift.completed[0]!.log, at: 40 },
            { type: 'encounterFinished', source: 'scenarios/encounters/second.json', log: V1_SAVE.shift.completed[1]!.log, at: 65 },
          ],
        },
      },
    });
  });

  it('loads a version-1 encounter on its own when its shift cannot be rebuilt (no file, or finished logs missing)', () => {
    const noPath = { ...V1_SAVE, shift: { shiftId: 'monday', encounterIndex: 0 } };
    const noLogs = { ...V1_SAVE, shift: { ...V1_SAVE.shift, completed: undefined } };
    const alone = { ...V1_SAVE, shift: undefined };
    for (const old of [noPath, noLogs, alone]) {
      const result = createProgressStore(memoryBackend({ 'ts:progress': JSON.stringify(old) }), 'ts').load();
      expect(result).toEqual({
        kind: 'ok',
        progress: { version: 2, scenarioId: SAVE.scenarioId, source: SAVE.source, mode: 'practice', log: SAVE.log },
      });
    }
  });

  it('never overwrites an earlier backup', () => {
    const backend = memoryBackend({ 'ts:progress': 'first' });
    const progress = createProgressStore(backend, 'ts');
    const one = progress.load();
    backend.setItem('ts:progress', 'second');
    const two = progress.load();
    if (one.kind !== 'unreadable' || two.kind !== 'unreadable') throw new Error('expected unreadable');
    expect(one.backupKey).not.toBe(two.backupKey);
    expect(backend.getItem(one.backupKey)).toBe('first');
    expect(backend.getItem(two.backupKey)).toBe('second');
  });

  it('leaves the original in place when there is no room for a backup', () => {
    const inner = memoryBackend({ 'ts:progress': 'garbage' });
    const backend: KeyValueBackend = {
      ...inner,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const result = createProgressStore(backend, 'ts').load();
    expect(result).toMatchObject({ kind: 'unreadable', backupKey: 'ts:progress' });
    expect(result.kind === 'unreadable' && result.message).toMatch(/left where it was/);
    expect(inner.getItem('ts:progress')).toBe('garbage');
  });

  it('reports a full store on save instead of throwing', () => {
    const backend: KeyValueBackend = {
      ...memoryBackend(),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const status = createProgressStore(backend, 'ts').save(SAVE);
    expect(status).toMatchObject({ ok: false, reason: 'full' });
    expect(status.ok === false && status.message).toMatch(/storage is full/);
  });

  it('reports any other refusal on save as failed', () => {
    const backend: KeyValueBackend = {
      ...memoryBackend(),
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(createProgressStore(backend, 'ts').save(SAVE)).toMatchObject({ ok: false, reason: 'failed' });
  });
});
