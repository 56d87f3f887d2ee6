import type { ScenarioLanguage } from '../primitives';
import { sayIn, type Said } from './index';

/**
 * A problem's message in a language: from its code when it has one, else the English it was
 * made with (a message nobody has given a code yet).
 */
export function problemText(problem: { message: string; said?: unknown }, language: ScenarioLanguage): string {
  return problem.said === undefined ? problem.message : sayIn(problem.said as Said, language);
}
