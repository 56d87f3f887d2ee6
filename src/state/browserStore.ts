import { browserClock } from '../platform/clock';
import { browserBackend } from '../platform/keyValueBackend';
import { prefersReducedMotion } from '../platform/preferences';
import { createProgressStore } from '../platform/storage';
import { createAppStore, type AppStore } from './store';

let instance: AppStore | null = null;

/** The page's store: localStorage under "techshift", performance.now, the OS motion preference. Made on first use. */
export function browserStore(): AppStore {
  if (!instance) {
    const backend = browserBackend();
    instance = createAppStore({
      progress: createProgressStore(backend, 'techshift'),
      settingsBackend: backend,
      settingsKey: 'techshift:settings',
      now: browserClock,
      prefersReducedMotion: prefersReducedMotion(),
    });
  }
  return instance;
}
