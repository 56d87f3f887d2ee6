import { useSyncExternalStore } from 'react';
import { pageProgress } from '../../platform/progress/pageProgress';
import type { ProgressBook } from '../../platform/progress/progressBook';

/** A snapshot of this page's progress book that changes whenever something is counted or opened. */
export interface ProgressSnapshot {
  book: ProgressBook;
  record: ProgressBook['record'];
  last: ProgressBook['last'];
  kept: boolean;
}

let cached: ProgressSnapshot | null = null;

function snapshot(): ProgressSnapshot {
  const book = pageProgress();
  // A new object only when something changed, as useSyncExternalStore requires.
  if (!cached || cached.book !== book || cached.record !== book.record || cached.last !== book.last || cached.kept !== book.kept) {
    cached = { book, record: book.record, last: book.last, kept: book.kept };
  }
  return cached;
}

/** This page's points and badges, re-rendering on every change. */
export function useProgress(): ProgressSnapshot {
  return useSyncExternalStore((listener) => pageProgress().subscribe(listener), snapshot);
}
