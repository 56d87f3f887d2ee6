import { describe, expect, it } from 'vitest';
import { expectedEntry } from '../../../../src/core/engine/expectedEntry';
import type { Result } from '../../../../src/core/engine/results';
import { act, FILL_TO_LABEL, only, run, scenario, said } from './fixtures';

const entering = [act.identity(), act.accept()];
const codes = (rs: readonly Result[]) => rs.map((r) => r.code);

describe('data entry', () => {
  const s = scenario();

  it('judges each field on its own, all right for the expert entry', () => {
    const { state, last } = run(s, [...entering, act.enter()]);
    expect(codes(last)).toEqual([
      'entry.product.ok',
      'entry.sig.ok',
      'entry.quantity.ok',
      'entry.daysSupply.ok',
      'entry.refills.ok',
      'entry.daw.ok',
    ]);
    expect(last.reduce((a, r) => a + r.points, 0)).toBe(25);
    expect(state.rx['rx1']!.status).toBe('selection');
  });

  it('compares directions by meaning, not by text', () => {
    const { last } = run(s, [...entering, act.enter({ sig: 'Take 1 tablet by mouth once daily' })]);
    expect(only(last, 'entry.sig.ok').points).toBe(5);
    const wrong = run(s, [...entering, act.enter({ sig: 'i po bid' })]).last;
    expect(said(only(wrong, 'entry.sig.wrong'))).toMatch(/twice daily/);
    const unreadable = run(s, [...entering, act.enter({ sig: 'po' })]).last;
    expect(said(only(unreadable, 'entry.sig.wrong'))).toMatch(/could not be read/);
  });

  it('names the specifics of each wrong field', () => {
    const { last } = run(s, [
      ...entering,
      act.enter({ productId: 'hydralazine-25-tab', quantity: 20, daysSupply: 15, refills: 5, daw: 1 }),
    ]);
    expect(said(only(last, 'entry.product.wrong'))).toBe('You entered hydrALAZINE 25 mg; the prescription is for lisinopril 10 mg.');
    expect(said(only(last, 'entry.quantity.wrong'))).toMatch(/20.*30 tablets/);
    expect(said(only(last, 'entry.daysSupply.wrong'))).toMatch(/15 days.*30/);
    expect(said(only(last, 'entry.refills.wrong'))).toMatch(/5 refills; it should be 2/);
    expect(said(only(last, 'entry.daw.wrong'))).toMatch(/code is 0 \(substitution allowed\)/);
    expect(last.filter((r) => r.outcome === 'mistake').every((r) => r.points === 0 && r.maxPoints > 0)).toBe(true);
  });

  it('expects refills left on a refill request, and insulin capped at its in-use days', () => {
    const refill = scenario({ prescriptions: [{ refills: 5, refillsUsed: 2, request: 'refill' }] });
    expect(expectedEntry(refill, refill.prescriptions[0]!).refills).toBe(3);
    const insulin = scenario({ prescriptions: [{ product: 'glargine-u100-vial', sig: '12 units subq qhs', quantity: 1000 }] });
    expect(expectedEntry(insulin, insulin.prescriptions[0]!).daysSupply).toBe(28);
  });

  it('needs the prescription accepted first', () => {
    const { state, last } = run(s, [act.identity(), act.enter()]);
    expect(only(last, 'order.acceptFirst').outcome).toBe('info');
    expect(state.rx['rx1']!.entry).toBeNull();
  });

  it('lets a corrected entry through without scoring it twice, and asks for a new scan', () => {
    const { state, last } = run(s, [...FILL_TO_LABEL.slice(0, 5), act.enter({ quantity: 28 })]);
    expect(last.every((r) => r.maxPoints === 0 && r.points === 0)).toBe(true);
    expect(state.rx['rx1']).toMatchObject({ status: 'selection', scanned: false, selectedProductId: 'lisinopril-10-tab' });
  });

  it('turns a malformed entry away unscored, leaving the prescription at data entry', () => {
    const broken = { ...act.enter(), entry: null } as never;
    const { state, last } = run(s, [...entering, broken]);
    expect(last).toEqual([expect.objectContaining({ code: 'action.unknown', outcome: 'info', points: 0, maxPoints: 0 })]);
    expect(said(last[0]!)).toMatch(/could not be used: the data entry is incomplete/);
    expect(state.rx['rx1']).toMatchObject({ status: 'entry', entry: null });
  });
});

describe('do-not-use abbreviations at data entry', () => {
  const qd = scenario({ prescriptions: [{ sig: '1 tab po qd' }] });

  it('adds an unscored teaching note when the prescription says "qd" and the entry writes it out', () => {
    const { last } = run(qd, [...entering, act.enter({ sig: '1 tab po daily' })]);
    expect(only(last, 'entry.sig.ok').outcome).toBe('good');
    const note = only(last, 'entry.doNotUse.noted');
    expect(note).toMatchObject({ outcome: 'info', points: 0, maxPoints: 0, rx: 'rx1' });
    expect(said(note)).toMatch(/"qd" \(write "daily"\), on the "Do Not Use" list/);
  });

  it('makes a "qd" typed into the directions a mistake that says what to write instead', () => {
    const { last } = run(qd, [...entering, act.enter({ sig: '1 tab po qd' })]);
    const typed = only(last, 'entry.sig.doNotUse');
    expect(typed).toMatchObject({ outcome: 'mistake', points: 0, maxPoints: 5 });
    expect(said(typed)).toMatch(/"qd" \(write "daily"\)/);
    expect(codes(last)).not.toContain('entry.doNotUse.noted');
  });

  it('has the expert type the directions out, so the expert path still scores full marks', () => {
    expect(expectedEntry(qd, qd.prescriptions[0]!).sig).toBe('1 tab po daily');
    const { last } = run(qd, [...entering, act.enter({ sig: expectedEntry(qd, qd.prescriptions[0]!).sig })]);
    expect(codes(last)).toContain('entry.sig.ok');
  });

  it('notes nothing on a prescription written safely', () => {
    expect(codes(run(scenario(), [...entering, act.enter()]).last)).not.toContain('entry.doNotUse.noted');
  });
});
