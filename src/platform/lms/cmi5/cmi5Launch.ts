import type { BadgeCode } from '../../../core';
import type { KeyValueBackend } from '../../keyValueBackend';
import type { ResultsSink } from '../../results/resultsSink';
import { scoredSteps } from '../../results/scoredSteps';
import { attemptOutcome, countsFor, isLaunchedShift, record, type AttemptLedger, type AttemptOutcome } from '../attempt';
import type { LaunchTarget } from '../launchTarget';
import type { LmsStatusBoard } from '../lmsStatus';
import type { Cmi5Launch } from './launchParams';
import { fetchAuthToken, fetchLaunchData, putStatement } from './lrs';
import { statementId } from './statementId';
import { answered, completed, earned, initialized, judged, terminated, type LaunchData, type StatementBase } from './statements';
import { statementQueue } from './statementQueue';

/** What this browser keeps about the cmi5 session, so a reload carries on instead of launching again. */
interface SessionRecord {
  token: string;
  launchData: LaunchData;
  /** Epoch milliseconds at initialized, for durations. */
  startedAt: number;
  ledger: AttemptLedger;
  /** True once terminated is queued: nothing more is sent in this session. */
  done: boolean;
}

export interface Cmi5Deps {
  target: LaunchTarget;
  board: LmsStatusBoard;
  backend: KeyValueBackend;
  fetch: typeof fetch;
  /** Epoch milliseconds. */
  now(): number;
  later(run: () => void, ms: number): void;
  /** Registers a handler for the browser coming back online. */
  onOnline(handler: () => void): void;
}

const problemWords = {
  start:
    "Your course's record store could not be reached to start this session. Keep playing: your work is saved in this browser, and TechShift will keep trying.",
  refused:
    "Your course's record store refused TechShift's results (it did not accept the sign-in). They are kept in this browser and will be sent again; if this stays, tell your instructor.",
  rejected:
    "Your course's record store turned down one of TechShift's results as unreadable. The rest are still being sent; please tell your instructor.",
} as const;

/** The cmi5 session's results sink, which also sends the badges the student earns. */
export interface Cmi5Sink extends ResultsSink {
  /** Queues one "earned" statement per badge; called before the encounter that earned them is reported, so they precede terminated. */
  badgesEarned(codes: readonly BadgeCode[]): void;
}

/**
 * A cmi5 session: fetch the token and launch data once (kept in this browser under the
 * registration), send initialized, then for each finished encounter of the launch one
 * statement per scored step; when the launch is over, passed or failed, completed and
 * terminated. Every statement goes through a queue kept in this browser.
 */
export function launchCmi5(launch: Cmi5Launch, deps: Cmi5Deps): Cmi5Sink {
  const sessionKey = `techshift:cmi5:${launch.registration}`;
  const queueKey = `${sessionKey}:queue`;
  let token = '';
  let session: SessionRecord | null = readSession();

  function readSession(): SessionRecord | null {
    try {
      const text = deps.backend.getItem(sessionKey);
      return text ? (JSON.parse(text) as SessionRecord) : null;
    } catch {
      return null;
    }
  }
  function saveSession(next: SessionRecord) {
    session = next;
    try {
      deps.backend.setItem(sessionKey, JSON.stringify(next));
    } catch {
      // Without storage the session lives as long as this page.
    }
  }

  const queue = statementQueue({
    backend: deps.backend,
    key: queueKey,
    send: (statement) => putStatement(launch, token, statement, deps.fetch),
    later: deps.later,
    onProblem: (outcome) => deps.board.update({ alert: problemWords[outcome] }),
    onEmpty: () => deps.board.update({ alert: null, ...(session?.done ? { sent: true } : {}) }),
  });

  const base = (launchData: LaunchData): StatementBase => ({
    launch,
    launchData,
    id: statementId,
    timestamp: () => new Date(deps.now()).toISOString(),
  });
  const seconds = (s: SessionRecord) => (deps.now() - s.startedAt) / 1000;

  deps.board.update({ via: 'cmi5', learner: typeof launch.actor.name === 'string' ? launch.actor.name : null });

  let tries = 0;
  const ready: Promise<SessionRecord> = new Promise((resolve) => {
    const start = async () => {
      if (session) {
        token = session.token;
        return resolve(session);
      }
      try {
        token = await fetchAuthToken(launch, deps.fetch);
        const launchData = await fetchLaunchData(launch, token, deps.fetch);
        const fresh: SessionRecord = { token, launchData, startedAt: deps.now(), ledger: {}, done: false };
        queue.add(initialized(base(launchData)));
        saveSession(fresh);
        resolve(fresh);
      } catch {
        deps.board.update({ alert: problemWords.start });
        deps.later(() => void start(), Math.min(15_000, 1000 * 2 ** tries++));
      }
    };
    void start();
  });
  void ready.then(() => queue.flush());
  deps.onOnline(() => queue.flush());

  /** When the attempt is over: passed or failed and completed (in Normal mode), then terminated. */
  const close = (current: SessionRecord, outcome: AttemptOutcome) => {
    if (!outcome.over) return;
    const b = base(current.launchData);
    if (current.launchData.launchMode === 'Normal') {
      queue.add(judged(b, outcome.status === 'passed', outcome.score / 100, seconds(current)), completed(b, seconds(current)));
    }
    queue.add(terminated(b, seconds(current)));
  };

  return {
    badgesEarned(codes) {
      if (codes.length === 0) return;
      void ready.then(() => {
        const current = session;
        // After terminated nothing more may be sent for this registration.
        if (!current || current.done) return;
        queue.add(...codes.map((code) => earned(base(current.launchData), code)));
        queue.flush();
      });
    },
    encounterEnded(result) {
      if (!countsFor(deps.target, result)) return;
      void ready.then(() => {
        // The latest record, not the one `ready` resolved with: each encounter adds to the ledger.
        const current = session;
        if (!current || current.done) return;
        const b = base(current.launchData);
        queue.add(...scoredSteps(result).map((step) => answered(b, result, step)));
        const ledger = record(current.ledger, deps.target, result);
        const outcome = attemptOutcome(ledger, deps.target, result.shift ? { count: result.shift.count, ended: false } : null);
        close(current, outcome);
        saveSession({ ...current, ledger, done: outcome.over });
        queue.flush();
      });
    },
    shiftEnded(ended) {
      if (!isLaunchedShift(deps.target, ended)) return;
      void ready.then(() => {
        const current = session;
        if (!current || current.done) return;
        const outcome = attemptOutcome(current.ledger, deps.target, { count: ended.count, ended: true });
        close(current, outcome);
        saveSession({ ...current, done: true });
        queue.flush();
      });
    },
  };
}
