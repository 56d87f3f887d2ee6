import { describe, expect, it } from 'vitest';
import { summariseClass } from '../../../../src/platform/results/classSummary';
import { readResults } from '../../../../src/platform/results/readResults';
import { buildResultsFile } from '../../../../src/platform/results/resultsFile';
import { rescore } from '../../../../src/platform/results/rescore';
import { loadShippedEncounter } from '../../../../src/platform/scenarioLibrary';
import {
  CLASS_SCENARIOS,
  STUDENTS,
  TAMPERED,
  UNKNOWN_VERSION,
  classFiles,
  expertLog,
  mistakeIn,
  shipped,
} from '../../../fixtures/classResults';

const checkAll = (files: { name: string; text: string }[]) =>
  files.flatMap((f) => {
    const read = readResults(f.name, f.text);
    if (!read.ok) throw new Error(read.message);
    return read.submissions.map((s) => rescore(s, loadShippedEncounter));
  });

describe('the class summary', () => {
  const summary = summariseClass(checkAll(classFiles()));
  const counted = STUDENTS.map((_, i) => i).filter((i) => i !== TAMPERED && i !== UNKNOWN_VERSION);

  it('has one line per student whose file counts, with their average and passes', () => {
    expect(summary.students.map((s) => s.student)).toEqual(counted.map((i) => STUDENTS[i]).sort((a, b) => a!.localeCompare(b!)));
    expect(summary.encounterCount).toBe(counted.length * 3);
    const ana = summary.students.find((s) => s.student === 'Ana Diaz')!;
    // Student 0 misses both catches: 100, 0 and a low allergy score.
    expect(ana.passed).toBe(1);
    expect(ana.criticalErrors).toBe(2);
    expect(ana.averageScore).toBe(Math.round(ana.encounters.reduce((n, e) => n + e.report.score, 0) / 3));
  });

  it('lists what the class missed most: the allergy before the bad DEA number, each out of the encounters that had it', () => {
    const missedAllergy = counted.filter((i) => mistakeIn(i, 2)).length;
    const missedDea = counted.filter((i) => mistakeIn(i, 1)).length;
    expect(summary.missedFindings.slice(0, 2)).toEqual([
      { key: 'ALLERGY', count: missedAllergy, of: counted.length },
      { key: 'DEA_INVALID', count: missedDea, of: counted.length },
    ]);
    expect(summary.missedSteps.find((s) => s.key === 'count')).toEqual({
      key: 'count',
      count: counted.filter((i) => mistakeIn(i, 0)).length,
      of: counted.length * 3,
    });
  });

  it('puts the hardest scenario first', () => {
    expect(summary.scenarios.map((s) => s.scenarioId)).toEqual([
      shipped(CLASS_SCENARIOS[2]).id,
      shipped(CLASS_SCENARIOS[1]).id,
      shipped(CLASS_SCENARIOS[0]).id,
    ]);
    expect(summary.scenarios[0]!.attempts).toBe(counted.length);
  });

  it('counts an encounter once when it comes in two files, and totals each shift a student played', () => {
    const fill = shipped(CLASS_SCENARIOS[0]);
    const shift = { id: 'calm-morning', title: 'A calm Monday morning', path: 'scenarios/shifts/calm-morning.json' };
    const played = { scenario: fill, mode: 'practice' as const, log: expertLog(fill), shift };
    const report = buildResultsFile([played], { exportedAt: '2026-11-03T10:00:00.000Z', studentName: 'Kim Lee' });
    const wholeShift = buildResultsFile([played], { exportedAt: '2026-11-03T11:00:00.000Z', studentName: 'kim lee' });
    const s = summariseClass(
      checkAll([
        { name: 'a.json', text: JSON.stringify(report) },
        { name: 'b.json', text: JSON.stringify(wholeShift) },
      ]),
    );
    expect(s.duplicatesMerged).toBe(1);
    expect(s.students).toHaveLength(1);
    expect(s.students[0]).toMatchObject({ student: 'Kim Lee', files: ['a.json', 'b.json'], averageScore: 100 });
    expect(s.students[0]!.shifts).toMatchObject([
      { shiftId: 'calm-morning', title: 'A calm Monday morning', averageScore: 100, passed: 1 },
    ]);
  });
});
