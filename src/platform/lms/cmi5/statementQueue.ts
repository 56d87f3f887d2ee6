import type { KeyValueBackend } from '../../keyValueBackend';
import type { SendOutcome } from './lrs';
import type { Statement } from './statements';

/** Statements waiting for the LRS, kept in this browser so a reload or a dropped network loses none. */
export interface StatementQueue {
  add(...statements: Statement[]): void;
  /** Sends in order, one at a time, until the queue is empty or the LRS stops taking them; then retries later. */
  flush(): void;
  pending(): Statement[];
}

export interface QueueDeps {
  backend: KeyValueBackend;
  key: string;
  send(statement: Statement): Promise<SendOutcome>;
  /** Runs `retry` after `ms` (setTimeout in the browser). */
  later(retry: () => void, ms: number): void;
  /** Told about each outcome that needs the student to know, and when the queue empties. */
  onProblem(outcome: 'refused' | 'rejected'): void;
  onEmpty(): void;
}

/** Waits 1, 2, 4, 8 then 15 seconds between tries while the LRS is away. */
const backoff = (tries: number) => Math.min(15_000, 1000 * 2 ** tries);

/** The queue under `key`; what is already there (from before a reload) goes first. */
export function statementQueue(deps: QueueDeps): StatementQueue {
  let flushing = false;
  let waiting = false;
  let tries = 0;

  const read = (): Statement[] => {
    try {
      const text = deps.backend.getItem(deps.key);
      const list: unknown = text ? JSON.parse(text) : [];
      return Array.isArray(list) ? (list as Statement[]) : [];
    } catch {
      return [];
    }
  };
  const write = (list: Statement[]) => {
    try {
      if (list.length) deps.backend.setItem(deps.key, JSON.stringify(list));
      else deps.backend.removeItem(deps.key);
    } catch {
      // Storage refused: the statements still sit in memory for this page's retries.
    }
  };
  let memory = read();

  const retryLater = () => {
    if (waiting) return;
    waiting = true;
    deps.later(() => {
      waiting = false;
      flush();
    }, backoff(tries++));
  };

  async function run() {
    while (memory.length) {
      const next = memory[0]!;
      const outcome = await deps.send(next);
      if (outcome === 'retry' || outcome === 'refused') {
        if (outcome === 'refused') deps.onProblem('refused');
        retryLater();
        return;
      }
      // Delivered, or rejected as malformed (which no retry can fix): either way it leaves the queue.
      if (outcome === 'rejected') deps.onProblem('rejected');
      memory = memory.filter((s) => s.id !== next.id);
      write(memory);
      tries = 0;
    }
    deps.onEmpty();
  }

  function flush() {
    if (flushing || waiting) return;
    flushing = true;
    void run().finally(() => {
      flushing = false;
    });
  }

  return {
    add(...statements) {
      memory = [...memory, ...statements];
      write(memory);
    },
    flush,
    pending: () => [...memory],
  };
}
