import type { ProgressRecord } from '../../core';

/** Where a student's points and badges are kept: the browser's namespace, or an LMS's suspend data. */
export interface ProgressKeeper {
  /** The record kept, or null when there is none (or it cannot be read). */
  load(): ProgressRecord | null;
  /** Keeps the record; false when it could not be kept (storage full, LMS refused). */
  save(record: ProgressRecord): boolean;
}
