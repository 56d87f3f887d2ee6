import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasOnlyScreenshot, pixelStats, useGame } from './harness/game';
import { expertMoves, loadScenario, mouseStudent, playAll, readReport, startFromMenu, waitForPlay } from './harness/play';
import { serveFolder, type StaticServer } from './harness/staticServer';

const DIST = resolve(import.meta.dirname, '../../dist');
const FILL = 'scenarios/encounters/fill-lisinopril-refill-day.json';

/** The policy the build put in index.html, which the server here also sends as a header. */
function builtPolicy(): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(resolve(DIST, 'index.html'), 'utf8'));
  if (!meta?.[1]) throw new Error('dist/index.html carries no Content-Security-Policy <meta>: rebuild');
  return meta[1];
}

/** Records every securitypolicyviolation the page sees, from the first byte on. */
async function countViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? ['(the recorder did not run)']);

describe('the game under its Content Security Policy, sent as a header', () => {
  const game = useGame();
  let server: StaticServer;
  const policy = builtPolicy();

  beforeAll(async () => {
    server = await serveFolder(DIST, { 'Content-Security-Policy': policy });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('the policy is at least self-only scripts, no plugins and a fixed base', () => {
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
      expect(policy.split(/;\s*/)).toContain(directive);
    }
  });

  it('boots, draws the pharmacy and plays a fill to 100 with no violation and no page error', async () => {
    const page = await game.open('about:blank');
    await countViolations(page.context());
    expect((await page.goto(server.url))?.headers()['content-security-policy']).toBe(policy);

    const student = mouseStudent(page);
    await startFromMenu(student, FILL);
    await waitForPlay(page);
    const drawn = pixelStats(await canvasOnlyScreenshot(page));
    expect(drawn.variance, 'the 3D view drew the pharmacy').toBeGreaterThan(50);

    const scenario = loadScenario(FILL);
    await playAll(student, scenario, expertMoves(scenario));
    expect((await readReport(page)).score).toBe('100 out of 100');
    expect(await violations(page)).toEqual([]);
  });

  it('really enforces it: an inline script is refused and counted (so zero above means zero)', async () => {
    // A page of its own, outside the harness: the refusal is a console error by design.
    const page = await game.open('about:blank');
    const context = page.context();
    await countViolations(context);
    const probe = await context.newPage();
    await probe.goto(server.url);
    await probe.getByRole('heading', { name: 'TechShift', level: 1 }).waitFor();
    await probe.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
    });
    // Once per policy that forbids it: the header's and the page's own <meta>.
    await expect.poll(() => violations(probe)).toHaveLength(2);
    for (const v of await violations(probe)) expect(v).toMatch(/^script-src-elem blocked inline/);
    expect(await probe.evaluate(() => (window as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await probe.close();
  });
});
