import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import { ACTION_TYPES, actionSchema, type Action } from '../../../../src/core/engine/actions';
import { apply, replay, start } from '../../../../src/core/engine/engine';
import { solve } from '../../../../src/core/engine/solve';
import { CASES } from './cases';
import { act, GOOD_ENTRY, said, scenario } from './fixtures';
import { loadShipped, SHIPPED_ENCOUNTERS } from './shippedEncounters';

describe('the Action schema', () => {
  for (const file of SHIPPED_ENCOUNTERS) {
    it(`accepts, unchanged, every action the expert plays in ${file}`, () => {
      for (const action of solve(loadShipped(file))) {
        const checked = actionSchema.safeParse(action);
        expect(checked.error?.issues, JSON.stringify(action)).toBeUndefined();
        expect(checked.data).toEqual(action);
      }
    });
  }

  it('accepts every action the expert plays in the hand-built cases', () => {
    const log = Object.values(CASES).flatMap((s) => solve(s));
    expect(log.filter((a) => !actionSchema.safeParse(a).success)).toEqual([]);
  });

  it('has one creator per action type, each building an action the schema accepts once stamped', () => {
    expect(Object.keys(actions).sort()).toEqual([...ACTION_TYPES].sort());
    const built: Action[] = [
      stamp(actions.confirmIdentity('pickup'), 1),
      stamp(actions.acceptPrescription('rx1'), 2),
      stamp(actions.flagProblem('DEA_INVALID', { rx: 'rx1', note: 'check digit' }), 3),
      stamp(actions.enterPrescription('rx1', GOOD_ENTRY), 4),
      stamp(actions.selectProduct('rx1', 'lisinopril-10-tab'), 5),
      stamp(actions.returnProduct('rx1'), 6),
      stamp(actions.scanProduct('rx1'), 7),
      stamp(actions.countProduct('rx1', 30), 8),
      stamp(actions.printLabel('rx1', ['Take with food']), 9),
      stamp(actions.submitForVerification('rx1'), 10),
      stamp(actions.offerCounseling(), 11),
      stamp(actions.respondToQuestion('copay', 'answer'), 12),
      stamp(actions.handOut(), 13),
      stamp(actions.endEncounter(), 14),
      stamp(actions.chooseLabelLanguage('rx1', 'es'), 15),
      stamp(actions.tellPharmacist(), 15),
      stamp(actions.keepWrongProduct('quarantine'), 16),
      stamp(actions.contactPatient(), 17),
      stamp(
        actions.fileErrorReport({
          kind: 'wrongDrug',
          dispensed: 'hydralazine-25-tab',
          foundBy: 'patientReturned',
          reachedPatient: true,
          factors: ['lookAlikeNames'],
          prevention: 'Scan every bottle before counting.',
        }),
        18,
      ),
      stamp(actions.lookUpRx('rx1'), 15),
      stamp(actions.answerCall('requestAuthorization'), 16),
      stamp(actions.collectPayment(12.5), 17),
      stamp(actions.signPickupLog(), 18),
      stamp(actions.checkPhotoId(), 19),
      stamp(actions.setAsideBag('other'), 20),
      stamp(actions.reconstitute('rx1', 111, 2), 15),
      stamp(actions.reportShortage('rx1', 'partialFill'), 16),
      stamp(
        actions.submitClaim('rx1', {
          payer: 'plan',
          memberId: 'LMR1',
          personCode: '01',
          dateOfBirth: '1970-01-01',
          prescriberNpi: '1234567893',
        }),
        15,
      ),
      stamp(actions.resolveClaim('rx1', 'priorAuthorization'), 16),
      stamp(actions.checkToteLine('1', 'damaged'), 17),
      stamp(actions.putAway('1'), 18),
      stamp(actions.reportDiscrepancy('1'), 19),
      stamp(actions.handToPharmacist('1'), 20),
      stamp(actions.pullExpired('L0925'), 21),
    ];
    expect(built.map((a) => a.type)).toEqual(ACTION_TYPES);
    for (const a of built) expect(actionSchema.parse(a)).toEqual(a);
  });

  it('carries the words chosen for a question, and still reads a saved reply that has none', () => {
    const q = scenario({
      dialogue: { dropOff: [{ id: 'q', text: 'Can I take this with my vitamins?', question: true, pharmacistOnly: true }] },
    });
    const chosen = stamp(actions.respondToQuestion('q', 'refer', "I'll get the pharmacist for you."), 3);
    expect(actionSchema.parse(chosen)).toEqual({
      type: 'respondToQuestion',
      question: 'q',
      response: 'refer',
      said: "I'll get the pharmacist for you.",
      at: 3,
    });
    const old = { type: 'respondToQuestion', question: 'q', response: 'answer', at: 3 };
    expect(actionSchema.parse(old)).toEqual(old);
    expect(replay(q, [act.identity(), chosen]).questions['q']).toBe('referred');
    expect(replay(q, [act.identity(), old as Action]).results.at(-1)?.code).toBe('question.answeredClinical');
  });

  it('leaves rx and an empty note off a flag, so the flag is about the encounter', () => {
    expect(actions.flagProblem('PATIENT_MISMATCH', { rx: undefined, note: '' })).toEqual({ type: 'flagProblem', code: 'PATIENT_MISMATCH' });
    expect(actions.flagProblem('DEA_INVALID', { rx: 'rx2', note: 'bad digit' })).toEqual({
      type: 'flagProblem',
      code: 'DEA_INVALID',
      rx: 'rx2',
      note: 'bad digit',
    });
  });
});

