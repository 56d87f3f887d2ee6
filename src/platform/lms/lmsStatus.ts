/** What the page shows about the course connection: who is signed in, whether results went through, what went wrong. */
export interface LmsStatus {
  /** 'scorm' or 'cmi5' once a course launched the game; null outside an LMS. */
  via: 'scorm' | 'cmi5' | null;
  /** The learner's name as the course gives it, when it gives one. */
  learner: string | null;
  /** The latest refusal, in plain words; null when all is well. */
  alert: string | null;
  /** True once the launched activity's final result reached the course. */
  sent: boolean;
}

/** A tiny observable for the status line (read with useSyncExternalStore). */
export interface LmsStatusBoard {
  get(): LmsStatus;
  subscribe(listener: () => void): () => void;
  update(change: Partial<LmsStatus>): void;
}

/** A new board, all quiet. */
export function createStatusBoard(): LmsStatusBoard {
  let status: LmsStatus = { via: null, learner: null, alert: null, sent: false };
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    update(change) {
      status = { ...status, ...change };
      for (const listener of listeners) listener();
    },
  };
}

/** The page's board: the SCORM and cmi5 links write to it, the status line reads it. */
export const lmsStatusBoard: LmsStatusBoard = createStatusBoard();

/** "Ortega, Marisol" (SCORM's Last, First) → "Marisol Ortega". */
export function displayName(name: string): string {
  const trimmed = name.trim();
  const parts = trimmed.split(',');
  if (parts.length !== 2) return trimmed;
  const [last, first] = parts.map((p) => p.trim());
  return first && last ? `${first} ${last}` : trimmed;
}
