import { describe, expect, it } from 'vitest';
import { isRightAnswer, readChoice, readNumber } from '../../../../src/core/drills/answer';
import { drillOutcome, markAnswer, topicsToReview } from '../../../../src/core/drills/outcome';
import type { DrillQuestion } from '../../../../src/core/drills/params';
import type { Drill } from '../../../../src/core/drills/drill';

const days: DrillQuestion = {
  code: 'controlled.refills',
  topic: 'controlled',
  params: { generic: 'alprazolam', schedule: 'IV', max: 30 },
  answer: { kind: 'number', value: 30, unit: 'day' },
};
const volume: DrillQuestion = { ...days, topic: 'math', answer: { kind: 'number', value: 7.5, unit: 'mL' } };
const choice: DrillQuestion = {
  code: 'controlled.schedule',
  topic: 'controlled',
  params: { generic: 'alprazolam', schedule: 'IV' },
  answer: {
    kind: 'choice',
    correct: 1,
    choices: [
      { code: 'schedule', params: { schedule: 'III' } },
      { code: 'schedule', params: { schedule: 'IV' } },
      { code: 'schedule', params: { schedule: 'V' } },
    ],
  },
};

describe('checking an answer', () => {
  it('accepts a number with or without its unit, in the forms people type', () => {
    for (const typed of ['30', ' 30 ', '30 days', '30days', '30 Days', '30 d', '30.0'])
      expect(isRightAnswer(days, typed), typed).toBe(true);
    for (const typed of ['7.5', '7.50', '7.5 mL', '7.5ml', '7.5 ML']) expect(isRightAnswer(volume, typed), typed).toBe(true);
    expect(readNumber('1,000 units', 'unit')).toBe(1000);
  });

  it('rejects a wrong number, a wrong unit and words', () => {
    for (const typed of ['31', '29', '3', '300', '30 mL', '30 tablets', 'thirty', '', 'days', '-30'])
      expect(isRightAnswer(days, typed), typed).toBe(false);
    expect(isRightAnswer(volume, '7')).toBe(false);
    expect(isRightAnswer(volume, '8')).toBe(false);
  });

  it('takes a choice by its letter or its number, and nothing else', () => {
    for (const typed of ['B', 'b', '2', ' b ']) expect(isRightAnswer(choice, typed), typed).toBe(true);
    for (const typed of ['A', 'C', '1', '3', 'D', '4', '5', 'E', 'IV', '']) expect(isRightAnswer(choice, typed), typed).toBe(false);
    expect(readChoice('d', 3)).toBeUndefined();
    expect(readChoice('d', 4)).toBe(3);
  });
});

describe('the drill outcome', () => {
  const drill: Drill = { seed: 'CLASS-7', topics: ['controlled', 'math'], questions: [days, choice, volume] };
  const marks = [markAnswer(days, '30'), markAnswer(choice, 'A'), markAnswer(volume, '7.5 mL')];

  it('has exactly the shape progress receives, with the time the UI stamped', () => {
    expect(drillOutcome(drill, marks, '2026-12-03T15:00:00.000Z')).toEqual({
      kind: 'drill',
      seed: 'CLASS-7',
      total: 3,
      correct: 2,
      at: '2026-12-03T15:00:00.000Z',
    });
  });

  it('lists only the topics with a wrong answer, each with its missed questions', () => {
    expect(topicsToReview(drill, marks)).toEqual([{ topic: 'controlled', missed: [marks[1]] }]);
    expect(topicsToReview(drill, [markAnswer(days, '30'), markAnswer(choice, 'B'), markAnswer(volume, '7.5')])).toEqual([]);
  });
});
