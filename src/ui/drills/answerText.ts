import { CHOICE_KEYS, renderDrillChoice, renderDrillUnit, type DrillQuestion, type Language } from '../../core';

/** The keyed answer as the student reads it: "15 days", "C. Instill 1 drop in both eyes twice daily". */
export function rightAnswerText(question: DrillQuestion, language: Language): string {
  const { answer } = question;
  if (answer.kind === 'number') {
    const unit = renderDrillUnit(answer.unit, answer.value, language);
    return unit === '' ? String(answer.value) : `${answer.value} ${unit}`;
  }
  const choice = answer.choices[answer.correct];
  return choice ? choiceText(question, answer.correct, language) : '';
}

/** One choice with its letter: "B. C-IV". */
export function choiceText(question: DrillQuestion, index: number, language: Language): string {
  const { answer } = question;
  const choice = answer.kind === 'choice' ? answer.choices[index] : undefined;
  return choice ? `${CHOICE_KEYS[index] ?? ''}. ${renderDrillChoice(choice, language)}` : '';
}

/** What the student gave, as they would recognise it: the choice they picked, or what they typed. */
export function givenAnswerText(question: DrillQuestion, given: string, language: Language): string {
  if (question.answer.kind === 'number') return given;
  const index = CHOICE_KEYS.indexOf(given as (typeof CHOICE_KEYS)[number]);
  return index >= 0 ? choiceText(question, index, language) : given;
}
