import type { KeyValueBackend } from './keyValueBackend';

/**
 * Everything TechShift stores for a student lives under one name, so "End session" can wipe all
 * of it and no new key can be forgotten: web-storage keys start with `techshift:` (the backend the
 * game writes through refuses any other key), and an IndexedDB database or Cache Storage cache made
 * for a student starts with `techshift-`. The app's own offline file cache (the service worker's
 * `workbox-precache-…`) is not student data and never carries that name.
 */
export const NAMESPACE = 'techshift';

/** The start of every web-storage key the game writes. */
export const KEY_PREFIX = `${NAMESPACE}:`;

/** The start of every IndexedDB database or Cache Storage cache the game makes for a student. */
export const NAME_PREFIX = `${NAMESPACE}-`;

/** Saved progress is `techshift:progress` (backups `techshift:progress-backup-N`): see storage.ts. */
export const PROGRESS_NAMESPACE = NAMESPACE;

/** The student's settings (volumes, motion, quality, time limit): per student on a shared machine. */
export const SETTINGS_KEY = `${KEY_PREFIX}settings`;

/** True for a web-storage key the game wrote. */
export const isStudentKey = (key: string): boolean => key.startsWith(KEY_PREFIX);

/** True for an IndexedDB database or a cache the game made for a student. */
export const isStudentName = (name: string): boolean => name.startsWith(NAME_PREFIX);

/**
 * Wraps a backend so that only keys inside the namespace can be written. A key outside it would
 * survive "End session": that is a bug, so it is refused loudly rather than stored.
 */
export function namespacedBackend(inner: KeyValueBackend): KeyValueBackend {
  const guard = (key: string) => {
    if (!isStudentKey(key))
      throw new Error(`TechShift keeps student data under "${KEY_PREFIX}" so End session can wipe it; "${key}" is outside it`);
  };
  return {
    getItem: (key) => inner.getItem(key),
    setItem: (key, value) => {
      guard(key);
      inner.setItem(key, value);
    },
    removeItem: (key) => inner.removeItem(key),
  };
}
