/** The words of the progress panel, the report's gains and the progress file (to move into the i18n catalogues). */
export const progressWords = {
  title: 'Your progress',
  points: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'point' : 'points'}`,
  streak: (days: number) =>
    days === 0
      ? 'No practice streak yet: practise today to start one.'
      : `Practice streak: ${days} ${days === 1 ? 'day' : 'days'} in a row.`,
  earnedTitle: 'Badges earned',
  noneEarned: 'No badges yet: finish a patient to earn your first.',
  toEarnTitle: 'Badges still to earn',
  earnedOn: (day: string) => `earned ${day}`,
  progress: (have: number, need: number) => `${have} of ${need} so far`,
  bestsTitle: 'Personal bests',
  noBests: 'Your best score on each patient and shift will show here.',
  bestScore: (score: number) => `${score} / 100`,
  shiftLabel: (title: string) => `Shift: ${title}`,
  notKept: 'Your points could not be saved in this browser (storage is off or full); they count until you close the page.',
  fileTitle: 'Take your progress to another computer',
  fileAbout:
    'Save a progress file (points, badges, bests and practice days), then open it on another computer: it is added to the progress there, and nothing is lost or counted twice.',
  saveFile: 'Save progress file',
  openFile: 'Open progress file…',
  saved: (name: string) => `Saved ${name}.`,
  opened: (name: string) => `Added ${name} to your progress.`,
  reportTitle: 'Points and badges',
  earnedPoints: (n: number) => `+${n} ${n === 1 ? 'point' : 'points'}`,
  newBadge: (name: string) => `New badge: ${name}`,
  newBest: (score: number, previous?: number) =>
    previous === undefined ? `First score on record for this patient: ${score}.` : `New personal best: ${score} (was ${previous}).`,
  newShiftBest: (score: number, previous?: number) =>
    previous === undefined ? `First shift average on record: ${score}.` : `New best shift average: ${score} (was ${previous}).`,
  badgeMark: 'Badge',
};
