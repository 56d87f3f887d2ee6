/** Board-exam drills: seeded question sets built from the rules and the catalog (issue 15, §3). */
export { buildDrill, drillTopics, normaliseSeed, DRILL_LENGTH, type Drill, type DrillSetup } from './drill';
export { CHOICE_KEYS, isRightAnswer, readChoice, readNumber } from './answer';
export { drillOutcome, markAnswer, topicsToReview, type DrillMark, type DrillOutcome } from './outcome';
export {
  DRILL_TOPICS,
  type DrillAnswer,
  type DrillChoice,
  type DrillChoiceParams,
  type DrillCode,
  type DrillParams,
  type DrillQuestion,
  type DrillTopic,
  type DrillUnit,
  type MeasureUnit,
} from './params';
