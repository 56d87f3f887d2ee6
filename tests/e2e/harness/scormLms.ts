import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { packageScorm, type PackageOptions } from '../../../tools/package-scorm';
import { framePage } from './framePage';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The scorm-again SCORM 1.2 LMS API, as a browser script. */
const SCORM_AGAIN = join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js');

/** A folder laid out as the test LMS's site: the launcher at lms/, scorm-again at scorm-again/, packages beside them. */
export function lmsSite(): string {
  const site = mkdtempSync(join(tmpdir(), 'techshift-lms-'));
  mkdirSync(join(site, 'lms'));
  writeFileSync(join(site, 'lms/index.html'), LAUNCHER_HTML);
  mkdirSync(join(site, 'scorm-again'));
  copyFileSync(SCORM_AGAIN, join(site, 'scorm-again/scorm12.min.js'));
  return site;
}

/** An unzipped package: its folder under the site, and the launch href its manifest names. */
export interface UnpackedPackage {
  /** Where the site serves it, e.g. "/encounter/". */
  base: string;
  href: string;
  files: string[];
}

/** Runs package:scorm on the built dist/ and unzips the result into `<site>/<name>/`. */
export async function unpackScorm(
  options: Pick<PackageOptions, 'scenario' | 'mode'>,
  site: string,
  name: string,
): Promise<UnpackedPackage> {
  const dir = mkdtempSync(join(tmpdir(), 'techshift-scorm-'));
  const zip = await packageScorm({ ...options, out: join(dir, 'package.zip'), useDist: true });
  const files = unzipSync(readFileSync(zip));
  const root = join(site, name);
  for (const [name, bytes] of Object.entries(files)) {
    const target = join(root, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  const href = /<resource [^>]*href="([^"]+)"/.exec(manifest)?.[1]?.replace(/&amp;/g, '&');
  if (!href) throw new Error('the manifest names no launch href');
  return { base: `/${name}/`, href, files: Object.keys(files) };
}

/**
 * The LMS page: scorm-again's Scorm12API as window.API, loaded with what the LMS remembers
 * (window.__lmsInitial), and the SCO in an iframe. `refuse` lists elements whose writes the LMS
 * turns down with error 405, the way a strict LMS does; the real API stays on window.realApi.
 */
export const LAUNCHER_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<script src="../scorm-again/scorm12.min.js"></script>
<script>
  const initial = window.__lmsInitial || {};
  const real = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (initial.cmi) real.loadFromJSON(initial.cmi);
  window.realApi = real;
  window.lmsCalls = [];
  let forced = null;
  const refuse = new Set(initial.refuse || []);
  const pass = (name) => (...args) => { forced = null; window.lmsCalls.push(name); return real[name](...args); };
  window.API = {
    LMSInitialize: pass('LMSInitialize'),
    LMSFinish: pass('LMSFinish'),
    LMSGetValue: (element) => { forced = null; return real.LMSGetValue(element); },
    LMSSetValue: (element, value) => {
      if (refuse.has(element)) { forced = '405'; return 'false'; }
      forced = null;
      return real.LMSSetValue(element, value);
    },
    LMSCommit: pass('LMSCommit'),
    LMSGetLastError: () => forced ?? real.LMSGetLastError(),
    LMSGetErrorString: (code) => code === '405' ? 'Incorrect data type' : real.LMSGetErrorString(code),
    LMSGetDiagnostic: (code) => real.LMSGetDiagnostic(code),
  };
</script></head>
<body style="margin:0">
<iframe id="sco" title="Course activity" style="width:1280px;height:720px;border:0"></iframe>
<script>document.getElementById('sco').src = initial.base + initial.href;</script>
</body></html>`;

/** What the LMS starts the SCO with. */
export interface LmsStart {
  /** Where the unzipped package is served, e.g. "/encounter/". */
  base: string;
  /** The launch href from its manifest. */
  href: string;
  cmi?: Record<string, unknown>;
  refuse?: string[];
}

/** A launched SCO: the LMS page, the game's frame, and the game as something the play helpers drive. */
export interface LaunchedSco {
  page: Page;
  frame: Frame;
  game: Page;
}

/** Opens the LMS page (the site is served at `siteUrl`, ending in "/") and waits for the game's frame to load. */
export async function launchSco(context: BrowserContext, siteUrl: string, start: LmsStart): Promise<LaunchedSco> {
  const page = await context.newPage();
  await page.addInitScript((initial) => {
    (window as unknown as { __lmsInitial: unknown }).__lmsInitial = initial;
  }, start);
  await page.goto(`${siteUrl}lms/`);
  return scoOf(page);
}

/** The SCO's frame on the LMS page (again after a reload), as something the play helpers drive. */
export async function scoOf(page: Page): Promise<LaunchedSco> {
  const frame = await (await page.waitForSelector('iframe#sco')).contentFrame();
  if (!frame) throw new Error('the SCO frame did not load');
  await frame.waitForLoadState();
  return { page, frame, game: framePage(page, frame) };
}

/** The LMS's record of the learner, as scorm-again holds it (the SCO has committed all of it). */
export async function lmsRecord(page: Page): Promise<LmsRecord> {
  return page.evaluate(() => {
    const api = (window as unknown as { realApi: { cmi: unknown } }).realApi;
    const calls = (window as unknown as { lmsCalls: string[] }).lmsCalls;
    return { cmi: JSON.parse(JSON.stringify(api.cmi)) as LmsRecord['cmi'], calls: [...calls] };
  });
}

/** The parts of cmi the tests read. */
export interface LmsRecord {
  cmi: {
    core: {
      student_name: string;
      lesson_status: string;
      exit?: string;
      session_time?: string;
      score: { raw: string; min: string; max: string };
    };
    suspend_data: string;
    interactions: Record<
      string,
      { id: string; type: string; result: string; latency: string; student_response: string; weighting: string }
    >;
  };
  calls: string[];
}
