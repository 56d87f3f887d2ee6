type Listener = () => void;

/**
 * A new version of the game that has downloaded and waits for the student's go-ahead. The offline
 * registration fills it in; the update notice reads it (React's useSyncExternalStore).
 */
export class UpdateWaiting {
  private apply: (() => Promise<void>) | null = null;
  private readonly listeners = new Set<Listener>();

  /** The worker has a new version waiting; `apply` activates it, after which the page reloads. */
  announce(apply: () => Promise<void>): void {
    this.apply = apply;
    for (const l of this.listeners) l();
  }

  /** True once a new version is waiting. */
  readonly isWaiting = (): boolean => this.apply !== null;

  /** Listens for the announcement; returns the way to stop listening. */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The student chose to update: activate the new version (the page then reloads once). */
  reloadToUpdate(): Promise<void> {
    return this.apply ? this.apply() : Promise.resolve();
  }
}

/** The page's one waiting-update signal. */
export const updateWaiting = new UpdateWaiting();
