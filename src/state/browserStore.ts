import { browserClock, browserWallClock } from '../platform/clock';
import { lmsProgressStore } from '../platform/lms/lmsLink';
import { prefersReducedMotion } from '../platform/preferences';
import { createProgressStore } from '../platform/storage';
import { PROGRESS_NAMESPACE, SETTINGS_KEY } from '../platform/studentData';
import { currentStudentStorage, setCurrentStudentStorage, type StudentStorage } from '../platform/studentStorage';
import { createAppStore, type AppStore } from './store';

let instance: AppStore | null = null;

/**
 * Chooses where the page's store keeps the student's data (the lab configuration decides, at
 * boot and again after End session) and forgets the store, so the next `browserStore()` is fresh.
 */
export function setStudentStorage(next: StudentStorage): void {
  setCurrentStudentStorage(next);
  instance = null;
}

/** The page's store: the student's storage under "techshift:", performance.now, the OS motion preference. Made on first use. */
export function browserStore(): AppStore {
  if (!instance) {
    const { backend } = currentStudentStorage();
    instance = createAppStore({
      // In a course (SCORM), progress goes to the LMS's suspend data and is mirrored here.
      progress: lmsProgressStore(backend, PROGRESS_NAMESPACE) ?? createProgressStore(backend, PROGRESS_NAMESPACE),
      settingsBackend: backend,
      settingsKey: SETTINGS_KEY,
      now: browserClock,
      wallClock: browserWallClock,
      prefersReducedMotion: prefersReducedMotion(),
    });
  }
  return instance;
}
