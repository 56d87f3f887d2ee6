import { drillOutcomeSchema, type DrillOutcome, type Gained } from '../../core';
import { lmsLink } from '../lms/lmsLink';
import { currentStudentStorage, type StudentStorage } from '../studentStorage';
import { browserKeeper } from './browserKeeper';
import { progressBook, type ProgressBook } from './progressBook';

let book: ProgressBook | null = null;
let openedFor: StudentStorage | null = null;

/**
 * This page's progress book: in the course's suspend data when a SCORM LMS launched the game,
 * otherwise in the student's storage. A new one is opened whenever the student's storage is
 * replaced (End session, the idle wipe), so nothing of one student is shown to the next.
 */
export function pageProgress(): ProgressBook {
  const storage = currentStudentStorage();
  if (!book || openedFor !== storage) {
    const link = lmsLink();
    const opened = progressBook(link?.pointsKeeper ?? browserKeeper(storage.backend));
    // A course that listens hears of each new badge as it is earned (before the encounter's own results).
    if (link?.badgesEarned) {
      let seen = opened.last;
      opened.subscribe(() => {
        if (opened.last !== seen && opened.last) link.badgesEarned?.(opened.last.gained.badges);
        seen = opened.last;
      });
    }
    book = opened;
    openedFor = storage;
  }
  return book;
}

/**
 * Counts a finished board-exam drill toward points and badges. Called by the drills screen; a
 * malformed outcome is refused (null) rather than counted.
 */
export function recordDrillOutcome(outcome: DrillOutcome): Gained | null {
  const checked = drillOutcomeSchema.safeParse(outcome);
  return checked.success ? pageProgress().count(checked.data) : null;
}
