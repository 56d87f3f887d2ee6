import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/check/analysis';
import { main } from '../../../tools/check-scenarios';
import { fixture, ROOT } from '../core/scenario/helpers';
import { fakeAnalysis } from './fakeAnalysis';

const CATALOG = ['--catalog', 'tests/fixtures/valid/test-catalog.json'];
const STACK = /^\s+at .+[:(]\d+:\d+\)?$/m;

/** Runs main() in-process and captures what it prints. */
async function run(argv: string[], analysis: Analysis | null = null, cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, analysis, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('check-scenarios CLI', () => {
  it('--json on the broken fixtures: exact shape, exit 1, no stack trace', async () => {
    const { code, stdout, stderr } = await run(['--json', ...CATALOG, 'tests/fixtures/broken-scenarios']);
    expect(code).toBe(1);
    expect(stdout + stderr).not.toMatch(STACK);
    const out = JSON.parse(stdout) as { files: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['files']);
    expect(out.files).toHaveLength(15);
    for (const f of out.files) {
      expect(Object.keys(f)).toEqual(['file', 'ok', 'errors', 'warnings', 'findings', 'daysSupply', 'playable', 'referenceScore']);
      for (const p of [...(f['errors'] as object[]), ...(f['warnings'] as object[])]) {
        expect(Object.keys(p)).toEqual(['line', 'column', 'path', 'message']);
      }
    }
    const byName = new Map(out.files.map((f) => [f['file'], f]));
    expect(byName.get('tests/fixtures/broken-scenarios/trailing-comma.json')).toEqual({
      file: 'tests/fixtures/broken-scenarios/trailing-comma.json',
      ok: false,
      errors: [
        { line: 26, column: 19, path: '(file)', message: 'remove the comma after the last item (JSON allows no comma before } or ])' },
      ],
      warnings: [],
      findings: [],
      daysSupply: [],
      playable: false,
      referenceScore: null,
    });
    expect(byName.get('tests/fixtures/broken-scenarios/byte-order-mark.json')).toMatchObject({ ok: true, errors: [] });
  });

  it('a valid folder with the rules and engine: exit 0, findings and the expert score', async () => {
    const analysis = fakeAnalysis({
      findings: [
        {
          code: 'LASA_RISK',
          rx: 'rx1',
          step: 'selection',
          params: { lookAlike: 'hydrALAZINE 25 mg', product: 'hydrOXYzine 25 mg', distance: 1 },
        },
      ],
    });
    const { code, stdout } = await run(['--json', ...CATALOG, 'tests/fixtures/valid'], analysis);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.files).toHaveLength(1);
    expect(out.files[0]).toMatchObject({
      file: 'tests/fixtures/valid/minimal-encounter.json',
      ok: true,
      playable: true,
      referenceScore: 100,
      // Each finding names its prescription and says what it is; each prescription has its days' supply.
      findings: [{ code: 'LASA_RISK', rx: 'rx1', sentence: expect.stringContaining('hydrALAZINE 25 mg') }],
      daysSupply: [{ rx: 'rx1', days: 30 }],
    });
    expect(out.files[0].warnings[0].message).toContain('the rules find LASA_RISK on rx1');
  });

  it('human output: a block per file with ✓/✗ and counts, then a total line', async () => {
    const { code, stdout } = await run(
      [...CATALOG, 'tests/fixtures/broken-scenarios/wrong-types.json', 'tests/fixtures/valid/minimal-encounter.json'],
      fakeAnalysis(),
    );
    expect(code).toBe(1);
    expect(stdout).toContain('✗ tests/fixtures/broken-scenarios/wrong-types.json — 3 errors, 0 warnings');
    expect(stdout).toContain(
      '    error    tests/fixtures/broken-scenarios/wrong-types.json:24:19 prescriptions[0].quantity: expected a number, got "thirty"',
    );
    expect(stdout).toContain('✓ tests/fixtures/valid/minimal-encounter.json — 0 errors, 0 warnings');
    expect(stdout).toContain('expert path: plays through, scores 100/100 (full marks)');
    expect(stdout).toContain("    days' supply: rx1 30 days");
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 files checked: 1 ok, 1 with errors — 3 errors, 0 warnings in total.');
  });

  it("walks folders for *.json, skipping catalog/ and *.schema.json, and checks shifts' files", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techshift-check-'));
    temps.push(dir);
    mkdirSync(join(dir, 'scenarios/catalog'), { recursive: true });
    mkdirSync(join(dir, 'scenarios/encounters'), { recursive: true });
    mkdirSync(join(dir, 'scenarios/templates'), { recursive: true });
    writeFileSync(join(dir, 'scenarios/catalog/products.json'), fixture('valid/test-catalog.json'));
    writeFileSync(join(dir, 'scenarios/scenario.schema.json'), '{}');
    writeFileSync(join(dir, 'scenarios/encounters/fill.json'), fixture('valid/minimal-encounter.json'));
    writeFileSync(join(dir, 'scenarios/templates/fill-template.json'), fixture('valid/minimal-encounter.json'));
    writeFileSync(join(dir, 'scenarios/notes.txt'), 'not checked');
    const shift = JSON.stringify({
      kind: 'shift',
      id: 'monday',
      title: 'Monday',
      encounters: [{ file: 'encounters/fill.json' }, { file: 'encounters/nope.json' }],
    });
    writeFileSync(join(dir, 'scenarios/monday.json'), shift);
    const { code, stdout } = await run(['--json'], null, dir);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual([
      'scenarios/encounters/fill.json',
      'scenarios/monday.json',
      'scenarios/templates/fill-template.json',
    ]);
    expect(out.files[1].errors).toEqual([
      {
        line: 1,
        column: shift.indexOf('"encounters/nope.json"') + 1,
        path: 'encounters[1].file',
        message: 'there is no file "encounters/nope.json": the path is read from the folder this shift file is in',
      },
    ]);
  });

  it('reports a missing catalog, a missing path and a UTF-16 file as errors, not crashes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techshift-check-'));
    temps.push(dir);
    writeFileSync(join(dir, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"kind": "shift"}', 'utf16le')]));
    const { code, stdout, stderr } = await run(['--json', 'nowhere', 'utf16.json'], null, dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    expect(out.files.map((f: { file: string; errors: { message: string }[] }) => [f.file, f.errors[0]!.message])).toEqual([
      ['scenarios/catalog', 'no catalog found at scenarios/catalog: product ids cannot be checked (use --catalog <file or folder>)'],
      ['nowhere', 'there is no file or folder "nowhere"'],
      ['utf16.json', 'this file is saved as UTF-16 ("Unicode"); save it as UTF-8 instead'],
    ]);
  });

  it('a usage mistake exits 2 with one line and the usage', async () => {
    const { code, stdout, stderr } = await run(['--jsn']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('check-scenarios: unknown option --jsn');
    expect((await run(['--help'])).code).toBe(0);
  });

  it('an internal error prints one line and exits 2', async () => {
    let stderr = '';
    const code = await main([...CATALOG, 'tests/fixtures/valid'], {
      cwd: ROOT,
      analysis: null,
      stdout: () => {
        throw new Error('disk full\n    at write (fs.js:1:1)');
      },
      stderr: (t) => (stderr += t),
    });
    expect(code).toBe(2);
    expect(stderr).toBe('check-scenarios: internal error: disk full\n');
  });

  it('runs as a program: npx tsx tools/check-scenarios.ts --json … exits 1 with JSON and no stack trace', () => {
    const tsx = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const r = spawnSync(process.execPath, [tsx, 'tools/check-scenarios.ts', '--json', ...CATALOG, 'tests/fixtures/broken-scenarios'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    expect(JSON.parse(r.stdout).files).toHaveLength(15);
  }, 60_000);
});
