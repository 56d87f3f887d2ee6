import type { TFunction } from 'i18next';
import type { EntryDetail, NeutralText } from '../../platform/libraryDescription';

/** The spelled-out numbers the menu uses, from two (one has its own sentence); larger counts are written in digits. */
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** A count as the menu's neutral lines say it: "three", or "12". */
function spelled(n: number, t: TFunction): string {
  const word = NUMBER_WORDS[n - 2];
  return word ? t(`library.numbers.${word}`) : String(n);
}

/** The first letter in capitals, for a count that starts a sentence ("Three patients."). */
const capitalised = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/** A menu entry's neutral line in the UI's language (words under `library.` in the catalogues). */
export function neutralText(neutral: NeutralText, t: TFunction): string {
  if (neutral.kind === 'encounter') {
    const patient = neutral.patient ?? t('library.patient');
    const count = neutral.prescriptions;
    return count === 0 ? t('library.encounterNone', { patient }) : t('library.encounter', { count, patient, number: spelled(count, t) });
  }
  const { patients: count, startsAt: start } = neutral;
  if (count === 0) return start === null ? t('library.shiftNone') : t('library.shiftNoneFrom', { start });
  const number = capitalised(spelled(count, t));
  return start === null ? t('library.shift', { count, number }) : t('library.shiftFrom', { count, number, start });
}

/** The note beside a menu entry in the UI's language: a shift's size, an encounter's difficulty, or a file that cannot be read. */
export function detailText(detail: EntryDetail, t: TFunction): string {
  if (detail.kind === 'patients') return t('library.detail.patients', { count: detail.count });
  if (detail.kind === 'difficulty') return t(`library.detail.${detail.level}`);
  return t('library.detail.unreadable');
}
