/**
 * The public face of the pure core: rules, findings, the engine, scoring and scenario
 * loading. Everything here runs without a browser; the UI, store and audio import from it.
 */

// Rules
export { checkDea, type DeaCheck, type DeaProblem } from './rules/dea';
export { toNdc11 } from './rules/ndc';
export { parseSig, isSigError, type ParsedSig, type SigDirections, type SigError, type SigProblem } from './rules/sig';
export { daysSupply, type SupplyInput, type SupplyProblem } from './rules/daysSupply';

// Findings
export { findings } from './findings';
export { FINDING_CODES, STEPS, STOP_CODES, type Finding, type FindingCode, type Step } from './findings/codes';
export { STATION_FOR_STEP, STATION_IDS, type StationId } from './workflow/stations';
export type { FindingParams } from './findings/params';

// Engine
export { start, apply, replay, nextStep } from './engine/engine';
export { solve } from './engine/solve';
export { registerFacts, type RegisterFacts } from './engine/registerPlan';
export { RESULT_CODES, type ResultCode } from './engine/resultCodes';
export {
  ACTION_TYPES,
  CALL_DECISIONS,
  OTHER_BAG,
  type CallDecision,
  actionSchema,
  rxEntrySchema,
  type Action,
  type ActionInput,
  type ActionInputOf,
  type ActionType,
  type ErrorReport,
  type RxEntry,
} from './engine/actions';
export { actions, stamp } from './engine/actionCreators';
export { errorToOwn, patientToCall, productOnHand, type ErrorToOwn } from './engine/errorToOwn';
export {
  CONTRIBUTING_FACTORS,
  ERROR_FOUND_BY,
  ERROR_KINDS,
  HARM_CATEGORIES,
  type ContributingFactor,
  type ErrorDiscovered,
  type ErrorFoundBy,
  type ErrorKind,
  type HarmCategory,
} from './scenario/errorDiscoveredSchema';
export { SKILLS, type Outcome, type Result, type ResultWords, type Skill } from './engine/results';
export type { ResultParams } from './engine/resultParams';
export type { HintParams } from './engine/hintParams';
export type { EncounterState, NextStep, QuestionStatus, RxProgress, RxStatus } from './engine/state';

// Shift (start/apply/replay named apart from the encounter's)
export {
  start as beginShift,
  apply as applyShiftAction,
  replay as replayShift,
  atCounter,
  arrivals,
  waitingAfter,
  shiftClock,
  isTimeUp,
  timeLimitSeconds,
  summarise,
  prioritisation,
  type PriorityDecision,
  type WorkItem,
  encounterFinished,
  timeUp,
  shiftActionSchema,
  type Arrivals,
  type FinishedEncounter,
  type ShiftAction,
  type ShiftPatient,
  type ShiftRow,
  type ShiftState,
  type TimeLimitSetting,
} from './shift';

// Scoring
export { report } from './scoring/score';
export type { Report } from './scoring/report';

// Wording: every sentence, per language
export {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  feedbackFor,
  flagReasonList,
  renderDate,
  renderFeedback,
  renderFinding,
  renderPriority,
  renderBadge,
  renderHint,
  renderResult,
  renderSig,
  renderSigProblem,
  renderSupplyProblem,
  renderDrillChoice,
  renderDrillExplanation,
  renderDrillPrompt,
  renderDrillUnit,
  drillTopicName,
  wordsFor,
  type BadgeWords,
  type Catalogue,
  type FeedbackEntry,
  type FeedbackItem,
  type Language,
} from './wording';
export { expectedLabelDirections, labelDirections } from './wording/labelDirections';
export { askedLabelLanguage } from './engine/labelLanguage';
export { DEFAULT_LABEL_LANGUAGE, LABEL_LANGUAGES, type LabelLanguage } from './scenario/labelLanguage';

// Progress: points, badges, bests and the streak
export * from './progress';

// Board-exam drills
export {
  buildDrill,
  drillOutcome,
  markAnswer,
  normaliseSeed,
  readChoice,
  topicsToReview,
  CHOICE_KEYS,
  DRILL_LENGTH,
  DRILL_TOPICS,
  type Drill,
  type DrillChoice,
  type DrillMark,
  type DrillOutcome,
  type DrillQuestion,
  type DrillSetup,
  type DrillTopic,
} from './drills';

// Scenario loading
export { loadCatalogText, loadEncounterText, loadScenarioText, loadShiftText, type LoadedScenario, type LoadResult } from './scenario/load';
export { formatProblem, type Problem } from './scenario/problems';
export { say, type Said } from './scenario/checkerWords';
export { problemText } from './scenario/checkerWords/render';
export { words as problemWords } from './scenario/placer';
export type { CatalogIndex } from './scenario/catalogIndex';
export type { Product } from './scenario/catalogSchema';
export type { Call, CallKind, Encounter, Prescription } from './scenario/encounterSchema';
export type { ResolvedEncounter } from './scenario/resolve';
export { textIn, languagesOf } from './scenario/localText';
export { SCENARIO_LANGUAGES, type LocalText, type ScenarioLanguage } from './scenario/primitives';
export type { Shift } from './scenario/shiftSchema';

// Also used by the app: scenario types, the expert plan's question lines, the auxiliary-label vocabulary and the checker
export type { DialogueLine } from './scenario/encounterSchema';
export { questionLines } from './engine/plan';
export { daysLeft, lotsOf, onHand, shortageOf, usable, type Lot, type Shortage } from './engine/stockLots';
export { beyondUseDate, reconstitutionFor } from './engine/reconstitution';
export { SHORTAGE_RESOLUTIONS, type ShortageResolution } from './scenario/encounterSchema';
export type { DispenseUnit } from './scenario/catalogSchema';
export type { SigUnit } from './rules/sig';
export { AUXILIARY_LABELS, labelKey, vocabularyWording } from './scenario/auxiliaryLabels';
export { checkScenario } from './check/checkScenario';
export {
  PAYERS,
  RESOLUTIONS,
  REJECT_CODES,
  claimRequired,
  hasSecondary,
  profileBilling,
  rejectOf,
  type ClaimBilling,
  type ClaimReject,
  type ClaimResponse,
  type Payer,
  type RejectCode,
  type Resolution,
} from './claims';
export type { ClaimProgress } from './engine/state';
export { rejectMessage } from './wording/en/details/claims';
export { TOTE_VERDICTS, type Delivery, type InvoiceLine, type ToteLine, type ToteVerdict } from './scenario/deliverySchema';
export { invoiceLineOf, lineSchedule } from './engine/deliveryPlan';
