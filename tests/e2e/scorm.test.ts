import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { posix, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { replay, report } from '../../src/core';
import { launchChromium } from './harness/chromium';
import { isMissingLabConfig } from './harness/game';
import {
  expertMoves,
  hintText,
  loadScenario,
  mouseStudent,
  playAll,
  readReport,
  reportRegion,
  stateAfter,
  stationAfter,
  waitForPlay,
  type Move,
} from './harness/play';
import { launchSco, lmsRecord, lmsSite, scoOf, unpackScorm, type LmsRecord, type UnpackedPackage } from './harness/scormLms';
import { serveFolder, type StaticServer } from './harness/staticServer';

const ROOT = resolve(import.meta.dirname, '../..');
const ENCOUNTER = 'scenarios/encounters/fill-lisinopril-refill-day.json';
const SHIFT = 'scenarios/shifts/calm-morning.json';
const LEARNER = { student_id: 's-1001', student_name: 'Ortega, Marisol' };
const TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;

/** The interaction id the game writes for a checkpoint: "<scenario id>--<checkpoint>", in SCORM 1.2's strict identifier characters. */
const interactionId = (scenarioId: string, checkpoint: string) => `${scenarioId}--${checkpoint}`.replace(/[^A-Za-z0-9_-]+/g, '_');

/** The interactions as a list, in the order the LMS numbered them. */
const interactionsOf = (record: LmsRecord) =>
  Object.entries(record.cmi.interactions)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, i]) => i);

/** What the game's frame shows in its course line. */
const courseLine = (game: Page) => game.getByRole('complementary', { name: 'Your course' });

