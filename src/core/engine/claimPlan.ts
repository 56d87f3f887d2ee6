import { adjudicate } from '../claims/adjudicate';
import { claimRequired, expertBilling, hasSecondary, planRecord, type ClaimBilling } from '../claims/planRecord';
import { HOLDS, type Payer, type Resolution } from '../claims/rejectCodes';
import { rejectOf, type ClaimReject, type ClaimResponse } from '../claims/response';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import { expectedEntry } from './expectedEntry';

/** What was billed: the plan, the quantity and the days' supply. */
export interface Billed {
  payer: Payer;
  quantity: number;
  daysSupply: number;
}

/** One answer from a plan on the expert's path, and how the expert answers it when it is a reject. */
export interface ClaimTurn extends Billed {
  response: ClaimResponse;
  resolution: Resolution | null;
}

/** The expert's claim for one prescription: what they bill, each answer, and whether the fill goes on. */
export interface ExpertClaim {
  billing: ClaimBilling;
  turns: ClaimTurn[];
  /** True when the prescription is filled today (paid, or paid in cash). */
  fills: boolean;
  /** The quantity dispensed (less than prescribed after adjusting to a days' supply limit). */
  quantity: number;
}

/** The quantity and days' supply at a days' supply limit, keeping the prescribed daily dose; undefined when it cannot be kept. */
export function atLimit(reject: ClaimReject, billed: Billed): Billed | undefined {
  if (reject.code !== '76' || reject.limit.kind !== 'daysSupply' || billed.daysSupply <= 0) return undefined;
  const quantity = Math.floor((billed.quantity * reject.limit.max) / billed.daysSupply);
  return quantity > 0 ? { ...billed, quantity, daysSupply: reject.limit.max } : undefined;
}

/**
 * The answer an expert gives a reject (pharmacy-rules.md §6.1): bill the other plan for 41 and for
 * lost coverage when there is one, cash for an exclusion, prior authorization for 75 and for a
 * limit the prescription's dose cannot meet, the next eligible date for 79, the pharmacist for 88
 * and for a reject whose cause a technician cannot fix.
 */
export function expectedResolution(scenario: ResolvedEncounter, reject: ClaimReject, billed: Billed): Resolution {
  const other = billed.payer === 'plan' && hasSecondary(scenario);
  switch (reject.code) {
    case '41':
      return other ? 'billSecondary' : 'toPharmacist';
    case '65':
    case '69':
      return other ? 'billSecondary' : 'cashPrice';
    case '70':
      return 'cashPrice';
    case '75':
      return 'priorAuthorization';
    case '76':
      return atLimit(reject, billed) !== undefined ? 'adjustToLimit' : 'priorAuthorization';
    case '79':
      return 'nextEligibleDate';
    default:
      return 'toPharmacist';
  }
}

/** True when a resolution is a right answer to this reject (79 may also go to the pharmacist, for a vacation supply). */
export function rightResolution(scenario: ResolvedEncounter, reject: ClaimReject, billed: Billed, chose: Resolution): boolean {
  return chose === expectedResolution(scenario, reject, billed) || (reject.code === '79' && chose === 'toPharmacist');
}

/** Adjudicates a claim for a prescription with the given billing and amounts; undefined when that payer is not on file. */
export function claimResponse(
  scenario: ResolvedEncounter,
  rx: Prescription,
  billing: ClaimBilling,
  billed: Omit<Billed, 'payer'>,
  productId: string,
): ClaimResponse | undefined {
  const record = planRecord(scenario, rx, billing.payer);
  return record === undefined ? undefined : adjudicate(record, { ...billing, ...billed, productId });
}

const cache = new WeakMap<ResolvedEncounter, Map<string, ExpertClaim | null>>();

/** The expert's claim for a prescription, or null when the encounter bills no plan. Cached per scenario. */
export function expertClaim(scenario: ResolvedEncounter, rx: Prescription): ExpertClaim | null {
  let byRx = cache.get(scenario);
  if (byRx === undefined) cache.set(scenario, (byRx = new Map()));
  if (!byRx.has(rx.id)) byRx.set(rx.id, computeExpertClaim(scenario, rx));
  return byRx.get(rx.id) ?? null;
}

function computeExpertClaim(scenario: ResolvedEncounter, rx: Prescription): ExpertClaim | null {
  if (!claimRequired(scenario)) return null;
  const entry = expectedEntry(scenario, rx);
  let billed: Billed = { payer: 'plan', quantity: rx.quantity, daysSupply: entry.daysSupply ?? 1 };
  const billing = expertBilling(scenario, rx, 'plan');
  const turns: ClaimTurn[] = [];
  // At most one turn per plan plus one adjustment each: every resolution either ends the claim or moves it on.
  for (let i = 0; i < 4; i++) {
    const response = claimResponse(scenario, rx, expertBilling(scenario, rx, billed.payer), billed, rx.product);
    if (response === undefined) break;
    const reject = rejectOf(response);
    const resolution = reject === undefined ? null : expectedResolution(scenario, reject, billed);
    turns.push({ ...billed, response, resolution });
    if (reject === undefined || resolution === null) return { billing, turns, fills: true, quantity: billed.quantity };
    if (resolution === 'cashPrice') return { billing, turns, fills: true, quantity: billed.quantity };
    if (HOLDS.has(resolution)) return { billing, turns, fills: false, quantity: billed.quantity };
    if (resolution === 'billSecondary') billed = { ...billed, payer: 'secondary' };
    else billed = atLimit(reject, billed) ?? billed;
  }
  return { billing, turns, fills: false, quantity: billed.quantity };
}
