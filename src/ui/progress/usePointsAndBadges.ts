import { useEffect } from 'react';
import type { SoundBoard } from '../../audio/soundBoard';
import { browserWallClock } from '../../platform/clock';
import { pageProgress } from '../../platform/progress/pageProgress';
import { progressSink } from '../../platform/progress/progressSink';
import { connectResultsSinks, type ObservableSession } from '../../platform/results/connectResultsSinks';

/**
 * Counts every finished encounter into the student's progress (a results sink) and, when one earns
 * a badge, plays the "step done" chime on the effects channel (so the volume settings apply).
 */
export function usePointsAndBadges(store: ObservableSession, board: SoundBoard | null): void {
  useEffect(() => connectResultsSinks(store, [progressSink(pageProgress(), browserWallClock)]), [store]);
  useEffect(() => {
    if (!board) return;
    const book = pageProgress();
    let seen = book.last;
    return book.subscribe(() => {
      if (book.last !== seen && book.last && book.last.gained.badges.length > 0) board.play('step-done');
      seen = book.last;
    });
  }, [board]);
}
