import { describe, expect, it } from 'vitest';
import { profileBilling } from '../../../../src/core/claims/planRecord';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import type { Action, ActionInput } from '../../../../src/core/engine/actions';
import { apply, nextStep, replay } from '../../../../src/core/engine/engine';
import type { Result } from '../../../../src/core/engine/results';
import { solve } from '../../../../src/core/engine/solve';
import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';
import { report } from '../../../../src/core/scoring/score';
import { renderHint } from '../../../../src/core/wording';
import { feedback, said } from './fixtures';
import { loadShipped } from './shippedEncounters';

const stamped = (moves: readonly (Action | ActionInput)[]): Action[] => moves.map((m, i) => stamp(m, (i + 1) * 5));

/** The expert's log up to (not including) the first claim action, then `then`. */
function upToClaim(s: ResolvedEncounter, then: ActionInput[]): Action[] {
  const log = solve(s);
  const at = log.findIndex((a) => a.type === 'submitClaim');
  return stamped([...log.slice(0, at), ...then]);
}

const claimResults = (results: readonly Result[]) => results.filter((r) => r.code.startsWith('claim.'));

describe('the claim step', () => {
  it('the expert bills the card and answers each planned reject, so every claim encounter replays to 100', () => {
    const expected: Record<string, string[]> = {
      'claim-paid-atorvastatin.json': ['claim.paid'],
      'claim-41-bill-primary-first.json': ['claim.rejected.41', 'claim.resolved', 'claim.paid'],
      'claim-69-coverage-ended.json': ['claim.rejected.69', 'claim.resolved', 'claim.paid'],
      'claim-70-not-covered-cash.json': ['claim.rejected.70', 'claim.resolved'],
      'claim-75-prior-authorization.json': ['claim.rejected.75', 'claim.resolved'],
      'claim-76-thirty-day-limit.json': ['claim.rejected.76', 'claim.resolved', 'claim.paid'],
      'claim-79-filled-elsewhere.json': ['claim.rejected.79', 'claim.resolved'],
      'claim-88-dur-duplicate-ssri.json': ['claim.rejected.88', 'claim.resolved'],
    };
    for (const [file, codes] of Object.entries(expected)) {
      const s = loadShipped(file);
      const state = replay(s, solve(s));
      expect(
        claimResults(state.results).map((r) => r.code),
        file,
      ).toEqual(codes);
      expect(report(state).score, file).toBe(100);
    }
  });

  it('a held claim ends the prescription after entry: no pick-up when prior authorization is pending', () => {
    const s = loadShipped('claim-75-prior-authorization.json');
    const state = replay(s, solve(s));
    expect(state.rx['rx1']?.status).toBe('held');
    expect(state.complete).toBe(true);
    expect(solve(s).some((a) => a.type === 'selectProduct' || a.type === 'handOut')).toBe(false);
  });

  it('billing the old member ID on the profile is rejected 52 and costs the claim point; the corrected claim pays', () => {
    const s = loadShipped('claim-52-new-member-id.json');
    const rx = s.prescriptions[0]!;
    const profile = profileBilling(s, rx);
    let state = replay(s, upToClaim(s, [actions.submitClaim('rx1', profile)]));
    const first = state.results.at(-1)!;
    expect(first).toMatchObject({ code: 'claim.rejected.52', outcome: 'mistake', points: 0, maxPoints: 5 });
    expect(said(first)).toContain('52 Non-Matched Cardholder ID');
    expect(feedback(s, first).how).toContain('member ID on the card');
    expect(nextStep(state)).toMatchObject({ code: 'claim.resolve', params: { reject: '52' } });

    state = apply(state, stamp(actions.submitClaim('rx1', { ...profile, memberId: 'LMR60019882' }), 999)).state;
    expect(state.results.at(-1)).toMatchObject({ code: 'claim.paid', points: 0, maxPoints: 0 });
    expect(state.rx['rx1']?.claim?.settled).toBe('paid');
  });

  it('a dependant billed as the cardholder is rejected 09; an NPI with a typo 25', () => {
    const dependant = loadShipped('claim-09-dependant-person-code.json');
    const r1 = replay(
      dependant,
      upToClaim(dependant, [actions.submitClaim('rx1', profileBilling(dependant, dependant.prescriptions[0]!))]),
    );
    expect(r1.results.at(-1)?.code).toBe('claim.rejected.09');
    const npi = loadShipped('claim-25-prescriber-npi-typo.json');
    const r2 = replay(npi, upToClaim(npi, [actions.submitClaim('rx1', profileBilling(npi, npi.prescriptions[0]!))]));
    expect(r2.results.at(-1)?.code).toBe('claim.rejected.25');
  });

  it('names the claim in the next-step hint after data entry, and will not let the product be pulled before it', () => {
    const s = loadShipped('claim-paid-atorvastatin.json');
    const state = replay(s, upToClaim(s, []));
    const hint = nextStep(state)!;
    expect(hint).toMatchObject({ step: 'entry', code: 'claim.submit' });
    expect(renderHint(hint, 'en')).toBe(
      'Submit the insurance claim for the Atorvastatin 20 mg tablet prescription at the data-entry station.',
    );
    const pulled = apply(state, stamp(actions.selectProduct('rx1', 'atorvastatin-20-tab'), 999));
    expect(pulled.results[0]).toMatchObject({ code: 'claim.first', outcome: 'info' });
    expect(pulled.state.rx['rx1']?.selectedProductId).toBeNull();
  });

  it('overriding a DUR reject without the pharmacist is critical and fails the encounter', () => {
    const s = loadShipped('claim-88-dur-duplicate-ssri.json');
    const log = solve(s).map((a) => (a.type === 'resolveClaim' ? stamp(actions.resolveClaim('rx1', 'overrideDur'), a.at) : a));
    const state = replay(s, log);
    const critical = state.results.find((r) => r.code === 'claim.override')!;
    expect(critical).toMatchObject({ outcome: 'critical', skill: 'scope', points: 0 });
    expect(feedback(s, critical).how).toContain('pharmacist');
    expect(report(state).passed).toBe(false);
  });

  it('an early-refill override is critical too; telling the date or asking the pharmacist are both right for 79', () => {
    const s = loadShipped('claim-79-filled-elsewhere.json');
    const swap = (resolution: 'overrideRefillTooSoon' | 'toPharmacist') =>
      replay(
        s,
        solve(s).map((a) => (a.type === 'resolveClaim' ? stamp(actions.resolveClaim('rx1', resolution), a.at) : a)),
      );
    expect(swap('overrideRefillTooSoon').results.some((r) => r.code === 'claim.override' && r.outcome === 'critical')).toBe(true);
    expect(report(swap('toPharmacist')).score).toBe(100);
    const told = replay(s, solve(s)).results.find((r) => r.code === 'claim.resolved')!;
    expect(said(told)).toContain('by telling the patient the date the plan will pay the refill (10/26/2026).');
  });

  it('the wrong answer to a reject is a scored mistake that names the right one', () => {
    const s = loadShipped('claim-75-prior-authorization.json');
    const log = solve(s).map((a) => (a.type === 'resolveClaim' ? stamp(actions.resolveClaim('rx1', 'cashPrice'), a.at) : a));
    const state = replay(s, log);
    const wrong = state.results.find((r) => r.code === 'claim.resolution.wrong')!;
    expect(wrong).toMatchObject({ outcome: 'mistake', points: 0, maxPoints: 10 });
    expect(said(wrong)).toContain('sending a prior-authorization request to the prescriber');
    expect(report(state).score).toBeLessThan(100);
  });

  it("adjusting to a days' supply limit dispenses the quantity that fits, and the count expects it", () => {
    const s = loadShipped('claim-76-thirty-day-limit.json');
    const state = replay(s, solve(s));
    expect(state.rx['rx1']?.claim).toMatchObject({ quantity: 30, daysSupply: 30, settled: 'paid' });
    expect(state.results.find((r) => r.code === 'count.correct')?.params).toMatchObject({ quantity: 30 });
  });

  it('a claim with no plan on file is a nudge, and encounters without a planId have no claim step', () => {
    const s = loadShipped('fill-lisinopril-refill-day.json');
    expect(solve(s).some((a) => a.type === 'submitClaim')).toBe(false);
    const log = solve(s);
    const state = replay(s, log.slice(0, log.findIndex((a) => a.type === 'enterPrescription') + 1));
    const r = apply(state, stamp(actions.resolveClaim('rx1', 'cashPrice'), 999)).results[0];
    expect(r).toMatchObject({ code: 'claim.notBilled', outcome: 'info' });
  });
});
