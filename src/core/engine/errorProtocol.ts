import { BLAME_FACTORS, type ContributingFactor } from '../scenario/errorDiscoveredSchema';
import type { ErrorReport } from './actions';
import { CHECKPOINT_KINDS } from './checkpoints';
import { errorToOwn, patientToCall, productOnHand, type ErrorToOwn } from './errorToOwn';
import { info, onCheckpoint, penalty, say, type Move } from './judge';
import { productRef } from './progress';
import type { ReportGap, ReportHidden } from './resultParams';
import type { EncounterState, ErrorProtocol } from './state';

const where = { step: 'report' as const };

/** A prevention note shorter than this says nothing a colleague could act on. */
export const PREVENTION_MIN_LENGTH = 15;

/** Points a report loses for each piece it leaves out or gets wrong (the honest facts are all-or-nothing). */
export const REPORT_GAP_POINTS = 5;

const protocol = (state: EncounterState, patch: Partial<ErrorProtocol>): EncounterState => ({
  ...state,
  errorProtocol: { ...state.errorProtocol, ...patch },
});

/** The error to own, or a nudge saying there is none. */
function owned(state: EncounterState, index: number): ErrorToOwn | Move {
  const error = errorToOwn(state);
  return error ?? say(state, info(index, 'error.nothingToOwn', where, {}));
}
const isMove = (x: ErrorToOwn | Move): x is Move => 'state' in x;

/** The pharmacist is told about the error at once. */
export function tellPharmacist(state: EncounterState, index: number): Move {
  const error = owned(state, index);
  if (isMove(error)) return error;
  if (state.errorProtocol.told) return say(state, info(index, 'order.alreadyDone', where, { done: 'toldPharmacist' }));
  const result = onCheckpoint(
    state,
    index,
    'error.tell',
    {},
    { code: 'error.told', outcome: 'good', params: { madeBy: error.facts.madeBy } },
  );
  return say(protocol(state, { told: true }), result);
}

/** The wrong product: quarantined for the pharmacist (right), or put back on the shelf or thrown away (both lose it). */
export function keepWrongProduct(state: EncounterState, index: number, choice: 'quarantine' | 'reshelve' | 'discard'): Move {
  const error = owned(state, index);
  if (isMove(error)) return error;
  if (state.errorProtocol.wrongProduct !== null) return say(state, info(index, 'order.alreadyDone', where, { done: 'wrongProduct' }));
  const product = productRef(state.scenario, error.facts.dispensed);
  if (!productOnHand(error.facts)) {
    return say(state, info(index, 'error.contact.notNeeded', where, { reason: 'productWithPatient', product }));
  }
  const result = onCheckpoint(
    state,
    index,
    'error.keep',
    {},
    choice === 'quarantine'
      ? { code: 'error.quarantined', outcome: 'good', params: { product } }
      : { code: choice === 'reshelve' ? 'error.reshelved' : 'error.discarded', outcome: 'mistake', params: { product } },
  );
  return say(protocol(state, { wrongProduct: choice }), result);
}

/** The patient who took the wrong product home is called, with the pharmacist. */
export function contactPatient(state: EncounterState, index: number): Move {
  const error = owned(state, index);
  if (isMove(error)) return error;
  if (state.errorProtocol.contacted) return say(state, info(index, 'order.alreadyDone', where, { done: 'contactedPatient' }));
  if (!patientToCall(error.facts)) {
    const reason = error.facts.reachedPatient ? 'patientHere' : 'neverLeft';
    return say(
      state,
      info(index, 'error.contact.notNeeded', where, { reason, product: productRef(state.scenario, error.facts.dispensed) }),
    );
  }
  const result = onCheckpoint(
    state,
    index,
    'error.contact',
    {},
    { code: 'error.contacted', outcome: 'good', params: { taken: error.facts.taken } },
  );
  return say(protocol(state, { contacted: true }), result);
}

/** What the report hides: an error that reached the patient reported as not, or the wrong product left out. */
function hidden(error: ErrorToOwn, report: ErrorReport): ReportHidden[] {
  const out: ReportHidden[] = [];
  if (error.facts.reachedPatient && !report.reachedPatient) out.push('reachedPatient');
  if (report.dispensed !== error.facts.dispensed) out.push('dispensed');
  return out;
}

/** True when a factor is a fair reading of this error: one the author lists or, for the student's own slip, any systems factor. */
const fairFactor = (error: ErrorToOwn, f: ContributingFactor): boolean =>
  !BLAME_FACTORS.has(f) && (error.facts.contributingFactors.length === 0 || error.facts.contributingFactors.includes(f));

/** What an honest report leaves out or gets wrong. */
function gaps(error: ErrorToOwn, report: ErrorReport): ReportGap[] {
  const out: ReportGap[] = [];
  if (report.kind !== error.facts.kind) out.push('kind');
  if (report.foundBy !== error.facts.foundBy) out.push('foundBy');
  // Saying it reached the patient when it did not is wrong, but never hiding.
  if (report.reachedPatient !== error.facts.reachedPatient) out.push('reachedPatient');
  if (!report.factors.some((f) => fairFactor(error, f))) out.push('factors');
  if (report.prevention.trim().length < PREVENTION_MIN_LENGTH) out.push('prevention');
  return out;
}

/**
 * The error report, judged on honesty and completeness, never on blame. Hiding or minimising the
 * error is critical; each gap costs REPORT_GAP_POINTS; blaming a colleague is marked without points.
 * Filing the report ends an encounter that was about the error.
 */
export function fileErrorReport(state: EncounterState, index: number, report: ErrorReport): Move {
  const error = owned(state, index);
  if (isMove(error)) return error;
  if (state.errorProtocol.reported) return say(state, info(index, 'report.alreadyFiled', where, {}));
  const facts = error.facts;
  const truth = {
    kind: facts.kind,
    dispensed: productRef(state.scenario, facts.dispensed),
    reachedPatient: facts.reachedPatient,
    harmCategory: facts.harmCategory,
  };
  const hides = hidden(error, report);
  const missing = gaps(error, report);
  const full = CHECKPOINT_KINDS['error.report'].points;
  const verdict =
    hides.length > 0
      ? ({ code: 'report.hides', outcome: 'critical', points: 0, params: { hidden: hides, ...truth } } as const)
      : missing.length > 0
        ? ({
            code: 'report.incomplete',
            outcome: 'mistake',
            points: Math.max(0, full - REPORT_GAP_POINTS * missing.length),
            params: { missing, ...truth },
          } as const)
        : ({ code: 'report.honest', outcome: 'good', params: truth } as const);
  const results = [onCheckpoint(state, index, 'error.report', {}, verdict)];
  if (report.factors.includes('colleagueToBlame')) {
    results.push(penalty(index, 'report.blame', where, { skill: 'communication', points: 0, outcome: 'mistake', params: {} }));
  }
  const next = protocol(state, { reported: true });
  return { state: error.planted ? { ...next, complete: true } : next, results };
}
