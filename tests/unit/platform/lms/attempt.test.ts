import { describe, expect, it } from 'vitest';
import { attemptOutcome, countsFor, record, type AttemptLedger } from '../../../../src/platform/lms/attempt';
import { launchMode, launchTarget } from '../../../../src/platform/lms/launchTarget';
import { displayName } from '../../../../src/platform/lms/lmsStatus';
import { scormTimespan } from '../../../../src/platform/lms/scorm12/timespan';
import type { EncounterResult } from '../../../../src/platform/results/resultsSink';

/** Just enough of a result for the ledger. */
const finished = (id: string, score: number, passed: boolean, shift?: EncounterResult['shift']): EncounterResult =>
  ({
    scenario: { id, source: `scenarios/encounters/${id}.json` },
    report: { score, passed },
    ...(shift ? { shift } : {}),
  }) as unknown as EncounterResult;

describe('the attempt the LMS grades', () => {
  it('is what the launch names: ?scenario= picks an encounter or a shift, ?mode= the mode', () => {
    expect(launchTarget(new URLSearchParams(''))).toEqual({ kind: 'library' });
    expect(launchTarget(new URLSearchParams('scenario=./scenarios/shifts/a.json'))).toEqual({
      kind: 'shift',
      path: 'scenarios/shifts/a.json',
    });
    expect(launchTarget(new URLSearchParams('scenario=scenarios/encounters/b.json'))).toEqual({
      kind: 'encounter',
      path: 'scenarios/encounters/b.json',
    });
    expect(launchMode(new URLSearchParams('mode=assessment'))).toBe('assessment');
    expect(launchMode(new URLSearchParams('mode=exam'))).toBeNull();
  });

  it('counts only the launched encounter or shift, anything in a library launch', () => {
    const alone = finished('b', 90, true);
    const inShift = finished('b', 90, true, { shiftId: 's', path: 'scenarios/shifts/a.json', index: 0, count: 2 });
    expect(countsFor({ kind: 'encounter', path: 'scenarios/encounters/b.json' }, alone)).toBe(true);
    expect(countsFor({ kind: 'encounter', path: 'scenarios/encounters/c.json' }, alone)).toBe(false);
    expect(countsFor({ kind: 'encounter', path: 'scenarios/encounters/b.json' }, inShift)).toBe(false);
    expect(countsFor({ kind: 'shift', path: 'scenarios/shifts/a.json' }, inShift)).toBe(true);
    expect(countsFor({ kind: 'shift', path: 'scenarios/shifts/a.json' }, alone)).toBe(false);
    expect(countsFor({ kind: 'library' }, alone)).toBe(true);
  });

  it('passes or fails an encounter by its report', () => {
    const target = { kind: 'encounter', path: 'scenarios/encounters/b.json' } as const;
    expect(attemptOutcome({}, target)).toEqual({ score: 0, status: 'incomplete', over: false });
    expect(attemptOutcome(record({}, target, finished('b', 95, false)), target)).toEqual({ score: 95, status: 'failed', over: true });
  });

  it('keeps a shift incomplete until every patient is seen, then passes it only if all passed', () => {
    const target = { kind: 'shift', path: 'scenarios/shifts/a.json' } as const;
    const slot = (index: number) => ({ shiftId: 's', path: 'scenarios/shifts/a.json', index, count: 3 });
    let ledger: AttemptLedger = {};
    ledger = record(ledger, target, finished('x', 80, true, slot(0)));
    ledger = record(ledger, target, finished('y', 71, true, slot(1)));
    expect(attemptOutcome(ledger, target, { count: 3, ended: false })).toEqual({ score: 76, status: 'incomplete', over: false });
    ledger = record(ledger, target, finished('z', 40, false, slot(2)));
    expect(attemptOutcome(ledger, target, { count: 3, ended: false })).toEqual({ score: 64, status: 'failed', over: true });
    // Time up after two patients who both passed: the shift ends, and a patient never seen did not pass.
    const two = record(record({}, target, finished('x', 80, true, slot(0))), target, finished('y', 90, true, slot(1)));
    expect(attemptOutcome(two, target, { count: 3, ended: true })).toEqual({ score: 85, status: 'failed', over: true });
    expect(attemptOutcome({}, target, { count: 3, ended: true })).toEqual({ score: 0, status: 'failed', over: true });
    // Playing the first patient again overwrites it rather than adding a fourth.
    ledger = record(ledger, target, finished('x', 100, true, slot(0)));
    expect(Object.keys(ledger)).toHaveLength(3);
  });

  it('grades a library launch on the latest try of each scenario, and never ends it', () => {
    const target = { kind: 'library' } as const;
    let ledger = record({}, target, finished('a', 50, false));
    ledger = record(ledger, target, finished('a', 90, true));
    ledger = record(ledger, target, finished('b', 80, true));
    expect(attemptOutcome(ledger, target)).toEqual({ score: 85, status: 'passed', over: false });
  });
});

describe('SCORM words', () => {
  it('writes times as HHHH:MM:SS.SS', () => {
    expect(scormTimespan(0)).toBe('0000:00:00.00');
    expect(scormTimespan(75.5)).toBe('0000:01:15.50');
    expect(scormTimespan(3 * 3600 + 59.999)).toBe('0003:01:00.00');
    expect(scormTimespan(-4)).toBe('0000:00:00.00');
  });

  it('shows "Last, First" names the way people say them', () => {
    expect(displayName('Ortega, Marisol')).toBe('Marisol Ortega');
    expect(displayName('Marisol Ortega')).toBe('Marisol Ortega');
    expect(displayName(' ')).toBe('');
  });
});
