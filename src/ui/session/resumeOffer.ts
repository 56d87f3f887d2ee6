import { textIn, type LocalText, type ResolvedEncounter } from '../../core';
import type { SavedProgress } from '../../platform/savedProgressSchema';
import type { ScenarioSource } from '../../platform/scenarioLibrary';
import type { Mode } from '../../state';
import type { Formats } from '../i18n/formats';

/** What Start fresh goes on to: the `?scenario=` link the page was opened with, or the menu. */
export interface StartLink {
  path: string;
  fileKind: 'encounter' | 'shift';
}

/** Saved work found on this machine, described so the person at it can tell whether it is theirs. */
export interface ResumeOffer {
  progress: SavedProgress;
  scenario: ResolvedEncounter;
  /** The shift's title and where in it the save stands; null for a single patient. */
  shift: { title: LocalText; patientNumber: number; patientCount: number } | null;
  /** The encounter's title and its patient's name. */
  title: LocalText;
  patient: string;
  mode: Mode;
  /** When it was last saved (ISO); undefined for a save made before TechShift recorded it. */
  savedAt: string | undefined;
  then: StartLink | null;
}

/**
 * Describes a save for the resume prompt. A save whose file is not open now, or which belongs to a
 * different scenario than that file, cannot be offered: the caller says so in plain words instead.
 */
export function resumeOffer(
  progress: SavedProgress,
  source: ScenarioSource,
  then: StartLink | null,
): { ok: true; offer: ResumeOffer } | { ok: false; reason: 'missing' | 'mismatch'; message: string } {
  const loaded = source.encounter(progress.source);
  if (!loaded.ok) {
    return {
      ok: false,
      reason: 'missing',
      message: `Your saved patient came from "${progress.source}", which is not open now. Open that file again to carry on; your saved work is kept until you start something else.`,
    };
  }
  const scenario = loaded.value;
  if (scenario.id !== progress.scenarioId) {
    return {
      ok: false,
      reason: 'mismatch',
      message: `This save belongs to "${progress.scenarioId}", not to "${textIn(scenario.title, 'en')}".`,
    };
  }
  let shift: ResumeOffer['shift'] = null;
  if (progress.shift) {
    const file = source.shift(progress.shift.path);
    const finished = progress.shift.log.filter((a) => a.type === 'encounterFinished').length;
    if (file.ok) shift = { title: file.value.title, patientNumber: finished + 1, patientCount: file.value.encounters.length };
  }
  const offer: ResumeOffer = {
    progress,
    scenario,
    shift,
    title: scenario.title,
    patient: `${scenario.patient.firstName} ${scenario.patient.lastName}`,
    mode: progress.mode,
    savedAt: progress.savedAt,
    then,
  };
  return { ok: true, offer };
}

/** "Dec 3, 2026, 12:14 PM" in the UI's language; null when the time is missing or unreadable. */
export function lastPlayedText(savedAt: string | undefined, formats: Formats): string | null {
  if (!savedAt) return null;
  const at = new Date(savedAt);
  if (Number.isNaN(at.getTime())) return null;
  return formats.dateTime(at);
}
