import { CHECKPOINT_KINDS } from './checkpoints';
import { info, onCheckpoint, say, type Move } from './judge';
import { questionLines, type QuestionLine } from './plan';
import { pickupReady } from './progress';
import type { Result } from './results';
import type { EncounterState } from './state';

const stepOf = (q: QuestionLine) => (q.stage === 'dropoff' ? ('intake' as const) : ('pickup' as const));

/** True when the line has been said: drop-off lines at once, pick-up lines once the patient is back to collect. */
const asked = (state: EncounterState, q: QuestionLine): boolean => q.stage === 'dropoff' || pickupReady(state);

/** Judges one response to one question line and records it. */
function respond(state: EncounterState, index: number, q: QuestionLine, response: 'answer' | 'refer'): Move {
  const id = q.line.id;
  const where = { step: stepOf(q), question: id, about: id };
  const line = q.line.text;
  const answer = q.line.technicianAnswer;
  let result: Result;
  if (q.clinical) {
    result =
      response === 'refer'
        ? onCheckpoint(state, index, 'question.clinical', where, {
            code: 'catch.CLINICAL_QUESTION',
            outcome: 'good',
            finding: 'CLINICAL_QUESTION',
            params: { via: 'refer', line },
          })
        : onCheckpoint(state, index, 'question.clinical', where, {
            code: 'question.answeredClinical',
            outcome: 'critical',
            finding: 'CLINICAL_QUESTION',
            points: -CHECKPOINT_KINDS['question.clinical'].points,
            params: { line },
          });
  } else {
    result =
      response === 'answer'
        ? onCheckpoint(state, index, 'question.general', where, {
            code: 'question.answered',
            outcome: 'good',
            params: { line, ...(answer !== undefined ? { answer } : {}) },
          })
        : onCheckpoint(state, index, 'question.general', where, {
            code: 'question.referredNonClinical',
            outcome: 'mistake',
            // The patient still gets an answer, so most of the credit stays; the pharmacist's time is the cost.
            points: CHECKPOINT_KINDS['question.general'].points - 2,
            params: { line, ...(answer !== undefined ? { answer } : {}) },
          });
  }
  const status = response === 'refer' ? 'referred' : 'answered';
  return say({ ...state, questions: { ...state.questions, [id]: status } }, result);
}

/** A patient question answered by the technician or referred to the pharmacist. */
export function respondToQuestion(state: EncounterState, index: number, question: string, response: 'answer' | 'refer'): Move {
  const lines = questionLines(state.scenario, state.findings);
  const q = lines.find((l) => l.line.id === question);
  if (q === undefined) {
    return say(state, info(index, 'question.unknown', { step: 'intake' }, { question, ids: lines.map((l) => l.line.id) }));
  }
  const where = { step: stepOf(q), question };
  if (!asked(state, q)) {
    return say(state, info(index, 'question.notAskedYet', where, {}));
  }
  const status = state.questions[question];
  if (status !== 'pending') {
    return say(
      state,
      info(index, 'question.alreadyHandled', where, { status: status === 'referred' ? 'referred' : 'answered', line: q.line.text }),
    );
  }
  return respond(state, index, q, response);
}

/** Every question asked and still open, in dialogue order. */
export function pendingQuestions(state: EncounterState): QuestionLine[] {
  return questionLines(state.scenario, state.findings).filter((q) => asked(state, q) && state.questions[q.line.id] === 'pending');
}

/** flagProblem CLINICAL_QUESTION: the same as referring every open question; null when none is open. */
export function referPending(state: EncounterState, index: number): Move | null {
  const open = pendingQuestions(state);
  if (open.length === 0) return null;
  return open.reduce<Move>(
    (move, q) => {
      const next = respond(move.state, index, q, 'refer');
      return { state: next.state, results: [...move.results, ...next.results] };
    },
    { state, results: [] },
  );
}
