import { findings, textIn, type FindingCode, type Step } from '../../core';
import type { RescoredEncounter, Rescored } from './rescore';

/** A group of encounters with its totals: a shift, or everything a student did. */
export interface Totals {
  encounters: RescoredEncounter[];
  /** Mean score, rounded; 0 with no encounters. */
  averageScore: number;
  passed: number;
  criticalErrors: number;
  /** Sum of each encounter's time taken, in seconds. */
  seconds: number;
}

/** One shift a student played (every encounter their files hold from it). */
export interface ShiftTotals extends Totals {
  shiftId: string;
  title: string;
}

/** One student's line of the class table. */
export interface StudentTotals extends Totals {
  student: string;
  files: string[];
  shifts: ShiftTotals[];
}

/** How often something went wrong: in `count` of `of` encounters. */
export interface Tally<K extends string> {
  key: K;
  count: number;
  of: number;
}

/** One scenario across the class: lowest average first is hardest. */
export interface ScenarioTotals {
  scenarioId: string;
  title: string;
  attempts: number;
  averageScore: number;
  passRate: number;
}

/** Everything the instructor view shows, from the accepted files only. */
export interface ClassSummary {
  students: StudentTotals[];
  encounterCount: number;
  /** Identical encounters found in more than one file (e.g. a report's file and the shift's), counted once. */
  duplicatesMerged: number;
  /** Finding codes missed or mishandled, most first; `of` is how many encounters had that finding to catch. */
  missedFindings: Tally<FindingCode>[];
  /** Workflow steps with a mistake or critical error, most first; `of` is every encounter. */
  missedSteps: Tally<Step>[];
  /** Hardest first. */
  scenarios: ScenarioTotals[];
}

function totals(encounters: RescoredEncounter[]): Totals {
  const scores = encounters.map((e) => e.report.score);
  return {
    encounters,
    averageScore: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : 0,
    passed: encounters.filter((e) => e.report.passed).length,
    criticalErrors: encounters.reduce((n, e) => n + e.report.critical.length, 0),
    seconds: encounters.reduce((n, e) => n + e.timeTakenSeconds, 0),
  };
}

/** What went wrong in one encounter: each step and each finding once. */
function wrongIn(e: RescoredEncounter): { steps: Set<Step>; findings: Set<FindingCode> } {
  const items = [...e.report.critical, ...e.report.improve];
  return {
    steps: new Set(items.map((i) => i.step)),
    findings: new Set(items.flatMap((i) => (i.finding === undefined ? [] : [i.finding]))),
  };
}

function countUp<K extends string>(counts: Map<K, number>, keys: Iterable<K>): void {
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
}

const byCount = <K extends string>(a: Tally<K>, b: Tally<K>) =>
  b.count - a.count || b.count / b.of - a.count / a.of || a.key.localeCompare(b.key);

/** The class's results from the accepted files: per student (and shift), what was missed most, which scenarios were hardest. */
export function summariseClass(checked: readonly Rescored[]): ClassSummary {
  const seen = new Set<string>();
  let duplicatesMerged = 0;
  const perStudent = new Map<string, { student: string; files: Set<string>; encounters: RescoredEncounter[] }>();
  for (const c of checked) {
    if (c.kind !== 'accepted') continue;
    const name = c.submission.student.trim();
    const key = name.toLowerCase();
    const entry = perStudent.get(key) ?? { student: name, files: new Set<string>(), encounters: [] };
    perStudent.set(key, entry);
    entry.files.add(c.submission.fileName);
    for (const e of c.encounters) {
      const identity = JSON.stringify([key, e.scenarioId, e.scenarioVersion, e.log]);
      if (seen.has(identity)) {
        duplicatesMerged++;
        continue;
      }
      seen.add(identity);
      entry.encounters.push(e);
    }
  }

  const students = [...perStudent.values()]
    .map(({ student, files, encounters }) => {
      const shifts = new Map<string, RescoredEncounter[]>();
      for (const e of encounters) if (e.shift) shifts.set(e.shift.id, [...(shifts.get(e.shift.id) ?? []), e]);
      return {
        student,
        files: [...files].sort(),
        ...totals(encounters),
        shifts: [...shifts.entries()].map(([shiftId, list]) => ({ shiftId, title: list[0]?.shift?.title ?? shiftId, ...totals(list) })),
      };
    })
    .sort((a, b) => a.student.localeCompare(b.student));

  const all = students.flatMap((s) => s.encounters);
  const stepCounts = new Map<Step, number>();
  const findingCounts = new Map<FindingCode, number>();
  const findingPresent = new Map<FindingCode, number>();
  const perScenario = new Map<string, RescoredEncounter[]>();
  for (const e of all) {
    const wrong = wrongIn(e);
    countUp(stepCounts, wrong.steps);
    countUp(findingCounts, wrong.findings);
    countUp(findingPresent, new Set(findings(e.scenario).map((f) => f.code)));
    perScenario.set(e.scenarioId, [...(perScenario.get(e.scenarioId) ?? []), e]);
  }

  return {
    students,
    encounterCount: all.length,
    duplicatesMerged,
    missedSteps: [...stepCounts].map(([key, count]) => ({ key, count, of: all.length })).sort(byCount),
    missedFindings: [...findingCounts]
      .map(([key, count]) => ({ key, count, of: Math.max(count, findingPresent.get(key) ?? 0) }))
      .sort(byCount),
    scenarios: [...perScenario.values()]
      .map((list) => {
        const t = totals(list);
        return {
          scenarioId: list[0]!.scenarioId,
          title: textIn(list[0]!.scenario.title, 'en'),
          attempts: list.length,
          averageScore: t.averageScore,
          passRate: Math.round((100 * t.passed) / list.length),
        };
      })
      .sort((a, b) => a.averageScore - b.averageScore || a.passRate - b.passRate || a.title.localeCompare(b.title)),
  };
}
