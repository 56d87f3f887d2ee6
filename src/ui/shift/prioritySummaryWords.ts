/** Strings of the "how you prioritised" part of the shift summary (to move into the i18n catalogues). */
export const prioritySummaryWords = {
  heading: 'How you prioritised',
  why: 'Why it matters:',
  how: 'Next time:',
  good: 'Good',
  mistake: 'Check this',
};
