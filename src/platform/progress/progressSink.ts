import type { WallClock } from '../clock';
import type { ResultsSink } from '../results/resultsSink';
import { localStamp } from './localStamp';
import { outcomeOf } from './outcomeOf';
import type { ProgressBook } from './progressBook';

/** A results sink that counts every finished encounter, and every shift that ends early, into the book. */
export function progressSink(book: ProgressBook, wallClock: WallClock): ResultsSink {
  return {
    encounterEnded(result) {
      book.count(outcomeOf(result, localStamp(wallClock())));
    },
    shiftEnded(result) {
      // A shift whose last patient was done is closed by that patient; this closes one ended by time up.
      if (result.seen < result.count) book.count({ kind: 'shiftEnded', shiftId: result.shiftId, at: localStamp(wallClock()) });
    },
  };
}
