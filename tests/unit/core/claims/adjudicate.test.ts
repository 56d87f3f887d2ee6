import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjudicate, type ClaimSubmission, type PlanRecord } from '../../../../src/core/claims/adjudicate';
import { loadCatalogText } from '../../../../src/core/scenario/load';
import { planSchema, type Plan } from '../../../../src/core/scenario/planSchema';

const ROOT = resolve(import.meta.dirname, '../../../..');
const loaded = loadCatalogText(readFileSync(resolve(ROOT, 'scenarios/catalog/products.json'), 'utf8'), 'products.json');
if (!loaded.ok) throw new Error('catalog does not load');
const products = loaded.value.products;

const plan = (over: Partial<Plan> = {}): Plan =>
  planSchema.parse({
    id: 'test-plan',
    name: 'Test Plan',
    bin: '012345',
    copays: [5, 25, 60],
    formulary: [
      { product: 'esomeprazole-40-cap', status: 'priorAuthorization', tier: 3 },
      { product: 'cetirizine-10-tab', status: 'excluded' },
      { product: 'sumatriptan-50-tab', tier: 2, maxQuantity: 9 },
      { product: 'atorvastatin-20-tab', tier: 2 },
    ],
    ...over,
  });

const record = (over: Partial<PlanRecord> = {}): PlanRecord => ({
  plan: plan(),
  member: { memberId: 'TP100200300', personCode: '01', dateOfBirth: '1970-05-05' },
  prescriberNpi: '1234567893',
  otherCoverage: false,
  fills: [],
  products,
  today: '2026-06-15',
  ...over,
});

const claim = (over: Partial<ClaimSubmission> = {}): ClaimSubmission => ({
  memberId: 'TP100200300',
  personCode: '01',
  dateOfBirth: '1970-05-05',
  prescriberNpi: '1234567893',
  productId: 'lisinopril-10-tab',
  quantity: 30,
  daysSupply: 30,
  ...over,
});

