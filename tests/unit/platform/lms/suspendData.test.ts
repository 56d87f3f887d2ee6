import { describe, expect, it } from 'vitest';
import { encounterFinished, solve } from '../../../../src/core';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT, type SuspendPayload } from '../../../../src/platform/lms/suspendData';
import { listLibrary, loadShippedEncounter, loadShippedShift, resolveShiftEntry } from '../../../../src/platform/scenarioLibrary';
import type { SavedProgress } from '../../../../src/platform/savedProgressSchema';
import { biggestRecord } from '../progress/bigRecord';

/** The saved progress at the last patient of a shift played by the expert: the biggest save the shift can make. */
function lastPatientOfShift(path: string): SavedProgress {
  const shift = loadShippedShift(path);
  if (!shift.ok) throw new Error(`${path} does not load`);
  const paths = shift.value.encounters.map((e) => resolveShiftEntry(path, e.file));
  const logs = paths.map((p) => {
    const loaded = loadShippedEncounter(p);
    if (!loaded.ok) throw new Error(`${p} does not load`);
    return { source: loaded.value.source, id: loaded.value.id, log: solve(loaded.value) };
  });
  const last = logs.at(-1)!;
  let clock = 0;
  return {
    version: 2,
    scenarioId: last.id,
    source: last.source,
    mode: 'assessment',
    log: last.log,
    shift: {
      id: shift.value.id,
      path,
      log: logs.slice(0, -1).map(({ source, log }) => encounterFinished(source, log, (clock += log.at(-1)!.at))),
    },
  };
}

const shifts = listLibrary().filter((e) => e.kind === 'shift');
const ledgerOf = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), [87, 1] as [number, 0 | 1]]));

describe('suspend data', () => {
  it('has shipped shifts to measure', () => {
    expect(shifts.length).toBeGreaterThan(0);
  });

  it.each(shifts.map((s) => s.path))('keeps every expert log of %s within 4,096 characters', (path) => {
    const progress = lastPatientOfShift(path);
    const payload: SuspendPayload = { progress, ledger: ledgerOf(progress.shift!.log.length) };
    const { text, fit } = encodeSuspend(payload);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(fit).toBe('all');
    expect(decodeSuspend(text)).toEqual(payload);
  });

  it.each(shifts.map((s) => s.path))('keeps the biggest points-and-badges record beside every expert log of %s', (path) => {
    const progress = lastPatientOfShift(path);
    const payload: SuspendPayload = { progress, ledger: ledgerOf(progress.shift!.log.length), points: biggestRecord() };
    const { text, fit } = encodeSuspend(payload);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(fit).toBe('all');
    expect(decodeSuspend(text)).toEqual(payload);
  });

  it('drops the current log, then the whole save, but never the scores, when the limit is tight', () => {
    const longest = shifts.map((s) => lastPatientOfShift(s.path)).sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
    const payload: SuspendPayload = { progress: longest, ledger: ledgerOf(3) };
    const full = encodeSuspend(payload).text.length;
    const lighter = encodeSuspend({ ...payload, progress: { ...longest, log: [] } }).text.length;
    expect(lighter).toBeLessThan(full);

    const squeezed = encodeSuspend(payload, lighter);
    expect(squeezed.fit).toBe('without-current-log');
    const back = decodeSuspend(squeezed.text)!;
    expect(back.progress?.log).toEqual([]);
    expect(back.progress?.shift, 'the shift and its finished patients are kept').toEqual(longest.shift);
    expect(back.ledger).toEqual(payload.ledger);

    const tiny = encodeSuspend(payload, lighter - 1);
    expect(tiny.fit).toBe('ledger-only');
    expect(decodeSuspend(tiny.text)).toEqual({ progress: null, ledger: payload.ledger });
  });

  it('reads nothing from empty, foreign or damaged text', () => {
    expect(decodeSuspend('')).toBeNull();
    expect(decodeSuspend('viewed=1,2,3|lastslide=4')).toBeNull();
    const good = encodeSuspend({ progress: null, ledger: {} }).text;
    expect(decodeSuspend(good)).toEqual({ progress: null, ledger: {} });
    expect(decodeSuspend(good.slice(0, -6))).toBeNull();
  });
});
