import { browserClock } from '../platform/clock';
import { browserBackend } from '../platform/keyValueBackend';
import { lmsProgressStore } from '../platform/lms/lmsLink';
import { prefersReducedMotion } from '../platform/preferences';
import { createProgressStore } from '../platform/storage';
import { createAppStore, type AppStore } from './store';

let instance: AppStore | null = null;

/** The page's store: localStorage under "techshift", performance.now, the OS motion preference. Made on first use. */
export function browserStore(): AppStore {
  if (!instance) {
    const backend = browserBackend();
    instance = createAppStore({
      // In a course (SCORM), progress goes to the LMS's suspend data and is mirrored here.
      progress: lmsProgressStore(backend, 'techshift') ?? createProgressStore(backend, 'techshift'),
      settingsBackend: backend,
      settingsKey: 'techshift:settings',
      now: browserClock,
      prefersReducedMotion: prefersReducedMotion(),
    });
  }
  return instance;
}
