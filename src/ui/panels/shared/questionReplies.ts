import { textIn, wordsFor, type DialogueLine, type Language } from '../../../core';

/** One reply the student may give: its words, and whether it hands the question to the pharmacist. */
export interface Reply {
  text: string;
  refers: boolean;
}

/**
 * The replies on offer for a question: the scenario's own, or ones built from the kind of question
 * (clinical or not). Sorted by their words, so the right kind of reply is never always first.
 */
export function repliesFor(line: DialogueLine, clinical: boolean, language: Language): Reply[] {
  const defaults = wordsFor(language).replies;
  const refer = defaults.refer.map((text) => ({ text, refers: true }));
  const answers = clinical
    ? defaults.clinicalAnswers.map((text) => ({ text, refers: false }))
    : [{ text: line.technicianAnswer === undefined ? defaults.generalAnswer : textIn(line.technicianAnswer, language), refers: false }];
  const own = line.replies?.map((r) => ({ text: textIn(r.text, language), refers: r.refers }));
  return [...(own ?? [...refer, ...answers])].sort((a, b) => a.text.localeCompare(b.text, language));
}
