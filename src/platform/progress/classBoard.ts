import { improvement, progressFrom, totalPoints, BADGE_CODES, type BadgeCode, type EncounterOutcome } from '../../core';
import type { Rescored, RescoredEncounter } from '../results/rescore';
import { markOf } from './outcomeOf';

/** One student on the class board. */
export interface BoardRow {
  /** The display name the student chose; null for a student who chose none (the page numbers them). */
  name: string | null;
  points: number;
  badges: BadgeCode[];
  /** Average gain from first to latest score on encounters played more than once; null when none was. */
  improvement: number | null;
  encounters: number;
}

/** The class board: students by points, and who improved most. */
export interface ClassBoard {
  rows: BoardRow[];
  mostImproved: BoardRow | null;
}

/** One submission's encounters as progress inputs: its shifts told apart by runs of the same shift id, stamped when it was exported. */
function outcomesOf(encounters: readonly RescoredEncounter[]): EncounterOutcome[] {
  return encounters.map((e, i) => {
    const outcome: EncounterOutcome = {
      kind: 'encounter',
      scenarioId: e.scenarioId,
      mode: e.mode,
      score: e.report.score,
      passed: e.report.passed,
      results: [...e.report.aced, ...e.report.improve, ...e.report.critical].map(markOf),
      at: e.from.exportedAt,
    };
    const shiftId = e.shift?.id;
    if (!shiftId) return outcome;
    let start = i;
    while (start > 0 && encounters[start - 1]!.shift?.id === shiftId) start--;
    let end = i;
    while (end + 1 < encounters.length && encounters[end + 1]!.shift?.id === shiftId) end++;
    return { ...outcome, shift: { id: shiftId, index: i - start, count: end - start + 1 } };
  });
}

const nameKey = (name: string | undefined) => name?.trim().toLocaleLowerCase() || null;

/**
 * The class board from the files the instructor dropped (only those re-scoring counted): each
 * student's points and badges counted by the same core functions as the game, files with the same
 * display name added together in export order; files without one are a student each.
 */
export function classBoard(rescored: readonly Rescored[]): ClassBoard {
  const accepted = rescored
    .flatMap((r) => (r.kind === 'accepted' ? [r] : []))
    .sort((a, b) => a.submission.exportedAt.localeCompare(b.submission.exportedAt));
  const groups = new Map<string, { name: string | null; outcomes: EncounterOutcome[] }>();
  for (const [i, r] of accepted.entries()) {
    const key = nameKey(r.submission.displayName) ?? `\u0000${i}`;
    const group = groups.get(key) ?? { name: r.submission.displayName?.trim() ?? null, outcomes: [] };
    group.outcomes.push(...outcomesOf(r.encounters));
    groups.set(key, group);
  }
  const rows = [...groups.values()].map(({ name, outcomes }): BoardRow => {
    const record = progressFrom(outcomes);
    return {
      name,
      points: totalPoints(record),
      badges: BADGE_CODES.filter((b) => record.badges[b] !== undefined),
      improvement: improvement(outcomes),
      encounters: outcomes.length,
    };
  });
  // Most points first; on a tie, named students before unnamed ones, then by name.
  rows.sort(
    (a, b) => b.points - a.points || Number(a.name === null) - Number(b.name === null) || (a.name ?? '').localeCompare(b.name ?? ''),
  );
  const improved = rows.filter((r) => r.improvement !== null && r.improvement > 0);
  const mostImproved = improved.reduce<BoardRow | null>((best, r) => (!best || r.improvement! > best.improvement! ? r : best), null);
  return { rows, mostImproved };
}
