import { describe, expect, it } from 'vitest';
import { buildDrill, DRILL_LENGTH, normaliseSeed } from '../../../../src/core/drills/drill';
import { DRILL_TOPICS } from '../../../../src/core/drills/params';
import { hashSeed, mulberry32 } from '../../../../src/core/drills/random';
import { MANY_SEEDS, shippedCatalog } from './shippedCatalog';

const catalog = shippedCatalog();
const all = { topics: DRILL_TOPICS };

describe('a seeded drill', () => {
  it('is the same set for the same seed, built twice from fresh catalogs', () => {
    const a = buildDrill({ seed: 'CLASS-7', ...all }, catalog);
    const b = buildDrill({ seed: 'CLASS-7', ...all }, shippedCatalog());
    expect(a.questions).toHaveLength(DRILL_LENGTH);
    expect(b).toEqual(a);
  });

  it('is a different set for another seed', () => {
    const a = buildDrill({ seed: 'CLASS-7', ...all }, catalog);
    const b = buildDrill({ seed: 'CLASS-8', ...all }, catalog);
    expect(b.questions).not.toEqual(a.questions);
  });

  it('reads a seed the way a class would say it: case and extra spaces do not matter', () => {
    expect(normaliseSeed('  class   7 ')).toBe('CLASS 7');
    expect(buildDrill({ seed: ' class  7', ...all }, catalog)).toEqual(buildDrill({ seed: 'CLASS 7', ...all }, catalog));
  });

  it('has ten questions, none repeated, for every seed', () => {
    for (const seed of MANY_SEEDS) {
      const { questions } = buildDrill({ seed, ...all }, catalog);
      expect(questions, seed).toHaveLength(DRILL_LENGTH);
      const keys = questions.map((q) => `${q.code}${JSON.stringify(q.params)}`);
      expect(new Set(keys).size, seed).toBe(DRILL_LENGTH);
    }
  });

  it('asks only about the topics chosen, and about each of them', () => {
    for (const seed of MANY_SEEDS.slice(0, 30)) {
      const drill = buildDrill({ seed, topics: ['math', 'codes'] }, catalog);
      expect(drill.topics).toEqual(['codes', 'math']);
      const topics = new Set(drill.questions.map((q) => q.topic));
      expect([...topics].sort()).toEqual(['codes', 'math']);
    }
  });

  it('treats an empty topic mix as every topic', () => {
    expect(buildDrill({ seed: 'x', topics: [] }, catalog)).toEqual(buildDrill({ seed: 'x', ...all }, catalog));
  });
});

describe('the drills PRNG', () => {
  it('repeats its stream for the same state and differs for another', () => {
    const take = (state: number) => {
      const r = mulberry32(state);
      return Array.from({ length: 5 }, r);
    };
    expect(take(hashSeed('a'))).toEqual(take(hashSeed('a')));
    expect(take(hashSeed('a'))).not.toEqual(take(hashSeed('b')));
    for (const x of take(42)) expect(x >= 0 && x < 1).toBe(true);
  });
});
