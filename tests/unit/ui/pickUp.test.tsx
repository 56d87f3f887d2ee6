// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PickUpPanel } from '../../../src/ui/panels/pickup/PickUpPanel';
import { FILL_ACTIONS } from '../state/flow';
import { fillInput, resolveFixture } from './fixtures';
import { renderWithStore } from './render';

const bagged = FILL_ACTIONS.slice(0, 8);

/** The patient's ibuprofen question with whatever the panel shows under it. */
const ibuprofenLine = () =>
  [...document.querySelectorAll('li.speech')].find((li) =>
    /can i take ibuprofen/i.test(li.querySelector('.speech-bubble')?.textContent ?? ''),
  )!;

describe('the pick-up window', () => {
  it('has the person at the window give their name and date of birth beside the profile', () => {
    renderWithStore(<PickUpPanel />, { actions: bagged });
    expect(screen.getByText(/my name is Maria Lopez, date of birth 04\/12\/1961/i)).toBeTruthy();
    expect(within(screen.getByRole('table')).getByRole('rowheader', { name: 'Person at the window says' })).toBeTruthy();
  });

  it('shows someone else at the window when the scenario sends a presenter', () => {
    const input = fillInput();
    input.presenter = { name: 'Mario Lopez', dateOfBirth: '1990-01-02' };
    renderWithStore(<PickUpPanel />, { scenario: resolveFixture(input), actions: bagged });
    expect(screen.getByText(/my name is Mario Lopez, date of birth 01\/02\/1990/i)).toBeTruthy();
  });

  it('offers several replies to every question, some in scope and some not, and records the words chosen', async () => {
    const { user, log } = renderWithStore(<PickUpPanel />, { actions: bagged });
    const copay = screen.getByRole('group', { name: /how much do i owe/i });
    expect(within(copay).getByRole('button', { name: '“Your copay is $5.”' })).toBeTruthy();
    const clinical = screen.getByRole('group', { name: /ibuprofen/i });
    const replies = within(clinical)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(replies).toEqual(expect.arrayContaining(["“I'll get the pharmacist for you.”", '“Yes, that should be fine.”']));
    expect(replies.length).toBeGreaterThan(2);
    await user.click(within(clinical).getByRole('button', { name: "“I'll get the pharmacist for you.”" }));
    expect(log().at(-1)).toMatchObject({
      type: 'respondToQuestion',
      question: 'ibuprofen',
      response: 'refer',
      said: "I'll get the pharmacist for you.",
    });
    expect(screen.getByText(/you said:/i).parentElement?.textContent).toBe("You said: “I'll get the pharmacist for you.”");
  });

  it('shows, in the panel, what the student said to a clinical question and why it was out of scope: never a tick', async () => {
    const { user } = renderWithStore(<PickUpPanel />, { actions: bagged });
    const clinical = screen.getByRole('group', { name: /ibuprofen/i });
    await user.click(within(clinical).getByRole('button', { name: '“Yes, that should be fine.”' }));
    const speech = ibuprofenLine();
    expect(speech.textContent).toContain('You said: “Yes, that should be fine.”');
    expect(speech.textContent).toMatch(/Out of scope: /);
    expect(speech.querySelector('.reply-verdict.outcome-critical .reply-verdict-why')?.textContent?.length).toBeGreaterThan(20);
    expect(speech.textContent).not.toMatch(/✔|You answered this/);
  });

  it('keeps the judgement for the report in assessment mode, but still shows what was said', async () => {
    const { user } = renderWithStore(<PickUpPanel />, { actions: bagged, mode: 'assessment' });
    await user.click(
      within(screen.getByRole('group', { name: /ibuprofen/i })).getByRole('button', { name: '“Yes, that should be fine.”' }),
    );
    const speech = ibuprofenLine();
    expect(speech.textContent).toContain('You said: “Yes, that should be fine.”');
    expect(speech.textContent).not.toMatch(/Out of scope/);
  });

  it("offers the scenario author's own replies when the line has them", () => {
    const input = fillInput();
    input.dialogue!.pickUp![1] = {
      ...input.dialogue!.pickUp![1]!,
      replies: [
        { text: 'Ask her, she knows.', refers: true },
        { text: 'Sure, go ahead.', refers: false },
      ],
    };
    renderWithStore(<PickUpPanel />, { scenario: resolveFixture(input), actions: bagged });
    const clinical = screen.getByRole('group', { name: /ibuprofen/i });
    expect(
      within(clinical)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['“Ask her, she knows.”', '“Sure, go ahead.”']);
  });

  it('confirms identity, offers counseling and hands out the bag', async () => {
    const { user, log } = renderWithStore(<PickUpPanel />, { actions: bagged });
    await user.click(screen.getByRole('button', { name: 'Confirm identity' }));
    await user.click(screen.getByRole('button', { name: 'Offer counseling' }));
    expect(screen.getByText(/you offered counseling/i)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hand out the bag' }));
    expect(
      log()
        .map((a) => a.type)
        .slice(-3),
    ).toEqual(['confirmIdentity', 'offerCounseling', 'handOut']);
  });
});
