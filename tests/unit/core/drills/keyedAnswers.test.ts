/**
 * For many seeds, every question's keyed answer is what the rules compute, worked out here
 * independently by calling the rule functions (or the catalog) directly.
 */
import { describe, expect, it } from 'vitest';
import { buildDrill } from '../../../../src/core/drills/drill';
import { DRILL_TOPICS, type DrillChoice, type DrillCode, type DrillParams, type DrillQuestion } from '../../../../src/core/drills/params';
import { checkControlled } from '../../../../src/core/rules/controlled';
import { daysSupply } from '../../../../src/core/rules/daysSupply';
import { checkDea, deaCheckDigit } from '../../../../src/core/rules/dea';
import { toNdc11 } from '../../../../src/core/rules/ndc';
import { productLabel } from '../../../../src/core/rules/productNames';
import { isSigError, parseSig } from '../../../../src/core/rules/sig';
import { renderDrillChoice, renderSig } from '../../../../src/core/wording';
import { buildScenario, rxOf } from '../rules/buildScenario';
import { MANY_SEEDS, shippedCatalog } from './shippedCatalog';

const catalog = shippedCatalog();
const products = [...catalog.products.values()];
const questions: DrillQuestion[] = MANY_SEEDS.flatMap((seed) => buildDrill({ seed, topics: DRILL_TOPICS }, catalog).questions);

/** The questions of one code, with their params typed. */
function of<C extends DrillCode>(code: C): (DrillQuestion & { code: C; params: DrillParams[C] })[] {
  return questions.filter((q): q is DrillQuestion & { code: C; params: DrillParams[C] } => q.code === code);
}
const numberAnswer = (q: DrillQuestion): number => {
  if (q.answer.kind !== 'number') throw new Error(`${q.code} should take a number`);
  return q.answer.value;
};
const choices = (q: DrillQuestion): { right: DrillChoice; wrong: DrillChoice[] } => {
  if (q.answer.kind !== 'choice') throw new Error(`${q.code} should be multiple choice`);
  const { choices: all, correct } = q.answer;
  expect(all.length).toBeGreaterThanOrEqual(3);
  expect(all.length).toBeLessThanOrEqual(4);
  return { right: all[correct]!, wrong: all.filter((_, i) => i !== correct) };
};
const say = (c: DrillChoice): string => renderDrillChoice(c, 'en');

