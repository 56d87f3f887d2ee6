/** The label printer's words for a reconstituted suspension's beyond-use date. */
export const beyondUseWords = {
  field: 'Discard after (beyond-use date, MM/DD/YYYY)',
  hint: (days: number) => `Made up today, this suspension is good for the number of days on its bottle (here ${days}).`,
  error: 'Write the date as MM/DD/YYYY, for example 02/23/2026.',
  printed: (date: string) => `Discard after ${date}.`,
} as const;
