import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAB_CONFIG } from '../../../src/platform/labConfig/labConfigSchema';
import { loadLabConfig } from '../../../src/platform/labConfig/loadLabConfig';

/** A fetch that answers with one response, and remembers what was asked. */
function answering(body: string, init: ResponseInit & { contentType?: string } = {}) {
  const asked: string[] = [];
  const fetch = (async (url: string) => {
    asked.push(String(url));
    return new Response(body, { status: init.status ?? 200, headers: { 'content-type': init.contentType ?? 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, asked };
}

async function load(fetch: typeof globalThis.fetch) {
  const warnings: string[] = [];
  const config = await loadLabConfig({ fetch, warn: (m) => warnings.push(m) });
  return { config, warnings };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('reading techshift.config.json', () => {
  it('asks for the file relative to the page, so the game can be hosted in any folder', async () => {
    const { fetch, asked } = answering('{}');
    await load(fetch);
    expect(asked).toEqual(['techshift.config.json']);
  });

  it('fills every default in, and reads each option', async () => {
    expect((await load(answering('{}').fetch)).config).toEqual({
      keepProgress: 'browser',
      idleWarningSeconds: 60,
      allowOpeningScenarioFiles: true,
    });
    const { config, warnings } = await load(
      answering(
        JSON.stringify({ keepProgress: 'tab', endSessionWhenIdleMinutes: 0.5, idleWarningSeconds: 20, allowOpeningScenarioFiles: false }),
      ).fetch,
    );
    expect(config).toEqual({
      keepProgress: 'tab',
      endSessionWhenIdleMinutes: 0.5,
      idleWarningSeconds: 20,
      allowOpeningScenarioFiles: false,
    });
    expect(warnings).toEqual([]);
  });

  it('is silent when there is no file: a 404, a start page served for every path, or no server at all (file://)', async () => {
    const unreachable = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    for (const fetch of [
      answering('Not found', { status: 404 }).fetch,
      answering('<!doctype html>', { contentType: 'text/html' }).fetch,
      unreachable,
    ]) {
      expect(await load(fetch)).toEqual({ config: DEFAULT_LAB_CONFIG, warnings: [] });
    }
  });

  it('ignores a broken file whole, with one note that names the problem', async () => {
    const cases: [string, RegExp][] = [
      ['{ "keepProgress": "tab", ', /it is not valid JSON/],
      [JSON.stringify({ keepProgress: 'forever' }), /keepProgress: /],
      [JSON.stringify({ endSessionWhenIdleMinutes: 0 }), /endSessionWhenIdleMinutes: /],
      [JSON.stringify({ allowOpeningScenarioFiles: 'no' }), /allowOpeningScenarioFiles: /],
      [JSON.stringify({ idleMinutes: 5 }), /idleMinutes/],
      ['[]', /the file: /],
    ];
    for (const [body, named] of cases) {
      const { config, warnings } = await load(answering(body).fetch);
      expect(config, body).toEqual(DEFAULT_LAB_CONFIG);
      expect(warnings, body).toHaveLength(1);
      expect(warnings[0], body).toMatch(/^TechShift: techshift\.config\.json was ignored, so the defaults apply: /);
      expect(warnings[0], body).toMatch(named);
    }
    expect((await load(answering('oops', { status: 500 }).fetch)).warnings[0]).toMatch(/the server answered 500/);
  });

  it('never waits long for a server that does not answer', async () => {
    vi.useFakeTimers();
    const hung = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as unknown as typeof globalThis.fetch;
    const pending = load(hung);
    await vi.advanceTimersByTimeAsync(4000);
    const { config, warnings } = await pending;
    expect(config).toEqual(DEFAULT_LAB_CONFIG);
    expect(warnings[0]).toMatch(/took more than 4 seconds/);
  });

  it('the shipped example is a valid configuration that changes every option', async () => {
    const example = readFileSync(resolve(import.meta.dirname, '../../../assets/techshift.config.example.json'), 'utf8');
    const { config, warnings } = await load(answering(example).fetch);
    expect(warnings).toEqual([]);
    expect(config.keepProgress).not.toBe(DEFAULT_LAB_CONFIG.keepProgress);
    expect(config.endSessionWhenIdleMinutes).toBeGreaterThan(0);
    expect(config.allowOpeningScenarioFiles).not.toBe(DEFAULT_LAB_CONFIG.allowOpeningScenarioFiles);
  });
});
