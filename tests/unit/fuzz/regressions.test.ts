import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/core/check/checkScenario';
import { formatProblem } from '../../../src/core/scenario/problems';
import { SLOW_SECONDS } from '../../../tools/fuzzRun';
import { judge } from '../../../tools/fuzzVerdict';
import { bench, SHIPPED, shippedEncounter } from './bench';

// Mutants the fuzzer found that broke a property, cut down to the one edit that mattered.
const real = bench();

/** A shipped encounter with one edit to its parsed value, re-serialised as the fuzzer does. */
function edited(name: string, change: (e: Record<string, any>) => void) {
  const original = shippedEncounter(name);
  const value = JSON.parse(original.text) as Record<string, any>;
  change(value);
  return { ...original, text: JSON.stringify(value, null, 2) };
}

describe('mutants the fuzzer found', () => {
  it('a huge days\' supply in the fill history is refused at its place, not a crash of the refill rule ("Invalid time value")', () => {
    for (const [name, daysSupply] of [
      ['catch-early-refill-vacation.json', 1e9],
      ['fill-allergy-season-two-rx.json', 1e15],
    ] as const) {
      const mutant = edited(name, (e) => {
        for (const f of e.patient.fillHistory) f.daysSupply = daysSupply;
      });
      expect(judge(mutant, real)).toEqual({ outcome: 'rejected' });
      const checked = checkScenario(mutant.text, mutant.file, real.catalog);
      expect(checked.errors.length).toBeGreaterThan(0);
      for (const p of checked.errors) {
        expect(formatProblem(p)).toMatch(
          /^scenarios\/encounters\/[a-z-]+\.json:\d+:\d+ patient\.fillHistory\[\d+\]\.daysSupply: a days' supply of .* is more than any pharmacy system can record/,
        );
      }
    }
  });

  it('a shift that lists a catalog, another shift or a file that is not an encounter is refused, not passed', () => {
    for (const file of ['../catalog/products.json', 'busy-afternoon.json', '../scenario.schema.json', '../../package.json']) {
      const shift = SHIPPED.shifts[0]!;
      const value = JSON.parse(shift.text) as { encounters: { file: string }[] };
      value.encounters[1]!.file = file;
      expect(judge({ ...shift, text: JSON.stringify(value, null, 2) }, real), file).toEqual({ outcome: 'rejected' });
    }
  });

  it('a 400,000-character product id is refused in well under a second of CPU, not after twenty (the "did you mean" search)', () => {
    const mutant = edited('fill-lisinopril-refill-day.json', (e) => {
      e.shelf[0] = 'x'.repeat(400_000);
    });
    const before = process.cpuUsage();
    expect(judge(mutant, real)).toEqual({ outcome: 'rejected' });
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1e6).toBeLessThan(SLOW_SECONDS);
  });

  it('-0 refills load as 0, so the expert log saved as JSON replays to the same state', () => {
    const original = shippedEncounter('fill-lisinopril-refill-day.json');
    const mutant = { ...original, text: original.text.replace('"refills": 3', '"refills": -0') };
    expect(mutant.text).toContain('"refills": -0');
    expect(judge(mutant, real)).toEqual({ outcome: 'accepted' });
  });
});
