/** The words of the instructor page's class board (to move into the i18n catalogues). */
export const classBoardWords = {
  toggle: 'Show the class board (points and badges by the names students chose)',
  toggleHint:
    'Off by default. Only the names students typed for the class board are shown; the board is worked out in this page and never leaves it.',
  projector: 'Projector layout (large type)',
  title: 'Class board',
  student: 'Student',
  points: 'Points',
  badges: 'Badges',
  encounters: 'Encounters',
  unnamed: (n: number) => `Student ${n} (no name chosen)`,
  noBadges: 'none yet',
  mostImproved: (name: string, gain: number) => `Most improved: ${name}, up ${gain} points on the encounters played again.`,
  noneImproved: 'Most improved: nobody has played an encounter again yet.',
  caption: 'Students by points, most first.',
};
