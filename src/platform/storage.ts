import type { KeyValueBackend } from './keyValueBackend';
import { readSavedProgress } from './savedProgressMigration';
import type { SavedProgress } from './savedProgressSchema';

export type { KeyValueBackend } from './keyValueBackend';
export type { SavedProgress, SavedShift } from './savedProgressSchema';

/** What `load()` found: nothing, a good save, or a save we could not read (kept under `backupKey`). */
export type LoadResult =
  { kind: 'none' } | { kind: 'ok'; progress: SavedProgress } | { kind: 'unreadable'; message: string; backupKey: string };

/** Whether a save reached storage; a full or refused store is reported, never thrown. */
export type SaveStatus = { ok: true } | { ok: false; reason: 'full' | 'failed'; message: string };

/** Saved progress for one namespace (one student profile). */
export interface ProgressStore {
  load(): LoadResult;
  save(progress: SavedProgress): SaveStatus;
  clear(): void;
}

/** Shown to the student when a save cannot be read; plain words, no blame. */
export const UNREADABLE_MESSAGE =
  'Your saved shift could not be read (it may come from an older version of TechShift). ' +
  'It has been kept as a backup; you are starting fresh.';

const BACKUP_NOT_POSSIBLE =
  'Your saved shift could not be read, and there was no room to keep a backup copy, so it has been left where it was. ' +
  'You are starting fresh; ask your instructor before playing on if you need that shift.';

const FULL_MESSAGE = "Your progress could not be saved: this browser's storage is full. Keep playing; nothing on screen is lost.";
const FAILED_MESSAGE = 'Your progress could not be saved: this browser refused to store it. Keep playing; nothing on screen is lost.';

/** The most backups kept; after that the last slot is reused so a loop of bad saves cannot fill storage. */
const MAX_BACKUPS = 20;

/** Saves and loads the action log of the current encounter under `<namespace>:progress`. */
export function createProgressStore(backend: KeyValueBackend, namespace: string): ProgressStore {
  const key = `${namespace}:progress`;

  function freeBackupKey(): string {
    for (let i = 1; i < MAX_BACKUPS; i++) {
      const candidate = `${key}-backup-${i}`;
      if (backend.getItem(candidate) === null) return candidate;
    }
    return `${key}-backup-${MAX_BACKUPS}`;
  }

  /** Copy first, delete second: a crash between the two leaves two copies, never none. */
  function keepAsBackup(raw: string): LoadResult {
    const backupKey = freeBackupKey();
    try {
      backend.setItem(backupKey, raw);
    } catch {
      return { kind: 'unreadable', message: BACKUP_NOT_POSSIBLE, backupKey: key };
    }
    if (backend.getItem(backupKey) !== raw) return { kind: 'unreadable', message: BACKUP_NOT_POSSIBLE, backupKey: key };
    backend.removeItem(key);
    return { kind: 'unreadable', message: UNREADABLE_MESSAGE, backupKey };
  }

  return {
    load() {
      let raw: string | null;
      try {
        raw = backend.getItem(key);
      } catch {
        return { kind: 'none' };
      }
      if (raw === null) return { kind: 'none' };
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return keepAsBackup(raw);
      }
      // A save from version 1 is brought up to date; anything else unreadable is kept as a backup.
      const progress = readSavedProgress(json);
      return progress ? { kind: 'ok', progress } : keepAsBackup(raw);
    },
    save(progress) {
      try {
        backend.setItem(key, JSON.stringify(progress));
        return { ok: true };
      } catch (error) {
        return isQuotaError(error)
          ? { ok: false, reason: 'full', message: FULL_MESSAGE }
          : { ok: false, reason: 'failed', message: FAILED_MESSAGE };
      }
    },
    clear() {
      try {
        backend.removeItem(key);
      } catch {
        // Nothing to do: a store that refuses removal also refused to hold the save.
      }
    },
  };
}

/** Browsers name the quota error differently (Chrome/Safari vs old Firefox); check all of them. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
