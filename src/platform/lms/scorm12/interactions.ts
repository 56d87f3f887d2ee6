import type { EncounterResult } from '../../results/resultsSink';
import { scoredSteps } from '../../results/scoredSteps';
import { scormTimespan } from './timespan';

/** One cmi.interactions.n entry, in SCORM 1.2's vocabularies. */
export interface ScormInteraction {
  /** CMIIdentifier: letters, digits, '-' and '_' only (the strict SCORM 1.2 rule some LMSs enforce). */
  id: string;
  /** 'fill-in' for a finding the student named (or missed); 'performance' for a workflow step. */
  type: 'fill-in' | 'performance';
  result: 'correct' | 'wrong';
  /** The result code that judged it, e.g. "catch.DEA_INVALID". */
  studentResponse: string;
  /** Points the step was worth. */
  weighting: string;
  /** HHHH:MM:SS.SS spent on the action; absent for a step never done. */
  latency?: string;
}

/** A CMIIdentifier from free text: anything outside [A-Za-z0-9_-] becomes '_'; at most 255 characters. */
export function scormIdentifier(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 255);
}

/** One interaction per scored checkpoint, finding and penalty, named "<scenario id>--<step id>". */
export function interactionsFor(result: EncounterResult): ScormInteraction[] {
  return scoredSteps(result).map((step) => ({
    id: scormIdentifier(`${result.scenario.id}--${step.id}`),
    type: step.finding !== undefined ? 'fill-in' : 'performance',
    result: step.success ? 'correct' : 'wrong',
    studentResponse: step.code.slice(0, 255),
    weighting: String(step.maxPoints),
    ...(step.latencySeconds !== null ? { latency: scormTimespan(step.latencySeconds) } : {}),
  }));
}
