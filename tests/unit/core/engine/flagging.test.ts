import { describe, expect, it } from 'vitest';
import { act, only, run, scenario, said } from './fixtures';

// Penicillin allergy + amoxicillin: an ALLERGY finding a careful technician catches at data entry.
const allergic = scenario({
  patient: {
    firstName: 'Dana',
    lastName: 'Whitfield',
    dateOfBirth: '1975-02-11',
    address: '9 Birch Lane',
    allergies: [{ substance: 'penicillin', reaction: 'hives' }],
  },
  prescriptions: [{ product: 'amoxicillin-500-cap', drugAsWritten: 'Amoxicillin 500 mg', sig: 'i cap po tid', quantity: 30, refills: 0 }],
});
const amoxEntry = act.enter({ productId: 'amoxicillin-500-cap', sig: 'i cap po tid', daysSupply: 10, refills: 0 });

describe('flagging a problem', () => {
  it("gives full marks for the right reason at or before the finding's step, and holds the prescription", () => {
    for (const log of [
      [act.identity(), act.flag('ALLERGY', 'rx1')],
      [act.identity(), act.accept(), act.flag('ALLERGY', 'rx1')],
    ]) {
      const { state, last } = run(allergic, log);
      expect(only(last, 'catch.ALLERGY')).toMatchObject({ outcome: 'good', points: 20, maxPoints: 20, finding: 'ALLERGY' });
      expect(state.rx['rx1']).toMatchObject({ status: 'held', flagged: ['ALLERGY'] });
    }
  });

  it('gives partial credit for the right reason caught late', () => {
    const { last } = run(allergic, [act.identity(), act.accept(), amoxEntry, act.flag('ALLERGY', 'rx1')]);
    const r = only(last, 'flag.late');
    expect(r).toMatchObject({ outcome: 'mistake', points: 10, maxPoints: 20 });
    expect(said(r)).toMatch(/caught late: this can be caught at data entry/);
  });

  it('gives partial credit for stopping with the wrong reason, and names the right one', () => {
    const { state, last } = run(allergic, [act.identity(), act.flag('DEA_INVALID', 'rx1')]);
    const r = only(last, 'flag.wrongReason');
    expect(r).toMatchObject({ points: 10, finding: 'ALLERGY' });
    expect(said(r)).toMatch(/^Right to stop .*the reason is an allergy, not an invalid DEA number/);
    expect(state.rx['rx1']!.status).toBe('held');
  });

  it('penalises a false alarm on a clean prescription, which carries on', () => {
    const { state, last } = run(scenario(), [act.identity(), act.accept(), act.flag('ALLERGY', 'rx1')]);
    expect(only(last, 'flag.falseAlarm')).toMatchObject({ outcome: 'mistake', points: -3, skill: 'efficiency' });
    expect(state.rx['rx1']).toMatchObject({ status: 'entry', flagged: ['ALLERGY'] });
  });

  it('applies a flag without a prescription to every open prescription it fits', () => {
    const two = scenario({
      patient: { firstName: 'Dana', lastName: 'Whitfield', dateOfBirth: '1975-02-11', address: '9 Birch Lane', allergies: [] },
      prescriptions: [{ dateWritten: '2024-01-01' }, { id: 'rx2', dateWritten: '2024-02-01' }],
    });
    const { state, last } = run(two, [act.identity(), act.flag('RX_EXPIRED')]);
    expect(last.map((r) => [r.code, r.rx])).toEqual([
      ['catch.RX_EXPIRED', 'rx1'],
      ['catch.RX_EXPIRED', 'rx2'],
    ]);
    expect(state.complete).toBe(true);
    expect(only(run(scenario(), [act.flag('RX_EXPIRED')]).last, 'flag.falseAlarm').rx).toBeUndefined();
  });

  it('explains that a look-alike is not a reason to stop', () => {
    const { state, last } = run(scenario(), [act.identity(), act.accept(), act.flag('LASA_RISK', 'rx1')]);
    expect(only(last, 'flag.notAStop').outcome).toBe('info');
    expect(state.rx['rx1']!.status).toBe('entry');
  });

  it('rejects an unknown code without throwing', () => {
    const { last } = run(scenario(), [{ type: 'flagProblem', code: 'BAD_VIBES', at: 1 } as never]);
    expect(only(last, 'action.unknown').outcome).toBe('info');
  });
});
