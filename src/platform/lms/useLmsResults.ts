import { useEffect } from 'react';
import { connectResultsSinks, type ObservableSession } from '../results/connectResultsSinks';
import { lmsLink } from './lmsLink';

/** Reports finished encounters and shifts to the course that launched the game; does nothing outside an LMS. */
export function useLmsResults(store: ObservableSession): void {
  useEffect(() => {
    const link = lmsLink();
    return link ? connectResultsSinks(store, link.sinks) : undefined;
  }, [store]);
}
