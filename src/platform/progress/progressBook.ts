import { EMPTY_RECORD, mergeRecords, recordProgress, type Gained, type ProgressInput, type ProgressRecord } from '../../core';
import type { ProgressKeeper } from './progressKeeper';

/** The last thing counted and what it gained, for the report's celebration. */
export interface LastGain {
  input: ProgressInput;
  gained: Gained;
}

/** A student's progress for this page: counts what is played, keeps it, and tells the screens. */
export interface ProgressBook {
  readonly record: ProgressRecord;
  /** What the last finished encounter or drill gained; null until one is counted. */
  readonly last: LastGain | null;
  /** False when the last save could not be kept (the menu says so). */
  readonly kept: boolean;
  count(input: ProgressInput): Gained;
  /** Adds an opened progress file's record to this one (nothing is lost or counted twice). */
  merge(opened: ProgressRecord): void;
  subscribe(listener: () => void): () => void;
}

/** A book kept by `keeper`, starting from what it holds. */
export function progressBook(keeper: ProgressKeeper): ProgressBook {
  let record = keeper.load() ?? EMPTY_RECORD;
  let last: LastGain | null = null;
  let kept = true;
  const listeners = new Set<() => void>();
  const changed = (next: ProgressRecord) => {
    record = next;
    kept = keeper.save(record);
    for (const l of listeners) l();
  };
  return {
    get record() {
      return record;
    },
    get last() {
      return last;
    },
    get kept() {
      return kept;
    },
    count(input) {
      const counted = recordProgress(record, input);
      last = { input, gained: counted.gained };
      changed(counted.record);
      return counted.gained;
    },
    merge(opened) {
      changed(mergeRecords(record, opened));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
