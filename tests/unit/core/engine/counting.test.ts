import { describe, expect, it } from 'vitest';
import { act, only, run, scenario, said } from './fixtures';

const s = scenario();
const scanned = [act.identity(), act.accept(), act.enter(), act.select(), act.scan()];

describe('counting', () => {
  it('says to count after the product is scanned', () => {
    const { state, last } = run(s, [act.identity(), act.accept(), act.enter(), act.select(), act.count()]);
    expect(said(only(last, 'order.scanFirst'))).toMatch(/^Count after you have scanned the product\./);
    expect(state.rx['rx1']!.counted).toBeNull();
  });

  it('credits the prescribed quantity and names the difference otherwise', () => {
    const right = run(s, [...scanned, act.count(30)]);
    expect(only(right.last, 'count.correct')).toMatchObject({ points: 5, maxPoints: 5, skill: 'accuracy' });
    expect(right.state.rx['rx1']).toMatchObject({ counted: 30, status: 'label' });
    const wrong = run(s, [...scanned, act.count(28)]);
    expect(said(only(wrong.last, 'count.wrong'))).toBe('You counted 28; the prescription is for 30 tablets.');
  });

  it('allows a recount before verification without scoring it again, and asks for a new label', () => {
    const { state, last } = run(s, [...scanned, act.count(28), act.label(), act.count(30)]);
    expect(only(last, 'count.correct')).toMatchObject({ points: 0, maxPoints: 0 });
    expect(state.rx['rx1']).toMatchObject({ counted: 30, status: 'label', auxiliaryLabels: null });
  });
});
