/** The counting station's words for making up a powder for suspension. */
export const reconstitutionWords = {
  heading: 'Make up the powder',
  bottleLabel: (waterMl: number, portions: number) =>
    `Bottle label: add ${waterMl} mL of purified water in ${portions} portions; shake well after each.`,
  waterField: 'Purified water measured (mL)',
  portionsField: 'Portions added, shaking after each',
  waterError: 'Enter the water measured in mL, above zero.',
  portionsError: 'Enter how many portions, a whole number from 1.',
  add: 'Add the water and shake',
  done: 'Made up with water and shaken.',
  firstThis: 'Make up the powder before you measure the dose.',
} as const;