describe('adjudicate: what the plan answers', () => {
  it('pays a clean claim with the copay of the product tier, or of the default tier when unlisted', () => {
    expect(adjudicate(record(), claim())).toEqual({ status: 'paid', copay: 5, tier: 1 });
    expect(adjudicate(record(), claim({ productId: 'atorvastatin-20-tab' }))).toEqual({ status: 'paid', copay: 25, tier: 2 });
  });

  it('rejects the cardholder: 07 with no member ID, 52 a member ID the plan does not know, 09 a wrong birth date or person code', () => {
    expect(adjudicate(record(), claim({ memberId: '  ' }))).toMatchObject({ status: 'rejected', code: '07' });
    expect(adjudicate(record(), claim({ memberId: 'TP100200399' }))).toMatchObject({ code: '52' });
    expect(adjudicate(record(), claim({ memberId: 'tp100200300' }))).toMatchObject({ status: 'paid' });
    expect(adjudicate(record(), claim({ dateOfBirth: '1970-05-06' }))).toMatchObject({ code: '09' });
    expect(adjudicate(record(), claim({ personCode: '03' }))).toMatchObject({ code: '09' });
  });

  it('rejects eligibility: 65 before coverage starts, 69 after it ends, with the dates', () => {
    const early = record({ member: { ...record().member, coverageStart: '2026-07-01' } });
    expect(adjudicate(early, claim())).toEqual({ status: 'rejected', code: '65', coverageStart: '2026-07-01' });
    const ended = record({ plan: plan({ coverageEnd: '2026-05-31' }) });
    expect(adjudicate(ended, claim())).toEqual({ status: 'rejected', code: '69', coverageEnd: '2026-05-31' });
  });

  it('rejects 41 when a payer of last resort is billed while another plan exists', () => {
    const last = record({ plan: plan({ payerOrder: 'afterOther' }), otherCoverage: true });
    expect(adjudicate(last, claim())).toMatchObject({ code: '41' });
    expect(adjudicate({ ...last, otherCoverage: false }, claim())).toMatchObject({ status: 'paid' });
  });

  it("rejects the prescriber: 25 for an NPI that fails its check digit, 56 for a valid one that is not the prescriber's", () => {
    expect(adjudicate(record(), claim({ prescriberNpi: '1234567890' }))).toMatchObject({ code: '25' });
    expect(adjudicate(record(), claim({ prescriberNpi: '' }))).toMatchObject({ code: '25' });
    expect(adjudicate(record({ prescriberNpi: '1245319599' }), claim())).toMatchObject({ code: '56' });
  });

  it("rejects the claim's own fields: E7 quantity, 19 days' supply", () => {
    expect(adjudicate(record(), claim({ quantity: 0 }))).toMatchObject({ code: 'E7' });
    expect(adjudicate(record(), claim({ daysSupply: Number.NaN }))).toMatchObject({ code: '19' });
    expect(adjudicate(record(), claim({ daysSupply: 7.5 }))).toMatchObject({ code: '19' });
  });

  it('rejects on the formulary: 70 excluded or unlisted on a closed formulary, 75 prior authorization', () => {
    expect(adjudicate(record(), claim({ productId: 'cetirizine-10-tab' }))).toMatchObject({ code: '70' });
    expect(adjudicate(record({ plan: plan({ coversUnlisted: false }) }), claim())).toMatchObject({ code: '70' });
    expect(adjudicate(record(), claim({ productId: 'esomeprazole-40-cap' }))).toMatchObject({ code: '75' });
  });

  it("rejects 76 over a quantity limit or the plan's days' supply, naming the limit", () => {
    expect(adjudicate(record(), claim({ productId: 'sumatriptan-50-tab', quantity: 18 }))).toEqual({
      status: 'rejected',
      code: '76',
      limit: { kind: 'quantity', max: 9, billed: 18 },
    });
    expect(adjudicate(record({ plan: plan({ maxDaysSupply: 30 }) }), claim({ quantity: 90, daysSupply: 90 }))).toEqual({
      status: 'rejected',
      code: '76',
      limit: { kind: 'daysSupply', max: 30, billed: 90 },
    });
  });

  it('rejects 79 with the next eligible date at the plan threshold, which is a parameter', () => {
    const fills = [{ product: 'lisinopril-10-tab', date: '2026-06-01', quantity: 30, daysSupply: 30 }];
    // 14 of 30 days used: at 80% the fill is due on day 24.
    expect(adjudicate(record({ fills }), claim())).toEqual({
      status: 'rejected',
      code: '79',
      lastFill: '2026-06-01',
      daysSupply: 30,
      nextEligible: '2026-06-25',
      percent: 80,
    });
    // At 75% it is due on day 23 (22.5 rounded up); at 40% it is already due.
    expect(adjudicate(record({ fills, plan: plan({ refillTooSoonPercent: 75 }) }), claim())).toMatchObject({ nextEligible: '2026-06-24' });
    expect(adjudicate(record({ fills, plan: plan({ refillTooSoonPercent: 40 }) }), claim())).toMatchObject({ status: 'paid' });
  });

  it('rejects 88 for a running fill of the same class or an interacting drug, and not for one that has run out', () => {
    const ssri = [{ product: 'citalopram-20-tab', date: '2026-06-10', quantity: 30, daysSupply: 30 }];
    expect(adjudicate(record({ fills: ssri }), claim({ productId: 'sertraline-50-tab' }))).toEqual({
      status: 'rejected',
      code: '88',
      dur: { reason: 'therapeuticDuplication', with: 'citalopram-20-tab', filled: '2026-06-10' },
    });
    const old = [{ ...ssri[0]!, date: '2026-05-01' }];
    expect(adjudicate(record({ fills: old }), claim({ productId: 'sertraline-50-tab' }))).toMatchObject({ status: 'paid' });
  });
});
