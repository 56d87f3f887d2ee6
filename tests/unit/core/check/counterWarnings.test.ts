import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../../src/core/check/checkScenario';
import { loadCatalogText } from '../../../../src/core/scenario/load';

const ROOT = resolve(import.meta.dirname, '../../../..');
const catalog = loadCatalogText(readFileSync(resolve(ROOT, 'tests/fixtures/valid/test-catalog.json'), 'utf8'), 'test-catalog.json');
const minimal = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/valid/minimal-encounter.json'), 'utf8')) as Record<string, unknown>;
const call = { kind: 'refill', caller: 'Maria Lopez', says: 'Can I get a refill?' };

function check(changes: Record<string, unknown>) {
  if (!catalog.ok) throw new Error('test catalog does not load');
  return checkScenario(JSON.stringify({ ...minimal, ...changes }, null, 2), 'x.json', catalog.value);
}
const at = (changes: Record<string, unknown>, path: string) => check(changes).warnings.find((w) => w.path === path);

describe('the checker on phone calls and the register', () => {
  it('accepts a phone call with its channel', () => {
    expect(check({ channel: 'phone', call }).warnings.filter((w) => w.path !== 'id')).toEqual([]);
  });

  it('warns at file:line:column about a call on a counter encounter, and a phone encounter without a call', () => {
    const w = at({ call }, 'call');
    expect(w?.message).toMatch(/has a "call" but its channel is "counter": set "channel": "phone"/);
    // The call is the last key of the file as written, after the shelf.
    expect(w).toMatchObject({ file: 'x.json', line: 38 });
    expect(w?.column).toBeGreaterThan(1);
    expect(at({ channel: 'phone' }, 'channel')?.message).toMatch(/arrives by phone but has no "call"/);
  });

  it('warns about an emergency on a call that is not a C-II', () => {
    expect(at({ channel: 'phone', call: { ...call, emergency: true } }, 'call.emergency')?.message).toMatch(/not a C-II/);
  });

  it('warns about a register with no copays, and a shown total that already matches', () => {
    expect(at({ register: {} }, 'register')?.message).toMatch(/give each prescription a "copay"/);
    const rx = (minimal.prescriptions as object[])[0]!;
    const matching = { prescriptions: [{ ...rx, copay: 5 }], register: { shownTotal: 5 } };
    expect(at(matching, 'register.shownTotal')?.message).toMatch(/already matches the copays \(\$5\.00\)/);
  });

  it('reports a misspelt call kind as an error with its place', () => {
    const e = check({ channel: 'phone', call: { ...call, kind: 'refil' } }).errors.find((p) => p.path === 'call.kind');
    expect(e?.message).toMatch(/refill/);
    expect(e?.line).toBeGreaterThan(1);
  });
});