describe('a malformed action', () => {
  const s = scenario();
  const begun = replay(s, [act.identity()]);

  // Each malformed action, and the words the student is shown for it.
  const cases: [string, unknown, RegExp][] = [
    ['an unknown type', { type: 'dance', at: 2 }, /"dance" is not something a technician can do here/],
    ['no type at all', { at: 2 }, /"undefined" is not something a technician can do here/],
    ['a numeric prescription id', { type: 'scanProduct', rx: 7, at: 2 }, /the prescription id is not text/],
    ['an empty prescription id', { ...act.scan(), rx: '' }, /the prescription id is not text/],
    ['a stage other than drop-off or pick-up', { ...act.identity(), stage: 'lunch' }, /the stage must be drop-off or pick-up/],
    ['a flag with no reason', { type: 'flagProblem', rx: 'rx1', at: 2 }, /no problem code was chosen/],
    [
      'a flag with a reason the system does not know',
      { ...act.flag('DEA_INVALID', 'rx1'), code: 'BAD_VIBES' },
      /"BAD_VIBES" is not a problem code the pharmacy system knows/,
    ],
    ['a bottle with no product', { type: 'selectProduct', rx: 'rx1', at: 2 }, /no product was chosen/],
    ['an entry missing its fields', { ...act.enter(), entry: { productId: 'lisinopril-10-tab' } }, /the data entry is incomplete/],
    ['a count in words', { ...act.count(), quantity: 'thirty' }, /the amount placed is not a number/],
    ['a count of infinity', { ...act.count(), quantity: Number.POSITIVE_INFINITY }, /the amount placed is not a number/],
    ['auxiliary labels as one string', { ...act.label(), auxiliaryLabels: 'x' }, /the auxiliary labels are not a list/],
    [
      'a response that is neither answer nor refer',
      { ...act.respond('q', 'answer'), response: 'shrug' },
      /choose a question and answer or refer it/,
    ],
    ['a negative time', { ...act.accept(), at: -1 }, /the time is not a number of seconds/],
    ['no time', { type: 'acceptPrescription', rx: 'rx1' }, /the time is not a number of seconds/],
  ];

  for (const [what, action, words] of cases) {
    it(`is turned away unscored, without a throw: ${what}`, () => {
      expect(actionSchema.safeParse(action).success).toBe(false);
      const { state, results } = apply(begun, action as Action);
      expect(results).toEqual([expect.objectContaining({ code: 'action.unknown', outcome: 'info', points: 0, maxPoints: 0 })]);
      expect(said(results[0]!)).toMatch(/^That action could not be used: /);
      expect(said(results[0]!)).toMatch(words);
      // Nothing moved on: the prescription and the encounter are where they were.
      expect(state.rx).toEqual(begun.rx);
      expect(state.complete).toBe(false);
      expect(state.actionCount).toBe(begun.actionCount + 1);
    });
  }

  it('that is not an object at all is reported as unreadable', () => {
    for (const junk of [null, 42, 'scanProduct']) {
      const { results } = apply(start(s), junk as unknown as Action);
      expect(results).toEqual([
        expect.objectContaining({ code: 'action.unknown', outcome: 'info', points: 0, params: { problem: 'unreadable' } }),
      ]);
      expect(said(results[0]!)).toBe('That action could not be read.');
    }
  });

  it('is checked field by field: extra fields are dropped, the action itself still counts', () => {
    const { state, results } = apply(begun, { ...act.accept(), shout: 'hurry' } as unknown as Action);
    expect(results.map((r) => r.code)).not.toContain('action.unknown');
    expect(state.rx['rx1']!.status).toBe('entry');
  });
});
