import type { FeedbackSlice } from '../../catalogue';
import type { LabelLanguageCode } from '../../families';

/** The patient's label in the language they asked for. */
export const LABEL_LANGUAGE_FEEDBACK: FeedbackSlice<LabelLanguageCode> = {
  'label.language.ok': {
    what: '{detail}',
    why: 'Patients who can read their directions take their medicine the way it was prescribed.',
    how: 'Keep listening for the language a patient asks for and choosing it at the label printer.',
  },
  'label.language.wrong': {
    what: '{detail}',
    why: 'A patient who cannot read the label may take the wrong dose or take it at the wrong time.',
    how: 'When a patient asks for a label in their language, choose that language at the label station before printing, and reprint if the label has already gone out in English.',
  },
  'label.language.unasked': {
    what: '{detail}',
    why: 'The label language is the patient’s choice: a label they cannot read is no help to them.',
    how: 'Print in English unless the patient asks for another language.',
  },
};
