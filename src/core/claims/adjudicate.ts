import { addDays, daysBetween } from '../rules/calendar';
import { interactionBetween } from '../rules/interaction';
import { checkNpi } from '../rules/npi';
import type { Product } from '../scenario/catalogSchema';
import type { Plan } from '../scenario/planSchema';
import type { ClaimReject, ClaimResponse } from './response';

/** A past fill the plan knows of: at this pharmacy, or a paid claim from another. */
export interface KnownFill {
  product: string;
  date: string;
  quantity: number;
  daysSupply: number;
}

/** What the plan knows before the claim arrives: its own facts, the member, the prescriber and past fills. */
export interface PlanRecord {
  plan: Plan;
  /** The member as the plan has them (the card's member ID and person code). */
  member: { memberId: string; personCode: string; dateOfBirth: string; coverageStart?: string; coverageEnd?: string };
  /** The prescriber's NPI as the registry has it; undefined when the author gave none. */
  prescriberNpi: string | undefined;
  /** True when the patient has another plan that pays before this one (coordination of benefits). */
  otherCoverage: boolean;
  fills: readonly KnownFill[];
  products: ReadonlyMap<string, Product>;
  today: string;
}

/** What the pharmacy sends: the billing fields and the data entry. */
export interface ClaimSubmission {
  memberId: string;
  personCode: string;
  dateOfBirth: string;
  prescriberNpi: string;
  productId: string;
  quantity: number;
  daysSupply: number;
}

const same = (a: string, b: string): boolean => a.trim().toUpperCase() === b.trim().toUpperCase();
const sameDrug = (a: Product, b: Product): boolean =>
  a.generic === b.generic && a.strength.replace(/\s+/g, '').toLowerCase() === b.strength.replace(/\s+/g, '').toLowerCase();

/**
 * Adjudicates one claim the way a processor does, checks in order: the cardholder (07, 52, 09),
 * eligibility (65, 69), coordination of benefits (41), the prescriber (25, 56), the claim's own
 * fields (E7, 19), the formulary (70, 75, 76), refill too soon (79, at the plan's threshold) and
 * the plan's DUR against fills it knows of (88). Pure: the same claim always gets the same answer.
 */
export function adjudicate(record: PlanRecord, claim: ClaimSubmission): ClaimResponse {
  const { plan, member } = record;
  const reject = (r: ClaimReject): ClaimResponse => ({ status: 'rejected', ...r });

  if (claim.memberId.trim() === '') return reject({ code: '07' });
  if (!same(claim.memberId, member.memberId)) return reject({ code: '52' });
  if (claim.personCode.trim() !== member.personCode || claim.dateOfBirth.trim() !== member.dateOfBirth) return reject({ code: '09' });

  const start = member.coverageStart ?? plan.coverageStart;
  const end = member.coverageEnd ?? plan.coverageEnd;
  const coverage = { ...(start !== undefined ? { coverageStart: start } : {}), ...(end !== undefined ? { coverageEnd: end } : {}) };
  if (start !== undefined && record.today < start) return reject({ code: '65', ...coverage });
  if (end !== undefined && record.today > end) return reject({ code: '69', ...coverage });
  if (plan.payerOrder === 'afterOther' && record.otherCoverage) return reject({ code: '41' });

  if (!checkNpi(claim.prescriberNpi)) return reject({ code: '25' });
  if (record.prescriberNpi !== undefined && claim.prescriberNpi.trim() !== record.prescriberNpi) return reject({ code: '56' });

  if (!Number.isFinite(claim.quantity) || claim.quantity <= 0) return reject({ code: 'E7' });
  if (!Number.isInteger(claim.daysSupply) || claim.daysSupply <= 0) return reject({ code: '19' });

  const product = record.products.get(claim.productId);
  const listed = plan.formulary.find((f) => f.product === claim.productId);
  if (product === undefined || listed?.status === 'excluded' || (listed === undefined && !plan.coversUnlisted)) {
    return reject({ code: '70' });
  }
  if (listed?.status === 'priorAuthorization') return reject({ code: '75' });
  if (listed?.maxQuantity !== undefined && claim.quantity > listed.maxQuantity) {
    return reject({ code: '76', limit: { kind: 'quantity', max: listed.maxQuantity, billed: claim.quantity } });
  }
  const maxDays = listed?.maxDaysSupply ?? plan.maxDaysSupply;
  if (claim.daysSupply > maxDays) return reject({ code: '76', limit: { kind: 'daysSupply', max: maxDays, billed: claim.daysSupply } });

  const tooSoon = refillTooSoon(record, product);
  if (tooSoon !== undefined) return tooSoon;
  const dur = durConflict(record, product);
  if (dur !== undefined) return dur;

  const tier = listed?.tier ?? plan.defaultTier;
  const copay = plan.copays[Math.min(tier, plan.copays.length) - 1] ?? 0;
  return { status: 'paid', copay, tier };
}

/** 79 when the newest fill of the same drug has used less than the plan's share of its days' supply. */
function refillTooSoon(record: PlanRecord, product: Product): ClaimResponse | undefined {
  const fills = record.fills.filter((f) => {
    const p = record.products.get(f.product);
    return p !== undefined && sameDrug(p, product);
  });
  const last = fills.reduce<KnownFill | undefined>((best, f) => (best === undefined || f.date >= best.date ? f : best), undefined);
  if (last === undefined) return undefined;
  const percent = record.plan.refillTooSoonPercent;
  // Integer comparison, as the pharmacy's own check does: elapsed / daysSupply < percent / 100.
  if (daysBetween(last.date, record.today) * 100 >= percent * last.daysSupply) return undefined;
  const nextEligible = addDays(last.date, Math.ceil((percent * last.daysSupply) / 100));
  return { status: 'rejected', code: '79', lastFill: last.date, daysSupply: last.daysSupply, nextEligible, percent };
}

/** 88 when a fill still running (another drug) duplicates the therapy or interacts with this one. */
function durConflict(record: PlanRecord, product: Product): ClaimResponse | undefined {
  for (const f of record.fills) {
    const other = record.products.get(f.product);
    if (other === undefined || sameDrug(other, product)) continue;
    if (daysBetween(f.date, record.today) >= f.daysSupply) continue;
    if (other.therapeuticClass === product.therapeuticClass) {
      return { status: 'rejected', code: '88', dur: { reason: 'therapeuticDuplication', with: other.id, filled: f.date } };
    }
    if (interactionBetween(other, product) !== undefined) {
      return { status: 'rejected', code: '88', dur: { reason: 'drugInteraction', with: other.id, filled: f.date } };
    }
  }
  return undefined;
}