describe('keyed answers are what the rules compute', () => {
  it('meets every kind of question across the seeds', () => {
    const codes = new Set(questions.map((q) => q.code));
    const forms = new Set(of('supply.days').map((q) => q.params.form));
    expect([...codes].sort()).toHaveLength(14);
    expect([...forms].sort()).toEqual(['drops', 'inhaler', 'insulin', 'liquid', 'solid']);
  });

  it("days' supply: daysSupply's answer, and for tablets ⌊quantity ÷ (dose × doses a day)⌋", () => {
    for (const q of of('supply.days')) {
      const p = q.params;
      const expected = daysSupply({
        quantity: p.quantity,
        unit: p.unit,
        sig: p.sig,
        ...(p.dropsPerMl !== undefined ? { dropsPerMl: p.dropsPerMl } : {}),
        ...(p.inUseDays !== undefined ? { inUseDays: p.inUseDays, packageCount: p.packages ?? 1 } : {}),
      });
      expect(numberAnswer(q), p.sig).toBe(expected);
      if (p.form === 'solid') {
        const sig = parseSig(p.sig);
        if (isSigError(sig)) throw new Error(p.sig);
        expect(numberAnswer(q)).toBe(Math.floor(p.quantity / (sig.dose * sig.timesPerDay!)));
      }
    }
  });

  it('quantity to dispense: lasts exactly the days asked for', () => {
    for (const q of of('supply.quantity')) {
      const p = q.params;
      expect(daysSupply({ quantity: numberAnswer(q), unit: p.unit, sig: p.sig }), p.sig).toBe(p.days);
      expect(daysSupply({ quantity: numberAnswer(q) - 1, unit: p.unit, sig: p.sig }), p.sig).toBeLessThan(p.days);
    }
  });

  it('sig to wording: the right choice is the sig read and rendered, and no wrong choice reads the same', () => {
    for (const q of of('sig.toWords')) {
      const sig = parseSig(q.params.sig);
      if (isSigError(sig)) throw new Error(q.params.sig);
      const { right, wrong } = choices(q);
      expect(say(right)).toBe(renderSig(sig, 'en'));
      for (const w of wrong) expect(say(w)).not.toBe(renderSig(sig, 'en'));
    }
  });

  it('wording to sig: only the right sig reads as the wording asked about', () => {
    for (const q of of('sig.fromWords')) {
      const { right, wrong } = choices(q);
      const wording = renderSig(q.params.directions, 'en');
      const read = (c: DrillChoice) => {
        const sig = parseSig(say(c));
        return isSigError(sig) ? '' : renderSig(sig, 'en');
      };
      expect(read(right)).toBe(wording);
      for (const w of wrong) expect(read(w)).not.toBe(wording);
    }
  });

  it('DEA check digit: deaCheckDigit, and only that digit passes checkDea', () => {
    for (const q of of('dea.checkDigit')) {
      const { letters, digits } = q.params;
      expect(numberAnswer(q)).toBe(deaCheckDigit(digits));
      for (let d = 0; d <= 9; d++) expect(checkDea(`${letters}${digits}${d}`).problems.includes('checksum')).toBe(d !== numberAnswer(q));
    }
  });

  it("DEA verdict: checkDea's first problem, or valid", () => {
    const seen = new Set<string>();
    for (const q of of('dea.verdict')) {
      const check = checkDea(q.params.dea, q.params.lastName);
      const { right } = choices(q);
      expect(right).toEqual({ code: 'verdict', params: { verdict: check.problems[0] ?? 'valid' } });
      seen.add(check.problems[0] ?? 'valid');
    }
    expect([...seen].sort()).toEqual(['checksum', 'last-name', 'prefix', 'valid']);
  });

  it('NDC: the right choice is toNdc11 of the printed code, and no other', () => {
    for (const q of of('ndc.to11')) {
      const { right, wrong } = choices(q);
      expect(say(right)).toBe(toNdc11(q.params.ndc));
      for (const w of wrong) {
        expect(say(w)).not.toBe(toNdc11(q.params.ndc));
        expect(say(w)).toMatch(/^\d{5}-\d{4}-\d{2}$/);
      }
    }
  });

  it("schedule: the catalog's schedule for that drug", () => {
    for (const q of of('controlled.schedule')) {
      const { right } = choices(q);
      const product = products.find((p) => p.generic === q.params.generic && p.brand === q.params.brand);
      expect(right).toEqual({ code: 'schedule', params: { schedule: product!.schedule } });
    }
  });

  it('refill limit: the most refills checkControlled lets through at intake', () => {
    const testProduct = { II: 'oxycodone-5-tab', III: 'apap-codeine-300-30-tab', IV: 'alprazolam-05-tab' } as const;
    for (const q of of('controlled.refills')) {
      const refills = (n: number) => {
        const s = buildScenario({ prescriptions: [{ product: testProduct[q.params.schedule], refills: n }] });
        return checkControlled(s, rxOf(s));
      };
      expect(products.find((p) => p.generic === q.params.generic)!.schedule).toBe(q.params.schedule);
      expect(refills(numberAnswer(q))).toEqual([]);
      expect(refills(numberAnswer(q) + 1)).toHaveLength(1);
    }
  });

  it('brand and generic names: the catalog pairs them, and no wrong choice is also right', () => {
    for (const q of of('names.generic')) {
      const { right, wrong } = choices(q);
      const generics = products.filter((p) => p.brand === q.params.brand).map((p) => p.generic);
      expect(generics).toContain(say(right));
      for (const w of wrong) expect(generics).not.toContain(say(w));
    }
    for (const q of of('names.brand')) {
      const { right, wrong } = choices(q);
      const brands = products.filter((p) => p.generic === q.params.generic).map((p) => p.brand);
      expect(brands).toContain(say(right));
      for (const w of wrong) expect(brands).not.toContain(say(w));
    }
  });

  it('look-alikes: the right choice is paired with the product in the catalog, the wrong ones are not', () => {
    const byLabel = (label: string) => products.filter((p) => productLabel(p) === label);
    const paired = (a: string, b: string) =>
      byLabel(a).some((x) => byLabel(b).some((y) => x.lookAlikes.includes(y.id) || y.lookAlikes.includes(x.id)));
    for (const q of of('names.lookAlike')) {
      const { right, wrong } = choices(q);
      expect(paired(q.params.product, say(right))).toBe(true);
      for (const w of wrong) expect(paired(q.params.product, say(w))).toBe(false);
    }
  });

  it('conversions: the fixed factors (1 tsp = 5 mL, 1 tbsp = 15 mL, 1 fl oz = 30 mL, 1 g = 1000 mg = 1 000 000 mcg)', () => {
    const base: Record<string, number> = { tsp: 5, tbsp: 15, floz: 30, mL: 1, g: 1000, mg: 1, mcg: 0.001 };
    for (const q of of('math.convert')) {
      const { amount, from, to } = q.params;
      expect(numberAnswer(q)).toBeCloseTo((amount * base[from]!) / base[to]!, 6);
    }
  });

  it("dose volume: the dose ÷ the catalog liquid's mg per mL", () => {
    for (const q of of('math.doseVolume')) {
      const product = products.find((p) => productLabel(p) === q.params.product)!;
      const [, mg, ml] = /^(\S+) mg\/(\S+) mL$/.exec(product.strength)!;
      expect(numberAnswer(q)).toBeCloseTo(q.params.dose / (Number(mg) / Number(ml)), 6);
    }
  });
});
