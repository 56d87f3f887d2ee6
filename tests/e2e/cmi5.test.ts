import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { report } from '../../src/core';
import { useGame } from './harness/game';
import { cmi5Query, LAUNCH_DATA, startFakeLrs, validateStatement, type FakeLrs } from './harness/fakeLrs';
import { expertMoves, loadScenario, mouseStudent, playAll, readReport, stateAfter, waitForPlay } from './harness/play';

const ENCOUNTER = 'scenarios/encounters/fill-lisinopril-refill-day.json';
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const FEEDBACK = 'urn:techshift:xapi:extension:feedback';

type Stored = {
  id: string;
  verb: { id: string };
  object: { id: string };
  result?: {
    success?: boolean;
    response?: string;
    completion?: boolean;
    score?: { scaled: number };
    extensions?: Record<string, { what: string; why: string; how: string }>;
  };
  context: { registration: string; extensions: Record<string, unknown>; contextActivities?: { category?: { id: string }[] } };
};

const verbs = (lrs: FakeLrs) => (lrs.statements as Stored[]).map((s) => s.verb.id.split('/').at(-1));

describe('cmi5: statements reach the LRS', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });
  let lrs: FakeLrs;
  beforeEach(async () => {
    lrs = await startFakeLrs();
  });
  afterEach(async () => {
    await lrs.close();
  });

  /** 503s from the LRS while it is down are expected console noise; anything else still fails the test. */
  const forgiveLrsOutage = () => {
    const kept = game.errors.filter((e) => !/Failed to load resource: the server responded with a status of 503/.test(e));
    game.errors.splice(0, game.errors.length, ...kept);
  };

  it('sends initialized, one statement per scored step with its code and feedback, passed, completed and terminated, all valid', async () => {
    const registration = '6f1c7b1e-4a47-4d2e-9a51-0c9b2f0e6a11';
    const scenario = loadScenario(ENCOUNTER);
    const page = await game.open(`${lrs.url}?scenario=${ENCOUNTER}&mode=practice&${cmi5Query(lrs, registration)}`);
    await waitForPlay(page);
    await expect.poll(() => verbs(lrs)).toEqual(['initialized']);
    await expect.poll(() => page.getByRole('complementary', { name: 'Your course' }).textContent()).toContain('Playing as Marisol Ortega');

    const done = await playAll(mouseStudent(page), scenario, expertMoves(scenario));
    expect((await readReport(page)).score).toBe('100 out of 100');
    const judged = stateAfter(scenario, done).results.filter((r) => r.checkpoint !== undefined && r.maxPoints > 0);
    await expect.poll(() => verbs(lrs).at(-1)).toBe('terminated');

    // The first patient's badge is sent as it is earned, before the steps and the verdict.
    expect(verbs(lrs)).toEqual(['initialized', 'earned', ...judged.map(() => 'answered'), 'passed', 'completed', 'terminated']);
    expect(lrs.warnings, 'the validator found nothing wrong').toEqual([]);
    const all = lrs.statements as Stored[];
    for (const s of all) {
      expect(validateStatement(s)).toEqual([]);
      expect(s.context.registration).toBe(registration);
      expect(s.context.extensions[SESSION]).toBe(LAUNCH_DATA.contextTemplate.extensions[SESSION]);
    }
    const steps = all.filter((s) => s.verb.id === VERB('answered'));
    for (const [n, s] of steps.entries()) {
      const r = judged[n]!;
      expect(s.result?.response).toBe(r.finding ?? r.code);
      expect(s.result?.success).toBe(true);
      const words = s.result?.extensions?.[FEEDBACK];
      expect(words?.what, `feedback for ${r.code}`).toBeTruthy();
      expect(words?.why).toBeTruthy();
      expect(words?.how).toBeTruthy();
      expect(s.context.contextActivities?.category ?? [], 'an allowed statement carries no cmi5 category').not.toContainEqual({ id: CMI5 });
    }
    const badge = all.find((s) => s.verb.id === 'http://id.tincanapi.com/verb/earned')!;
    expect(badge.object.id).toMatch(/\/badges\/encounter\.first$/);
    expect(badge.context.contextActivities?.category ?? [], 'an allowed statement').not.toContainEqual({ id: CMI5 });
    const passed = all.find((s) => s.verb.id === VERB('passed'))!;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 1 } });
    expect(passed.context.contextActivities?.category).toContainEqual({ id: CMI5 });
    expect(all.find((s) => s.verb.id === VERB('completed'))?.result?.completion).toBe(true);
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Your course' }).textContent())
      .toContain('your result has been sent to your course');
  });

  it('queues statements while the LRS is down, keeps them across a reload, and delivers each exactly once when it is back', async () => {
    const registration = '0d6f2b8a-9c3e-4f11-8b7a-5e2c1d4f9a20';
    const scenario = loadScenario(ENCOUNTER);
    const url = `${lrs.url}?scenario=${ENCOUNTER}&mode=practice&${cmi5Query(lrs, registration)}`;
    const page = await game.open(url);
    await waitForPlay(page);
    await expect.poll(() => verbs(lrs)).toEqual(['initialized']);

    // Mid-encounter the record store goes away; the student plays on to the end, skipping counseling.
    const moves = expertMoves(scenario).filter((m) => m.type !== 'offerCounseling');
    const done = await playAll(mouseStudent(page), scenario, moves.slice(0, 4));
    lrs.down = true;
    await playAll(mouseStudent(page), scenario, moves.slice(4), done);
    const expected = report(stateAfter(scenario, done));
    const judged = stateAfter(scenario, done).results.filter((r) => r.checkpoint !== undefined && r.maxPoints > 0);
    const queued = () =>
      page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]').length as number, `techshift:cmi5:${registration}:queue`);
    await expect.poll(queued).toBe(judged.length + 4);
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    expect(verbs(lrs)).toEqual(['initialized']);

    await page.reload();
    await readReport(page);
    expect(await queued(), 'nothing queued is lost in the reload').toBe(judged.length + 4);

    lrs.down = false;
    await expect.poll(() => verbs(lrs).at(-1), { timeout: 40_000 }).toBe('terminated');
    await expect.poll(queued).toBe(0);
    const verdict = expected.passed ? 'passed' : 'failed';
    expect(verbs(lrs)).toEqual(['initialized', 'earned', ...judged.map(() => 'answered'), verdict, 'completed', 'terminated']);
    const ids = (lrs.statements as Stored[]).map((s) => s.id);
    expect(new Set(ids).size, 'each statement stored once').toBe(ids.length);
    expect(lrs.duplicates, 'nothing delivered was sent again').toEqual([]);
    expect(lrs.fetches, 'the reload carried on the session instead of asking for a new token').toBe(1);
    expect(lrs.warnings).toEqual([]);
    const counseling = (lrs.statements as Stored[]).find((s) => s.object.id.endsWith('/pickup.counseling'));
    expect(counseling?.result).toMatchObject({ success: false, response: 'counseling.missed' });
    forgiveLrsOutage();
  });
});
