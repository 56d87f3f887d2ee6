import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bench/args';
import { eagerUrls } from '../../../bench/eagerFiles';

describe('bench command line', () => {
  it('defaults to 3 repeats with long play', () => {
    expect(parseArgs([])).toEqual({ repeats: 3, quick: false, check: false, peers: [], help: false });
  });

  it('--quick means 1 repeat unless --repeats says otherwise', () => {
    expect(parseArgs(['--quick'])).toMatchObject({ quick: true, repeats: 1 });
    expect(parseArgs(['--quick', '--repeats', '2'])).toMatchObject({ quick: true, repeats: 2 });
  });

  it('takes --repeats N and --repeats=N, and repeatable --peer URLs', () => {
    const args = parseArgs(['--repeats=5', '--check', '--peer', 'http://127.0.0.1:8080/game/', '--peer=https://example.org/x']);
    expect(args).toMatchObject({ repeats: 5, check: true, peers: ['http://127.0.0.1:8080/game/', 'https://example.org/x'] });
  });

  it('explains bad input instead of guessing', () => {
    expect(parseArgs(['--repeats', '0'])).toMatch(/at least 1/);
    expect(parseArgs(['--peer'])).toMatch(/needs an http/);
    expect(parseArgs(['--peer', 'example.org'])).toMatch(/needs an http/);
    expect(parseArgs(['--fast'])).toBe('unknown option --fast');
  });
});

describe('eager files of the built index.html', () => {
  it('finds module scripts, modulepreload and stylesheet links, and nothing lazy', () => {
    const html = `<!doctype html><head>
      <link rel="icon" href="data:," />
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="./assets/index-123.css">
      <link rel="prefetch" href="./assets/later.js">
    </head>`;
    expect(eagerUrls(html)).toEqual(['./assets/index-abc.js', './assets/vendor-def.js', './assets/index-123.css']);
  });
});
