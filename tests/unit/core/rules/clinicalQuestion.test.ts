import { describe, expect, it } from 'vitest';
import { checkClinicalQuestions as findClinicalQuestions } from '../../../../src/core/rules/clinicalQuestion';
import { buildScenario, inWords } from './buildScenario';

/** The rule, with each finding's sentence from the English catalogue. */
const checkClinicalQuestions = inWords(findClinicalQuestions);

describe('clinical questions (CLINICAL_QUESTION)', () => {
  it('finds nothing when no line is pharmacist-only', () => {
    const s = buildScenario({
      dialogue: { dropOff: [{ id: 'hello', text: 'How long will it be?', question: true, technicianAnswer: 'About 20 minutes.' }] },
    });
    expect(checkClinicalQuestions(s)).toEqual([]);
  });

  it('catches drop-off questions at intake and pick-up questions at pickup, naming the line', () => {
    const s = buildScenario({
      dialogue: {
        dropOff: [{ id: 'with-alcohol', text: 'Can I drink wine with this?', question: true, pharmacistOnly: true }],
        pickUp: [
          { id: 'thanks', text: 'Thanks!' },
          { id: 'missed-dose', text: 'What if I miss a dose?', question: true, pharmacistOnly: true },
        ],
      },
    });
    expect(checkClinicalQuestions(s)).toEqual([
      {
        code: 'CLINICAL_QUESTION',
        question: 'with-alcohol',
        step: 'intake',
        detail: 'The question "Can I drink wine with this?" (at drop-off) is a clinical one, so only the pharmacist may answer it.',
      },
      {
        code: 'CLINICAL_QUESTION',
        question: 'missed-dose',
        step: 'pickup',
        detail: 'The question "What if I miss a dose?" (at pick-up) is a clinical one, so only the pharmacist may answer it.',
      },
    ]);
  });
});
