import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import type { Action } from '../../../../src/core/engine/actions';
import { nextStep, replay } from '../../../../src/core/engine/engine';
import { solve } from '../../../../src/core/engine/solve';
import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';
import { report } from '../../../../src/core/scoring/score';
import { only, run, said } from './fixtures';
import { loadShipped } from './shippedEncounters';

/** The expert's log up to the register: everything before the first register action. */
function toRegister(s: ResolvedEncounter): Action[] {
  const log = solve(s);
  const counsel = log.findIndex((a) => a.type === 'offerCounseling');
  return log.slice(0, counsel + 1);
}
const at = (a: Parameters<typeof stamp>[0]): Action => stamp(a, 999);

describe('the register', () => {
  const wrongTotal = loadShipped('register-wrong-total.json');
  const otherBag = loadShipped('register-other-patient-bag.json');
  const photoId = loadShipped('register-photo-id-controlled.json');

  it('is a catch when the register total is not what the bags add up to', () => {
    const base = toRegister(wrongTotal);
    expect(nextStep(replay(wrongTotal, base))?.code).toBe('register.collect');
    const caught = only(run(wrongTotal, [...base, at(actions.collectPayment(10))]).last, 'register.totalCaught');
    expect(caught).toMatchObject({ points: 20, outcome: 'good' });
    expect(said(caught)).toBe('The register showed $25.00, but the bags add up to $10.00: you caught it and collected the right amount.');
    const charged = run(wrongTotal, [...base, at(actions.collectPayment(25))]);
    expect(said(only(charged.last, 'register.wrongAmount'))).toBe(
      'You collected the $25.00 the register showed, but the bags add up to $10.00.',
    );
  });

  it('asks for the signature, and records it as missed when the bag goes out without one', () => {
    const base = [...toRegister(wrongTotal), at(actions.collectPayment(10))];
    expect(nextStep(replay(wrongTotal, base))?.code).toBe('register.sign');
    const done = replay(wrongTotal, [...base, at(actions.handOut())]);
    expect(done.results.map((r) => r.code)).toContain('register.signature.missed');
    expect(report(done).score).toBeLessThan(100);
  });

  it("scores putting back another patient's bag like a catch, and handing it out as critical", () => {
    const base = toRegister(otherBag);
    const r = only(run(otherBag, [...base, at(actions.setAsideBag('other'))]).last, 'register.bagSetAside');
    expect(r).toMatchObject({ points: 20, skill: 'safety' });
    expect(said(r)).toMatch(/the bag for Fatima Al-Sayyid \(Montelukast 10 mg tablet\)/);
    const handed = replay(otherBag, [...base, at(actions.collectPayment(17)), at(actions.signPickupLog()), at(actions.handOut())]);
    expect(only(handed.results, 'register.otherBagHandedOut')).toMatchObject({ outcome: 'critical', points: -20 });
    expect(report(handed).passed).toBe(false);
  });

  it('penalises putting back a bag when every bag is the patient’s', () => {
    const r = only(run(wrongTotal, [...toRegister(wrongTotal), at(actions.setAsideBag('other'))]).last, 'register.noOtherBag');
    expect(r).toMatchObject({ outcome: 'mistake', points: -3 });
    const own = run(otherBag, [...toRegister(otherBag), at(actions.setAsideBag('rx1'))]);
    expect(only(own.last, 'register.noOtherBag').points).toBe(-3);
    expect(own.state.register.bagSetAside).toBe(false);
  });

  it('asks for a photo ID for a controlled substance where the state requires it', () => {
    const base = toRegister(photoId);
    expect(nextStep(replay(photoId, base))?.code).toBe('register.photoId');
    expect(only(run(photoId, [...base, at(actions.checkPhotoId())]).last, 'register.idChecked').points).toBe(5);
    expect(
      solve(photoId)
        .map((a) => a.type)
        .slice(-4),
    ).toEqual(['checkPhotoId', 'collectPayment', 'signPickupLog', 'handOut']);
    const off = { ...photoId, parameters: { ...photoId.parameters, photoIdForControlledPickup: false } };
    expect(solve(off).map((a) => a.type)).not.toContain('checkPhotoId');
    expect(only(run(off, [...toRegister(off), at(actions.checkPhotoId())]).last, 'register.idNotNeeded').points).toBe(0);
  });

  it('leaves encounters without register facts as they were', () => {
    const plain = loadShipped('fill-lisinopril-refill-day.json');
    expect(
      solve(plain)
        .map((a) => a.type)
        .slice(-3),
    ).toEqual(['confirmIdentity', 'offerCounseling', 'handOut']);
    const r = only(run(plain, [...toRegister(plain), at(actions.collectPayment(10))]).last, 'register.none');
    expect(r).toMatchObject({ outcome: 'info', points: 0 });
  });
});
