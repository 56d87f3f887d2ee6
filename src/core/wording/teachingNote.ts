import type { Result } from '../engine/results';
import { findings, type Finding } from '../findings/index';
import type { ResolvedEncounter } from '../scenario/resolve';
import { textIn } from '../scenario/localText';
import type { LocalText } from '../scenario/primitives';

/** The rules' findings per scenario, worked out once: a scenario is frozen, so they never change. */
const FOUND = new WeakMap<ResolvedEncounter, readonly Finding[]>();

function foundIn(scenario: ResolvedEncounter): readonly Finding[] {
  let found = FOUND.get(scenario);
  if (found === undefined) {
    found = findings(scenario);
    FOUND.set(scenario, found);
  }
  return found;
}

/**
 * The author's teaching note that belongs with a result. A note keyed by the result's finding
 * code comes first. A step's note goes with that step's results, but with a result about a
 * finding only when every finding the rules make at that step has that code: a step note
 * written about a penicillin allergy must not explain a missed birth-control interaction.
 */
export function teachingNoteFor(result: Result, scenario: ResolvedEncounter, language: string): string | undefined {
  const note = noteFor(result, scenario);
  return note === undefined ? undefined : textIn(note, language);
}

function noteFor(result: Result, scenario: ResolvedEncounter): LocalText | undefined {
  const notes = scenario.intent.teachingNotes;
  const stepNote = notes[result.step];
  if (result.finding === undefined) return stepNote;
  const ownNote = notes[result.finding];
  if (ownNote !== undefined) return ownNote;
  const atStep = foundIn(scenario).filter((f) => f.step === result.step);
  return atStep.length > 0 && atStep.every((f) => f.code === result.finding) ? stepNote : undefined;
}
