/** Every string of the "what next?" choice at the end of an encounter in a shift (to move into the i18n catalogues). */
export const nextWorkWords = {
  nextPatient: 'Next patient',
  legend: 'What do you do next?',
  person: (name: string) => `Serve ${name} at the counter`,
  task: (name: string, urgent: boolean) => `Back-room task: ${name}${urgent ? ' (urgent)' : ''}`,
};
