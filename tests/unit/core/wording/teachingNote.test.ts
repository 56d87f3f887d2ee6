import { describe, expect, it } from 'vitest';
import { replay } from '../../../../src/core/engine/engine';
import { act, scenario } from '../engine/fixtures';
import { findings } from '../../../../src/core/findings';
import { feedbackFor } from '../../../../src/core/wording';

/** rx1 amoxicillin for a penicillin-allergic patient (ALLERGY) and rx2 ibuprofen beside her warfarin (INTERACTION), both caught at entry. */
const twoFindings = (teachingNotes: Record<string, string>) =>
  scenario({
    type: 'catch',
    patient: {
      firstName: 'Dana',
      lastName: 'Whitfield',
      dateOfBirth: '1975-02-11',
      address: '9 Birch Lane, Springfield, IL 62704',
      allergies: [{ substance: 'penicillin', reaction: 'hives' }],
      medications: [{ product: 'warfarin-5-tab' }],
    },
    prescriptions: [
      { product: 'amoxicillin-500-cap', drugAsWritten: 'Amoxicillin 500 mg caps', sig: 'i po tid', quantity: 21, refills: 0 },
      { product: 'ibuprofen-800-tab', drugAsWritten: 'Ibuprofen 800 mg tabs', sig: 'i po tid', quantity: 30, refills: 0 },
    ],
    intent: { teachingNotes },
  });

/** The student accepts both and enters rx2 as if nothing were wrong: the interaction is missed. */
function missedInteraction(s: ReturnType<typeof twoFindings>) {
  const { results } = replay(s, [
    act.identity(),
    act.accept('rx1'),
    act.accept('rx2'),
    act.enter({ productId: 'ibuprofen-800-tab', sig: 'i po tid', quantity: 30, daysSupply: 10, refills: 0 }, 'rx2'),
    act.end(),
  ]);
  const miss = results.find((r) => r.code === 'miss.INTERACTION');
  if (miss === undefined) throw new Error(`no miss.INTERACTION result in ${results.map((r) => r.code).join(', ')}`);
  return miss;
}

describe("the author's teaching note goes with the feedback it explains", () => {
  it('sets up two different findings at the same step', () => {
    expect(findings(twoFindings({})).map((f) => [f.code, f.step])).toEqual(
      expect.arrayContaining([
        ['ALLERGY', 'entry'],
        ['INTERACTION', 'entry'],
      ]),
    );
  });

  it('does not attach a step note about one finding to the feedback about another', () => {
    const s = twoFindings({ entry: 'Amoxicillin is a penicillin, so the allergy alert is real.' });
    expect(feedbackFor(missedInteraction(s), s, 'en').teachingNote).toBeUndefined();
  });

  it('attaches a note keyed by the finding code wherever that finding is judged', () => {
    const s = twoFindings({ entry: 'Amoxicillin is a penicillin.', INTERACTION: 'Ibuprofen with warfarin raises the bleeding risk.' });
    expect(feedbackFor(missedInteraction(s), s, 'en').teachingNote).toBe('Ibuprofen with warfarin raises the bleeding risk.');
  });

  it("keeps a step's note on that step's finding when it is the step's only kind of finding", () => {
    const s = scenario({
      type: 'catch',
      patient: {
        firstName: 'Dana',
        lastName: 'Whitfield',
        dateOfBirth: '1975-02-11',
        address: '9 Birch Lane',
        allergies: [{ substance: 'penicillin', reaction: 'hives' }],
      },
      prescriptions: [
        { product: 'amoxicillin-500-cap', drugAsWritten: 'Amoxicillin 500 mg caps', sig: 'i po tid', quantity: 21, refills: 0 },
      ],
      intent: { teachingNotes: { entry: 'Amoxicillin is a penicillin.' } },
    });
    const { results } = replay(s, [
      act.identity(),
      act.accept(),
      act.enter({ productId: 'amoxicillin-500-cap', sig: 'i po tid', quantity: 21, daysSupply: 7, refills: 0 }),
      act.end(),
    ]);
    const miss = results.find((r) => r.code === 'miss.ALLERGY');
    expect(miss).toBeDefined();
    expect(feedbackFor(miss!, s, 'en').teachingNote).toBe('Amoxicillin is a penicillin.');
  });
});
