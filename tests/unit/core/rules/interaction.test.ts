import { describe, expect, it } from 'vitest';
import { checkInteraction as findInteractions, interactionBetween } from '../../../../src/core/rules/interaction';
import { buildScenario, rxOf, TEST_PRODUCTS, inWords } from './buildScenario';

/** The rule, with each finding's sentence from the English catalogue. */
const checkInteraction = inWords(findInteractions);

const byId = (id: string) => TEST_PRODUCTS.find((p) => p.id === id)!;

describe('interactionBetween', () => {
  it('matches a class tag or a generic, whichever product declares it', () => {
    expect(interactionBetween(byId('warfarin-5-tab'), byId('ibuprofen-800-tab'))).toEqual({ severity: 'major', effect: 'bleeding' });
    expect(interactionBetween(byId('ibuprofen-800-tab'), byId('warfarin-5-tab'))).toEqual({ severity: 'major', effect: 'bleeding' });
    expect(interactionBetween(byId('warfarin-5-tab'), byId('smx-tmp-ds-tab'))?.effect).toBe('raised INR');
    expect(interactionBetween(byId('warfarin-5-tab'), byId('lisinopril-10-tab'))).toBeUndefined();
  });
});

describe('interaction (INTERACTION at entry)', () => {
  it('flags ibuprofen against warfarin on the profile', () => {
    const s = buildScenario({
      patient: { medications: [{ product: 'warfarin-5-tab' }] },
      prescriptions: [{ product: 'ibuprofen-800-tab' }],
    });
    expect(checkInteraction(s, rxOf(s))).toEqual([
      {
        code: 'INTERACTION',
        rx: 'rx1',
        step: 'entry',
        detail: "The prescribed ibuprofen 800 mg has a major interaction with warfarin 5 mg (on the patient's profile): bleeding.",
      },
    ]);
  });

  it('flags both prescriptions of an interacting pair in one encounter', () => {
    const s = buildScenario({ prescriptions: [{ product: 'oxycodone-5-tab', refills: 0 }, { product: 'alprazolam-05-tab' }] });
    expect(checkInteraction(s, rxOf(s, 'rx1'))[0]!.detail).toContain('ALPRAZolam 0.5 mg (prescription rx2)');
    expect(checkInteraction(s, rxOf(s, 'rx2'))[0]!.detail).toContain('oxyCODONE 5 mg (prescription rx1)');
  });

  it('reports moderate interactions too, with severity and effect', () => {
    const s = buildScenario({
      patient: { medications: [{ product: 'amlodipine-5-tab' }] },
      prescriptions: [{ product: 'simvastatin-40-tab' }],
    });
    expect(checkInteraction(s, rxOf(s))[0]!.detail).toContain('moderate interaction with amlodipine 5 mg');
  });

  it('lists several interactions worst first, in one finding', () => {
    const s = buildScenario({
      patient: { medications: [{ product: 'amlodipine-5-tab' }, { product: 'warfarin-5-tab' }] },
      prescriptions: [{ product: 'simvastatin-40-tab' }, { product: 'ibuprofen-800-tab' }],
    });
    expect(checkInteraction(s, rxOf(s, 'rx1'))).toHaveLength(1);
    const w = buildScenario({
      patient: { medications: [{ product: 'warfarin-5-tab' }] },
      prescriptions: [{ product: 'smx-tmp-ds-tab' }, { product: 'naproxen-500-tab' }],
    });
    expect(checkInteraction(w, rxOf(w, 'rx1'))[0]!.detail).toBe(
      "The prescribed sulfamethoxazole/trimethoprim 800 mg/160 mg has a major interaction with warfarin 5 mg (on the patient's profile): raised INR.",
    );
  });

  it('finds nothing for a clean profile or the same drug continued', () => {
    expect(checkInteraction(buildScenario(), rxOf(buildScenario()))).toEqual([]);
    const s = buildScenario({ patient: { medications: [{ product: 'warfarin-5-tab' }] }, prescriptions: [{ product: 'warfarin-1-tab' }] });
    expect(checkInteraction(s, rxOf(s))).toEqual([]);
  });
});
