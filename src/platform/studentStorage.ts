import type { KeyValueBackend } from './keyValueBackend';
import { memoryBackend } from './memoryBackend';
import { isStudentKey, namespacedBackend } from './studentData';

/** How long progress is kept: until End session ("browser"), or only while this tab is open ("tab"). */
export type ProgressLifetime = 'browser' | 'tab';

/** Where the student's data is kept for this visit, and whether the browser let us keep it at all. */
export interface StudentStorage {
  /** The backend the store writes through; only keys inside the namespace are accepted. */
  readonly backend: KeyValueBackend;
  /** Which browser store holds the data; "memory" when the browser refused both. */
  readonly where: 'localStorage' | 'sessionStorage' | 'memory';
  /** True when anything of the student's is kept (the idle wipe only counts down when there is). */
  holdsAnything(): boolean;
}

/** Shown once when the browser will not store anything: play goes on from memory. */
export const STORAGE_UNAVAILABLE_MESSAGE =
  'This browser is not letting TechShift save anything (private browsing or a locked-down profile). ' +
  'You can play on: your work is kept on this page until you reload or close it.';

/**
 * Opens the student's storage: localStorage, or sessionStorage for a lab that keeps progress for the
 * tab only. Private windows and locked-down profiles can throw on mere access; then the game keeps
 * everything in memory and says so. Nothing is written here: a full store must not look unavailable,
 * because saving may work again later (and then the whole log is written).
 */
export function openStudentStorage(lifetime: ProgressLifetime): StudentStorage {
  const storage = reachable(lifetime);
  if (!storage) {
    const memory = memoryBackend();
    return { backend: namespacedBackend(memory), where: 'memory', holdsAnything: () => Object.keys(memory.dump()).some(isStudentKey) };
  }
  return {
    backend: namespacedBackend(storage),
    where: lifetime === 'tab' ? 'sessionStorage' : 'localStorage',
    holdsAnything: () => storageKeys(storage).some(isStudentKey),
  };
}

let current: StudentStorage | null = null;

/** The storage this page uses now: what the lab configuration chose at boot (localStorage until then). */
export function currentStudentStorage(): StudentStorage {
  current ??= openStudentStorage('browser');
  return current;
}

/** Switches the page to `next` (at boot, from the lab configuration, and after End session, a fresh one). */
export function setCurrentStudentStorage(next: StudentStorage): void {
  current = next;
}

/** The backend everything the game stores for a student goes through (namespaced; see studentData.ts). */
export function browserBackend(): KeyValueBackend {
  return currentStudentStorage().backend;
}

/** The browser store for this lifetime, or null when touching it throws. */
function reachable(lifetime: ProgressLifetime): Storage | null {
  try {
    const storage = lifetime === 'tab' ? globalThis.sessionStorage : globalThis.localStorage;
    if (!storage) return null;
    void storage.length; // some browsers only refuse on first use
    return storage;
  } catch {
    return null;
  }
}

/** Every key in a browser store; none when it refuses to list them. */
export function storageKeys(storage: Storage): string[] {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}
