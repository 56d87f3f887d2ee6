// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PickUpPanel } from '../../../src/ui/panels/PickUpPanel';
import { FILL_ACTIONS } from '../state/flow';
import { fillInput, resolveFixture } from './fixtures';
import { renderWithStore } from './render';

const bagged = FILL_ACTIONS.slice(0, 8);

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

  it('offers an answer or a referral for every question, without giving the answer away', async () => {
    const { user, log } = renderWithStore(<PickUpPanel />, { actions: bagged });
    const copay = screen.getByRole('group', { name: /how much do i owe/i });
    expect(within(copay).getByRole('button', { name: 'Answer: Your copay is $5.' })).toBeTruthy();
    const clinical = screen.getByRole('group', { name: /ibuprofen/i });
    expect(within(clinical).getByRole('button', { name: 'Answer it yourself' })).toBeTruthy();
    await user.click(within(clinical).getByRole('button', { name: 'Ask the pharmacist' }));
    expect(log().at(-1)).toMatchObject({ type: 'respondToQuestion', question: 'ibuprofen', response: 'refer' });
    expect(screen.getByText(/you asked the pharmacist to answer this/i)).toBeTruthy();
  });

  it('confirms identity, offers counseling and hands out the bag', async () => {
    const { user, log } = renderWithStore(<PickUpPanel />, { actions: bagged });
    await user.click(screen.getByRole('button', { name: 'Confirm identity' }));
    await user.click(screen.getByRole('button', { name: 'Offer counseling' }));
    expect(screen.getByText(/you offered counseling/i)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hand out the bag' }));
    expect(log().map((a) => a.type).slice(-3)).toEqual(['confirmIdentity', 'offerCounseling', 'handOut']);
  });
});
