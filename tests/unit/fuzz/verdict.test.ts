import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/check/analysis';
import { ANALYSIS } from '../../../src/core/check/checkScenario';
import { judge } from '../../../tools/fuzzVerdict';
import { bench, SHIPPED, shippedEncounter } from './bench';

const lisinopril = shippedEncounter('fill-lisinopril-refill-day.json');
const real = bench();
const judged = (text: string, analysis?: Analysis) => judge({ ...lisinopril, text }, analysis ? bench(analysis) : real);

describe("the fuzzer's verdict on one file", () => {
  it('accepts every shipped file as it is', () => {
    for (const original of [...SHIPPED.encounters, ...SHIPPED.shifts, SHIPPED.catalog]) {
      expect(judge(original, real), original.file).toEqual({ outcome: 'accepted' });
    }
  });

  it('counts a located refusal as rejected', () => {
    expect(judged(lisinopril.text.slice(0, 200))).toEqual({ outcome: 'rejected' });
    expect(judged(lisinopril.text.replace('"refills": 3', '"refills": "3"'))).toEqual({ outcome: 'rejected' });
  });

  it('fails a file when the checker admits a bug of its own', () => {
    const exploding: Analysis = {
      ...ANALYSIS,
      findings: () => {
        throw new Error('rule exploded');
      },
    };
    const v = judged(lisinopril.text, exploding);
    expect(v.outcome).toBe('failed');
    expect(v.outcome === 'failed' && v.why).toMatch(
      /^TechShift reports a bug of its own — scenarios\/encounters\/fill-lisinopril-refill-day\.json:1:1 .*rule exploded/,
    );
  });

  it('fails a file whose expert path throws outside the checker', () => {
    let calls = 0;
    const secondTimeUnlucky: Analysis = {
      ...ANALYSIS,
      solve: (s) => {
        if (++calls > 1) throw new RangeError('Invalid time value');
        return ANALYSIS.solve(s);
      },
    };
    const v = judged(lisinopril.text, secondTimeUnlucky);
    expect(v.outcome === 'failed' && v.why).toMatch(/^uncaught exception: RangeError: Invalid time value/);
  });

  it('fails a file whose replay is not deterministic, or does not finish', () => {
    let n = 0;
    const drifting: Analysis = { ...ANALYSIS, replay: (s, log) => ({ ...ANALYSIS.replay(s, log), clock: n++ }) };
    expect(judged(lisinopril.text, drifting)).toEqual({
      outcome: 'failed',
      why: 'replaying the expert log twice gives two different states',
    });
    const stuck: Analysis = { ...ANALYSIS, solve: (s) => ANALYSIS.solve(s).slice(0, 2) };
    const v = judged(lisinopril.text, stuck);
    expect(v.outcome === 'failed' && v.why).toMatch(/does not finish/);
  });

  it('plays a shipped encounter against a catalog mutant that still loads', () => {
    const trimmed = SHIPPED.catalog.text.replace('"ndcIllustrative": true', '"ndcIllustrative": false');
    expect(judge({ ...SHIPPED.catalog, text: trimmed }, real, 0)).toEqual({ outcome: 'accepted' });
    const exploding: Analysis = {
      ...ANALYSIS,
      solve: () => {
        throw new Error('solver exploded');
      },
    };
    expect(judge(SHIPPED.catalog, bench(exploding), 0).outcome).toBe('failed');
  });
});
