import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../../../src/platform/keyValueBackend';
import type { SendOutcome } from '../../../../src/platform/lms/cmi5/lrs';
import { cmi5Launch } from '../../../../src/platform/lms/cmi5/launchParams';
import { statementQueue } from '../../../../src/platform/lms/cmi5/statementQueue';
import type { Statement } from '../../../../src/platform/lms/cmi5/statements';

const st = (id: string): Statement => ({ id });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A queue over memory, an LRS whose answer the test sets, and a hand-run timer. */
function rig(answer: (s: Statement) => SendOutcome) {
  const backend = memoryBackend();
  const sent: string[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const problems: string[] = [];
  let emptied = 0;
  const make = () =>
    statementQueue({
      backend,
      key: 'q',
      send: async (s) => {
        sent.push(s.id);
        return answer(s);
      },
      later: (run, ms) => void timers.push({ run, ms }),
      onProblem: (p) => void problems.push(p),
      onEmpty: () => void emptied++,
    });
  return { backend, sent, timers, problems, make, emptied: () => emptied };
}

describe('the statement queue', () => {
  it('sends in order, one at a time, and forgets each once delivered', async () => {
    const r = rig(() => 'delivered');
    const queue = r.make();
    queue.add(st('a'), st('b'), st('c'));
    queue.flush();
    await settle();
    expect(r.sent).toEqual(['a', 'b', 'c']);
    expect(queue.pending()).toEqual([]);
    expect(r.backend.getItem('q')).toBeNull();
    expect(r.emptied()).toBe(1);
  });

  it('stops at the first failure, keeps the rest in storage, and retries later with a growing wait', async () => {
    let up = false;
    const r = rig(() => (up ? 'delivered' : 'retry'));
    const queue = r.make();
    queue.add(st('a'), st('b'));
    queue.flush();
    await settle();
    expect(r.sent).toEqual(['a']);
    expect(JSON.parse(r.backend.getItem('q')!)).toEqual([st('a'), st('b')]);
    r.timers.shift()!.run();
    await settle();
    r.timers.shift()!.run();
    await settle();
    expect(
      r.timers.map((t) => t.ms),
      'third wait: 1 s, 2 s, then 4 s',
    ).toEqual([4000]);
    up = true;
    r.timers.shift()!.run();
    await settle();
    expect(r.sent).toEqual(['a', 'a', 'a', 'a', 'b']);
    expect(queue.pending()).toEqual([]);
  });

  it('picks up what an earlier page left, before anything new', async () => {
    const r = rig(() => 'retry');
    r.make().add(st('old'));
    const again = rig(() => 'delivered');
    again.backend.setItem('q', r.backend.getItem('q')!);
    const queue = again.make();
    queue.add(st('new'));
    queue.flush();
    await settle();
    expect(again.sent).toEqual(['old', 'new']);
  });

  it('tells the student about a refused sign-in and keeps the statement; drops only what the LRS rejects as malformed', async () => {
    const r = rig((s) => (s.id === 'bad' ? 'rejected' : s.id === 'locked' ? 'refused' : 'delivered'));
    const queue = r.make();
    queue.add(st('bad'), st('ok'), st('locked'));
    queue.flush();
    await settle();
    expect(r.problems).toEqual(['rejected', 'refused']);
    expect(queue.pending()).toEqual([st('locked')]);
    expect(r.timers).toHaveLength(1);
  });
});

describe('cmi5 launch parameters', () => {
  const full = {
    endpoint: 'https://lrs.test/xapi',
    fetch: 'https://lms.test/fetch/1',
    actor: '{"account":{"homePage":"https://lms.test","name":"s1"}}',
    registration: 'r-1',
    activityId: 'https://lms.test/au/1',
  };

  it('are all five, with the actor as JSON; the endpoint gets its trailing slash', () => {
    expect(cmi5Launch(new URLSearchParams(full))).toMatchObject({
      endpoint: 'https://lrs.test/xapi/',
      registration: 'r-1',
      actor: { account: { name: 's1' } },
    });
  });

  it('mean no cmi5 launch when one is missing or the actor is not an object', () => {
    const { fetch: _f, ...noFetch } = full;
    expect(cmi5Launch(new URLSearchParams(noFetch))).toBeNull();
    expect(cmi5Launch(new URLSearchParams({ ...full, actor: 'Marisol' }))).toBeNull();
    expect(cmi5Launch(new URLSearchParams({ ...full, actor: '[1]' }))).toBeNull();
  });
});
