// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDrill, CHOICE_KEYS, DRILL_TOPICS, type DrillQuestion } from '../../../src/core';
import { shippedCatalog } from '../../../src/platform/scenarioLibrary';
import { DrillMenu } from '../../../src/ui/drills/DrillMenu';
import { DrillScreen } from '../../../src/ui/drills/DrillScreen';

afterEach(cleanup);

const setup = { seed: 'UNIT-1', topics: DRILL_TOPICS };
const drill = buildDrill(setup, shippedCatalog());
const rightKeys = (q: DrillQuestion): string => (q.answer.kind === 'number' ? `${q.answer.value}{Enter}` : CHOICE_KEYS[q.answer.correct]!);
const wrongKeys = (q: DrillQuestion): string =>
  q.answer.kind === 'number' ? `${q.answer.value + 1}{Enter}` : CHOICE_KEYS[(q.answer.correct + 1) % q.answer.choices.length]!;

describe('the drill screen', () => {
  it('hands the outcome on once, when the last explanation is closed, in the shape progress expects', async () => {
    const user = userEvent.setup();
    const onDrillFinished = vi.fn();
    render(<DrillScreen setup={setup} onDrillFinished={onDrillFinished} onMenu={vi.fn()} onAgain={vi.fn()} />);
    for (const [i, q] of drill.questions.entries()) {
      await user.keyboard(i === 0 ? wrongKeys(q) : rightKeys(q));
      expect(screen.getByRole('status').textContent).toMatch(i === 0 ? /^✖ Not quite/ : /^✔ Right/);
      expect(onDrillFinished).not.toHaveBeenCalled();
      await user.keyboard('{Enter}');
    }
    expect(onDrillFinished).toHaveBeenCalledTimes(1);
    const outcome = onDrillFinished.mock.calls[0]![0];
    expect(Object.keys(outcome).sort()).toEqual(['at', 'correct', 'kind', 'seed', 'total']);
    expect(outcome).toMatchObject({ kind: 'drill', seed: 'UNIT-1', total: 10, correct: 9 });
    expect(new Date(outcome.at).toISOString()).toBe(outcome.at);
    expect(screen.getByText('Score: 9/10')).toBeTruthy();
  });

  it('ignores keys that are not an answer, and a second key once answered', async () => {
    const user = userEvent.setup();
    // The first seed whose first question is multiple choice.
    const seed = Array.from({ length: 50 }, (_, i) => `UNIT-${i}`).find(
      (s) => buildDrill({ seed: s, topics: DRILL_TOPICS }, shippedCatalog()).questions[0]!.answer.kind === 'choice',
    )!;
    const first = buildDrill({ seed, topics: DRILL_TOPICS }, shippedCatalog()).questions[0]!;
    render(<DrillScreen setup={{ seed, topics: DRILL_TOPICS }} onDrillFinished={vi.fn()} onMenu={vi.fn()} onAgain={vi.fn()} />);
    await user.keyboard('x9');
    expect(screen.getByRole('status').textContent).toBe('');
    await user.keyboard(rightKeys(first));
    expect(screen.getByRole('status').textContent).toMatch(/^✔ Right/);
    await user.keyboard(CHOICE_KEYS[0]!);
    expect(screen.getByRole('status').textContent).toMatch(/^✔ Right/);
    expect(screen.getByRole('heading', { name: /^Question 1 of 10/ })).toBeTruthy();
  });
});

describe('the drills section of the menu', () => {
  it('starts with a random seed the student can replace, and the topics ticked', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn();
    render(<DrillMenu onStart={onStart} />);
    const seed = screen.getByLabelText('Seed') as HTMLInputElement;
    expect(seed.value).toMatch(/^[A-Z2-9]{6}$/);
    await user.clear(seed);
    await user.type(seed, 'class 7');
    await user.click(screen.getByRole('checkbox', { name: 'Pharmacy math' }));
    await user.click(screen.getByRole('button', { name: 'Begin drill' }));
    expect(onStart).toHaveBeenCalledWith({ seed: 'class 7', topics: DRILL_TOPICS.filter((t) => t !== 'math') });
  });

  it('cannot start with no seed or no topic', async () => {
    const user = userEvent.setup();
    render(<DrillMenu onStart={vi.fn()} />);
    const begin = screen.getByRole('button', { name: 'Begin drill' }) as HTMLButtonElement;
    await user.clear(screen.getByLabelText('Seed'));
    expect(begin.disabled).toBe(true);
  });
});
