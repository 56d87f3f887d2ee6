/** What a finished drill hands on: the score for points and badges, and what to review. */
import type { Drill } from './drill';
import { isRightAnswer } from './answer';
import type { DrillQuestion, DrillTopic } from './params';

/** A drill's result, as progress (points and badges) receives it; `at` is stamped by the UI. */
export interface DrillOutcome {
  kind: 'drill';
  seed: string;
  total: number;
  correct: number;
  /** ISO time the drill ended. */
  at: string;
}

/** One answered question. */
export interface DrillMark {
  question: DrillQuestion;
  answered: string;
  right: boolean;
}

/** Marks one answer. */
export function markAnswer(question: DrillQuestion, answered: string): DrillMark {
  return { question, answered, right: isRightAnswer(question, answered) };
}

/** The outcome of a drill from its marks; the time comes from the caller, since the core has no clock. */
export function drillOutcome(drill: Drill, marks: readonly DrillMark[], at: string): DrillOutcome {
  return { kind: 'drill', seed: drill.seed, total: drill.questions.length, correct: marks.filter((m) => m.right).length, at };
}

/** The topics with a wrong answer, in the drill's topic order, each with the marks to review. */
export function topicsToReview(drill: Drill, marks: readonly DrillMark[]): { topic: DrillTopic; missed: DrillMark[] }[] {
  return drill.topics
    .map((topic) => ({ topic, missed: marks.filter((m) => !m.right && m.question.topic === topic) }))
    .filter((t) => t.missed.length > 0);
}