describe('SCORM 1.2 under scorm-again', () => {
  let browser: Browser;
  let server: StaticServer;
  let practiceEncounter: UnpackedPackage;
  let assessedShift: UnpackedPackage;
  let contexts: BrowserContext[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const site = lmsSite();
    practiceEncounter = await unpackScorm({ scenario: ENCOUNTER, mode: 'practice' }, site, 'encounter');
    assessedShift = await unpackScorm({ scenario: SHIFT, mode: 'assessment' }, site, 'shift');
    server = await serveFolder(site);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const context of contexts) await context.close();
    contexts = [];
    expect(errors.splice(0), 'page or console errors during the test').toEqual([]);
  });

  async function freshContext(): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1300, height: 760 } });
    context.on('page', (page) => watch(page));
    contexts.push(context);
    return context;
  }
  function watch(page: Page) {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !isMissingLabConfig(m)) errors.push(`console.error: ${m.text()}`);
    });
  }

  it('reports the score, status and one interaction per checkpoint, and resumes from suspend data after the page closes', async () => {
    const scenario = loadScenario(ENCOUNTER);
    const moves = expertMoves(scenario);
    const split = moves.findIndex((m) => m.type === 'enterPrescription') + 1;

    const first = await launchSco(await freshContext(), server.url, {
      base: practiceEncounter.base,
      href: practiceEncounter.href,
      cmi: { core: LEARNER },
    });
    await waitForPlay(first.game);
    await expect.poll(() => courseLine(first.game).textContent()).toContain('Playing as Marisol Ortega for your course');
    const done = await playAll(mouseStudent(first.game), scenario, moves.slice(0, split));
    const hintBefore = await hintText(first.game);

    const midway = await lmsRecord(first.page);
    expect(midway.cmi.core.lesson_status).toBe('incomplete');
    expect(midway.cmi.suspend_data).toMatch(/^TS1:/);
    expect(midway.calls).toContain('LMSCommit');
    expect(interactionsOf(midway), 'nothing is scored before the encounter ends').toEqual([]);

    // The student closes the course window: the SCO's page goes away, and it says goodbye to the LMS.
    await first.page.evaluate(() => document.getElementById('sco')?.remove());
    await expect.poll(async () => (await lmsRecord(first.page)).calls).toContain('LMSFinish');
    const closed = await lmsRecord(first.page);
    expect(closed.cmi.core.exit).toBe('suspend');
    expect(closed.cmi.core.session_time).toMatch(TIMESPAN);
    await first.page.context().close();

    // Next day, another computer (no local copy): the LMS relaunches with what it kept.
    const again = await launchSco(await freshContext(), server.url, {
      base: practiceEncounter.base,
      href: practiceEncounter.href,
      cmi: { core: { ...LEARNER, entry: 'resume', lesson_status: 'incomplete' }, suspend_data: closed.cmi.suspend_data },
    });
    await waitForPlay(again.game, '3d', stationAfter(scenario, done));
    expect(await hintText(again.game), 'play resumes at the same step').toBe(hintBefore);

    // The student finishes, but forgets to offer counseling.
    const rest = moves.slice(split).filter((m) => m.type !== 'offerCounseling');
    await playAll(mouseStudent(again.game), scenario, rest, done);
    const finalState = stateAfter(scenario, done);
    const expected = report(finalState);
    expect(expected.score).toBeLessThan(100);
    const shown = await readReport(again.game);
    expect(shown.score, 'the resumed log scores as the whole log does').toBe(`${expected.score} out of 100`);

    await expect.poll(async () => (await lmsRecord(again.page)).calls).toContain('LMSFinish');
    const end = await lmsRecord(again.page);
    expect(end.cmi.core.score).toEqual({ raw: String(expected.score), min: '0', max: '100' });
    expect(end.cmi.core.lesson_status).toBe(expected.passed ? 'passed' : 'failed');
    expect(end.cmi.core.exit).toBe('');
    expect(end.cmi.core.session_time).toMatch(TIMESPAN);

    const judged = finalState.results.filter((r) => r.checkpoint !== undefined && r.maxPoints > 0);
    const interactions = interactionsOf(end);
    expect(interactions.map((i) => i.id)).toEqual(judged.map((r) => interactionId(scenario.id, r.checkpoint!)));
    for (const [n, i] of interactions.entries()) {
      const r = judged[n]!;
      expect(i.result, i.id).toBe(r.points >= r.maxPoints ? 'correct' : 'wrong');
      expect(i.type).toBe(r.finding ? 'fill-in' : 'performance');
      expect(i.student_response).toBe(r.code);
      expect(i.weighting).toBe(String(r.maxPoints));
      if (r.actionIndex >= 0) expect(i.latency, i.id).toMatch(TIMESPAN);
    }
    expect(interactions.find((i) => i.id === interactionId(scenario.id, 'pickup.counseling'))?.result).toBe('wrong');
    expect(interactions.filter((i) => i.result === 'correct').length).toBeGreaterThan(10);
    await expect.poll(() => courseLine(again.game).textContent()).toContain('your result has been sent to your course');
  });

  it('keeps a shift incomplete until its last patient, in assessment mode by default, then reports the mean and finishes', async () => {
    expect(assessedShift.href).toBe(`index.html?scenario=${SHIFT}&mode=assessment`);
    const shift = JSON.parse(readFileSync(resolve(ROOT, SHIFT), 'utf8')) as { encounters: { file: string }[] };
    const scenarios = shift.encounters.map(({ file }) => loadScenario(posix.normalize(`scenarios/shifts/${file}`)));
    const sentAway = scenarios.map((s) => replay(s, [{ type: 'endEncounter', at: 1 }]));

    const { page, game } = await launchSco(await freshContext(), server.url, {
      base: assessedShift.base,
      href: assessedShift.href,
      cmi: { core: LEARNER },
    });
    await waitForPlay(game);
    expect(await game.locator('.next-hint').count(), 'assessment mode gives no hints').toBe(0);

    for (const [i] of scenarios.entries()) {
      await game.getByRole('button', { name: 'End the encounter…' }).click();
      await game.getByRole('button', { name: 'Yes, end it' }).click();
      await reportRegion(game).waitFor();
      const last = i === scenarios.length - 1;
      const seen = sentAway.slice(0, i + 1).map((s) => report(s).score);
      const mean = Math.round(seen.reduce((a, b) => a + b, 0) / seen.length);
      await expect.poll(async () => (await lmsRecord(page)).cmi.core.score.raw).toBe(String(mean));
      const record = await lmsRecord(page);
      expect(record.cmi.core.lesson_status).toBe(last ? 'failed' : 'incomplete');
      expect(record.calls.includes('LMSFinish')).toBe(last);
      if (!last) await game.getByRole('button', { name: 'Next patient' }).click();
    }

    const end = await lmsRecord(page);
    const expectedCount = sentAway.reduce((n, s) => n + s.results.filter((r) => r.checkpoint !== undefined && r.maxPoints > 0).length, 0);
    const interactions = interactionsOf(end);
    expect(interactions).toHaveLength(expectedCount);
    expect(new Set(interactions.map((i) => i.result))).toEqual(new Set(['wrong']));
    for (const [n, s] of scenarios.entries())
      expect(
        interactions.some((i) => i.id.startsWith(`${s.id}--`)),
        `patient ${n + 1} is in the interactions`,
      ).toBe(true);
  });

  it('tells the student in plain words when the LMS refuses their place, and a reload still resumes from this browser', async () => {
    const scenario = loadScenario(ENCOUNTER);
    const moves: Move[] = expertMoves(scenario).slice(0, 3);
    const context = await freshContext();
    const { page, game } = await launchSco(context, server.url, {
      base: practiceEncounter.base,
      href: practiceEncounter.href,
      cmi: { core: LEARNER },
      refuse: ['cmi.suspend_data'],
    });
    await waitForPlay(game);
    const done = await playAll(mouseStudent(game), scenario, moves);
    const alert = game.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('Your course did not accept your place in the game (Incorrect data type, error 405).');
    expect(await alert.textContent()).toContain('Your work is still saved in this browser');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      'the course line and alert pass axe',
    ).toEqual([]);
    const hintBefore = await hintText(game);
    expect(hintBefore).not.toBeNull();

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => alert.count()).toBe(0);

    await page.reload();
    const reloaded = await scoOf(page);
    await waitForPlay(reloaded.game, '3d', stationAfter(scenario, moves));
    expect(await hintText(reloaded.game), 'the browser copy resumed the same step').toBe(hintBefore);
    expect(done).toHaveLength(moves.length);
  });
});
