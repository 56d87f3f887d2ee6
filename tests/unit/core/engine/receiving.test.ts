import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import type { ActionInput } from '../../../../src/core/engine/actions';
import { nextStep, replay } from '../../../../src/core/engine/engine';
import { solve } from '../../../../src/core/engine/solve';
import { report } from '../../../../src/core/scoring/score';
import { renderHint } from '../../../../src/core/wording';
import { feedback, only, run, said } from './fixtures';
import { loadShipped } from './shippedEncounters';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadShiftText } from '../../../../src/core/scenario/load';

const fridge = loadShipped('receive-fridge-tote-short-shipped.json');
const cii = loadShipped('receive-cii-damaged-line.json');
const log = (...moves: ActionInput[]) => moves.map((m, i) => stamp(m, (i + 1) * 5));

describe('receiving a delivery', () => {
  it('is solved by the expert to 100, and ends by itself when every line is dealt with', () => {
    for (const s of [fridge, cii]) {
      const state = replay(s, solve(s));
      expect(report(state).score).toBe(100);
      expect(state.complete).toBe(true);
    }
  });

  it('credits each finding on a tote line, and a wrong finding is a mistake with what was true', () => {
    const good = only(run(fridge, log(actions.checkToteLine('2', 'short'))).last, 'receive.checked');
    expect(good).toMatchObject({ outcome: 'good', points: 5 });
    expect(said(good)).toBe(
      'You checked atorvastatin 20 mg (line 2, lot A7730) against the invoice: fewer came than were invoiced (short-shipped).',
    );
    const wrong = only(run(fridge, log(actions.checkToteLine('2', 'match'))).last, 'receive.misjudged');
    expect(wrong).toMatchObject({ outcome: 'mistake', points: 0 });
    expect(said(wrong)).toMatch(/in fact fewer came than were invoiced \(short-shipped\) \(invoiced 2 of NDC 0921-2108-90; came 1/);
    expect(feedback(fridge, wrong).how).toMatch(/NDC and count/);
    expect(only(run(cii, log(actions.checkToteLine('2', 'damaged'))).last, 'receive.checked').outcome).toBe('good');
  });

  it('finds a substituted NDC and an expired or short-dated lot', () => {
    const base = fridge.delivery!;
    const variant = (patch: Partial<(typeof base.tote)[number]>) => ({
      ...fridge,
      delivery: { ...base, tote: base.tote.map((l) => (l.invoiceLine === '1' ? { ...l, ...patch } : l)) },
    });
    const verdictOf = (s: typeof fridge, said: 'substituted' | 'expired' | 'shortDated') =>
      run(s, log(actions.checkToteLine('1', said))).last[0]!.code;
    expect(verdictOf(variant({ ndc: '93206-311-99' }), 'substituted')).toBe('receive.checked');
    expect(verdictOf(variant({ expires: '2026-03-01' }), 'expired')).toBe('receive.checked');
    // Within the store's short-dated window (30 days by default) of today, 2026-03-16.
    expect(verdictOf(variant({ expires: '2026-04-05' }), 'shortDated')).toBe('receive.checked');
    expect(verdictOf(variant({ expires: '2026-04-05' }), 'expired')).toBe('receive.misjudged');
  });

  it('scores putting the refrigerated items away first, and shelf stock first is a mistake', () => {
    const checked = [actions.checkToteLine('3', 'match'), actions.checkToteLine('1', 'match')];
    const first = run(fridge, log(...checked, actions.putAway('3'), actions.putAway('1'))).last;
    expect(only(first, 'receive.fridgeFirst')).toMatchObject({ outcome: 'good', points: 10 });
    const late = only(run(fridge, log(...checked, actions.putAway('1'))).last, 'receive.fridgeLate');
    expect(late).toMatchObject({ outcome: 'mistake', points: 0, skill: 'safety' });
    expect(said(late)).toMatch(/insulin glargine.*line 3.*still waiting for the refrigerator/i);
  });

  it('reports a short line and puts away what came; a matching line is nothing to report', () => {
    const moves = [actions.checkToteLine('2', 'short'), actions.reportDiscrepancy('2'), actions.putAway('2')];
    const { last } = run(fridge, log(...moves));
    expect(only(last, 'receive.putAway').outcome).toBe('good');
    const reported = run(fridge, log(...moves.slice(0, 2))).last;
    expect(only(reported, 'receive.reported')).toMatchObject({ outcome: 'good', points: 10, skill: 'communication' });
    const none = only(run(fridge, log(actions.checkToteLine('1', 'match'), actions.reportDiscrepancy('1'))).last, 'receive.reportNothing');
    expect(none).toMatchObject({ outcome: 'mistake', points: -2 });
  });

  it('keeps a damaged line off the shelf: putting it away costs points', () => {
    const r = only(run(cii, log(actions.checkToteLine('2', 'damaged'), actions.putAway('2'))).last, 'receive.putAwayHeld');
    expect(r).toMatchObject({ outcome: 'mistake', points: -5 });
    expect(feedback(cii, r).how).toMatch(/report it to the pharmacist/);
  });

  it('hands a C-II line to the pharmacist; shelving it yourself is a critical scope error', () => {
    const handed = only(run(cii, log(actions.checkToteLine('1', 'match'), actions.handToPharmacist('1'))).last, 'receive.handedOver');
    expect(handed).toMatchObject({ outcome: 'good', points: 15, skill: 'scope' });
    expect(said(handed)).toMatch(/DEA Form 222 or its electronic equivalent \(CSOS\)/);
    const shelved = only(run(cii, log(actions.checkToteLine('1', 'match'), actions.putAway('1'))).last, 'receive.putAwayControlled');
    expect(shelved).toMatchObject({ outcome: 'critical', points: -15 });
    expect(feedback(cii, shelved).how).toMatch(/never sign the Form 222/);
  });

  it('pulls expired shelf stock into quarantine, and reports it missed when left', () => {
    expect(only(run(fridge, log(actions.pullExpired('L0925'))).last, 'receive.pulled').points).toBe(10);
    const all = solve(fridge).filter((a) => a.type !== 'pullExpired');
    const state = replay(fridge, [...all, stamp(actions.endEncounter(), 999)]);
    expect(state.results.some((r) => r.code === 'receive.pull.missed')).toBe(true);
    expect(report(state).score).toBeLessThan(100);
  });

  it('asks for a check before anything is done with a line', () => {
    expect(run(fridge, log(actions.putAway('1'))).last[0]).toMatchObject({ code: 'receive.checkFirst', outcome: 'info' });
  });

  it('names the next move in the hint: the refrigerated line first', () => {
    const state = replay(fridge, []);
    const hint = nextStep(state)!;
    expect(hint.code).toBe('receive.check');
    expect(renderHint(hint, 'en')).toMatch(/^Check tote line 3 \(insulin glargine/i);
    expect(renderHint(hint, 'es')).toMatch(/^Compare la línea 3 de la caja/);
  });

  it('is the urgent task at 10:30 in the back-room Tuesday shift', () => {
    const path = 'scenarios/shifts/back-room-tuesday.json';
    const shift = loadShiftText(readFileSync(resolve(import.meta.dirname, '../../../..', path), 'utf8'), path);
    if (!shift.ok) throw new Error(shift.errors.map((e) => e.message).join('\n'));
    expect(shift.value.startsAt).toBe('10:22');
    const entry = shift.value.encounters.find((e) => e.file.endsWith('/receive-fridge-tote-short-shipped.json'));
    expect(entry).toMatchObject({ arrivesAfterMinutes: 8, urgency: 'urgent' });
  });
});
