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
export { RESULT_CODES, type ResultCode } from './engine/resultCodes';
export {
  ACTION_TYPES,
  actionSchema,
  rxEntrySchema,
  type Action,
  type ActionInput,
  type ActionInputOf,
  type ActionType,
  type RxEntry,
} from './engine/actions';
export { actions, stamp } from './engine/actionCreators';
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
  renderHint,
  renderResult,
  renderSig,
  renderSigProblem,
  renderSupplyProblem,
  wordsFor,
  type Catalogue,
  type FeedbackEntry,
  type FeedbackItem,
  type Language,
} from './wording';

// Scenario loading
export { loadCatalogText, loadEncounterText, loadScenarioText, loadShiftText, type LoadedScenario, type LoadResult } from './scenario/load';
export { formatProblem, type Problem } from './scenario/problems';
export type { CatalogIndex } from './scenario/catalogIndex';
export type { Product } from './scenario/catalogSchema';
export type { Encounter, Prescription } from './scenario/encounterSchema';
export type { ResolvedEncounter } from './scenario/resolve';
export type { Shift } from './scenario/shiftSchema';

// Also used by the app: scenario types, the expert plan's question lines, the auxiliary-label vocabulary and the checker
export type { DialogueLine } from './scenario/encounterSchema';
export { questionLines } from './engine/plan';
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
