import { DEFAULT_LANGUAGE, feedbackFor, renderBadge, textIn, type BadgeCode } from '../../../core';
import type { EncounterResult } from '../../results/resultsSink';
import type { ScoredStep } from '../../results/scoredSteps';
import type { Cmi5Launch } from './launchParams';
import { xapiDuration } from './statementId';
import {
  BADGE_ACTIVITY,
  BADGE_EXTENSION,
  CMI5_CATEGORY,
  FEEDBACK_EXTENSION,
  INTERACTION_ACTIVITY,
  MASTERY_SCORE_EXTENSION,
  MOVEON_CATEGORY,
  RESULT_CODE_EXTENSION,
  SCENARIO_EXTENSION,
  VERBS,
} from './vocabulary';

/** An xAPI statement, as plain JSON. */
export type Statement = Record<string, unknown> & { id: string };

type Context = Record<string, unknown> & { contextActivities?: Record<string, unknown[]>; extensions?: Record<string, unknown> };

/** What the LMS stored for this launch (the LMS.LaunchData state document). */
export interface LaunchData {
  contextTemplate: Context;
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  moveOn?: string;
  returnURL?: string;
}

/** What every statement of this session shares, and where ids and times come from. */
export interface StatementBase {
  launch: Cmi5Launch;
  launchData: LaunchData;
  id(): string;
  /** ISO 8601 time stamp. */
  timestamp(): string;
}

/** The LMS's context template, with the registration and (for cmi5-defined statements) the categories added. */
function contextFor(
  base: StatementBase,
  categories: { id: string }[],
  extra: Record<string, unknown[]> = {},
  extensions: Record<string, unknown> = {},
): Context {
  const template = structuredClone(base.launchData.contextTemplate);
  const activities: Record<string, unknown[]> = { ...template.contextActivities };
  if (categories.length) activities.category = [...(activities.category ?? []), ...categories];
  for (const [key, list] of Object.entries(extra)) activities[key] = [...(activities[key] ?? []), ...list];
  const context: Context = { ...template, registration: base.launch.registration };
  if (Object.keys(activities).length) context.contextActivities = activities;
  const allExtensions = { ...template.extensions, ...extensions };
  if (Object.keys(allExtensions).length) context.extensions = allExtensions;
  return context;
}

function statement(base: StatementBase, verb: (typeof VERBS)[keyof typeof VERBS], rest: Record<string, unknown>): Statement {
  return {
    id: base.id(),
    actor: base.launch.actor,
    verb,
    object: { objectType: 'Activity', id: base.launch.activityId },
    timestamp: base.timestamp(),
    ...rest,
  };
}

/** The first statement of a session. */
export function initialized(base: StatementBase): Statement {
  return statement(base, VERBS.initialized, { context: contextFor(base, [CMI5_CATEGORY]) });
}

/** One scored step of an encounter, as a cmi5 "allowed" statement about a sub-activity of the AU. */
export function answered(base: StatementBase, result: EncounterResult, step: ScoredStep): Statement {
  const scenario = result.scenario;
  // Instructors read the LRS: the feedback goes in the default language, whatever the student chose.
  const feedback = feedbackFor(step.result, scenario, DEFAULT_LANGUAGE);
  const { code: _code, step: _step, rx: _rx, finding: _finding, ...words } = feedback;
  return statement(base, VERBS.answered, {
    object: {
      objectType: 'Activity',
      id: `${base.launch.activityId}/steps/${encodeURIComponent(scenario.id)}/${encodeURIComponent(step.id)}`,
      definition: {
        type: INTERACTION_ACTIVITY,
        interactionType: step.finding !== undefined ? 'fill-in' : 'other',
        name: { 'en-US': `${textIn(scenario.title, 'en')}: ${step.id}` },
      },
    },
    result: {
      success: step.success,
      response: step.finding ?? step.code,
      ...(step.latencySeconds !== null ? { duration: xapiDuration(step.latencySeconds) } : {}),
      extensions: { [FEEDBACK_EXTENSION]: words, [RESULT_CODE_EXTENSION]: step.code },
    },
    context: contextFor(
      base,
      [],
      { parent: [{ objectType: 'Activity', id: base.launch.activityId }] },
      { [SCENARIO_EXTENSION]: scenario.id },
    ),
  });
}

/** A badge the student earned, as a cmi5 "allowed" statement about a badge of the AU (in the default language, like the feedback). */
export function earned(base: StatementBase, code: BadgeCode): Statement {
  const words = renderBadge(code, DEFAULT_LANGUAGE);
  return statement(base, VERBS.earned, {
    object: {
      objectType: 'Activity',
      id: `${base.launch.activityId}/badges/${encodeURIComponent(code)}`,
      definition: { type: BADGE_ACTIVITY, name: { 'en-US': words.name }, description: { 'en-US': words.description } },
    },
    context: contextFor(base, [], { parent: [{ objectType: 'Activity', id: base.launch.activityId }] }, { [BADGE_EXTENSION]: code }),
  });
}

/**
 * Passed or failed, with the scaled score. When the LMS set a mastery score, passing needs at
 * least that; a fail with a score at or above it (a critical error) is sent without the score,
 * since cmi5 does not allow a failing score above mastery.
 */
export function judged(base: StatementBase, passed: boolean, scaled: number, sessionSeconds: number): Statement {
  const mastery = base.launchData.masteryScore;
  const success = passed && (mastery === undefined || scaled >= mastery);
  const showScore = success || mastery === undefined || scaled < mastery;
  const extensions = mastery === undefined ? {} : { [MASTERY_SCORE_EXTENSION]: mastery };
  return statement(base, success ? VERBS.passed : VERBS.failed, {
    result: { success, duration: xapiDuration(sessionSeconds), ...(showScore ? { score: { scaled } } : {}) },
    context: contextFor(base, [CMI5_CATEGORY, MOVEON_CATEGORY], {}, extensions),
  });
}

/** The AU is done. */
export function completed(base: StatementBase, sessionSeconds: number): Statement {
  return statement(base, VERBS.completed, {
    result: { completion: true, duration: xapiDuration(sessionSeconds) },
    context: contextFor(base, [CMI5_CATEGORY, MOVEON_CATEGORY]),
  });
}

/** The last statement of a session. */
export function terminated(base: StatementBase, sessionSeconds: number): Statement {
  return statement(base, VERBS.terminated, {
    result: { duration: xapiDuration(sessionSeconds) },
    context: contextFor(base, [CMI5_CATEGORY]),
  });
}
