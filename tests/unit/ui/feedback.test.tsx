// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { actions } from '../../../src/core/engine/actionCreators';
import { renderFeedback } from '../../../src/core/wording';
import { FeedbackToast } from '../../../src/ui/feedback/FeedbackToast';
import { FILL_ACTIONS } from '../state/flow';
import { MISSED_FORGED_DEA } from './fixtures';
import { renderWithStore } from './render';

/** A data entry with the quantity and refills wrong: the engine answers with mistakes. */
const WRONG_ENTRY = actions.enterPrescription('rx1', {
  productId: 'lisinopril-10-tab',
  sig: '1 tab po qam',
  quantity: 60,
  daysSupply: 30,
  refills: 2,
  daw: 0,
});

const liveRegion = (politeness: 'polite' | 'assertive') => document.querySelector<HTMLElement>(`.feedback [aria-live="${politeness}"]`);

describe('the feedback toast', () => {
  it('lets good news step aside after a few seconds, but keeps what needs fixing', () => {
    vi.useFakeTimers();
    try {
      const { store } = renderWithStore(<FeedbackToast />, { actions: FILL_ACTIONS.slice(0, 2) });
      act(() => void store.getState().dispatch(WRONG_ENTRY));
      const region = () => screen.getByRole('region', { name: 'Feedback' });
      expect(within(region()).queryAllByText('Good').length).toBeGreaterThan(0);
      act(() => void vi.advanceTimersByTime(6500));
      expect(within(region()).queryAllByText('Good')).toEqual([]);
      expect(within(region()).getAllByText('Check this').length).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows each new result with an icon and a word, and announces it politely', () => {
    const { store } = renderWithStore(<FeedbackToast />);
    expect(liveRegion('polite')?.textContent).toBe('');
    act(() => void store.getState().dispatch(FILL_ACTIONS[0]!));
    const item = within(screen.getByRole('region', { name: 'Feedback' })).getAllByRole('listitem')[0]!;
    expect(within(item).getByText('Good')).toBeTruthy();
    expect(item.textContent).toMatch(/✔/);
    // The store keeps the result; the toast renders it through the English catalogue.
    const words = renderFeedback(store.getState().feedback[0]!.result, 'en');
    expect(words.what).toBe("You confirmed Maria Lopez's name and date of birth (04/12/1961) against the profile.");
    expect(within(item).getByText(words.what)).toBeTruthy();
    expect(within(item).getByText(words.why)).toBeTruthy();
    expect(liveRegion('polite')?.textContent).toContain(words.what);
    expect(liveRegion('assertive')?.textContent).toBe('');
  });

  it('says "Check this" for a mistake', () => {
    const { store } = renderWithStore(<FeedbackToast />, { actions: FILL_ACTIONS.slice(0, 2) });
    act(() => void store.getState().dispatch(WRONG_ENTRY));
    expect(screen.getAllByText('Check this').length).toBeGreaterThan(0);
  });

  it('takes back a "Check this" about a wrong bottle once the student puts it back and takes the right one', () => {
    const { store } = renderWithStore(<FeedbackToast />, { actions: FILL_ACTIONS.slice(0, 3) });
    act(() => void store.getState().dispatch(actions.selectProduct('rx1', 'lisinopril-20-tab')));
    const region = () => screen.getByRole('region', { name: 'Feedback' });
    expect(within(region()).getAllByText('Check this').length).toBeGreaterThan(0);
    act(() => void store.getState().dispatch(actions.returnProduct('rx1')));
    expect(within(region()).queryAllByText('Check this')).toEqual([]);
    act(() => void store.getState().dispatch(actions.selectProduct('rx1', 'lisinopril-10-tab')));
    expect(within(region()).queryAllByText('Check this')).toEqual([]);
    // The report still has the slip.
    expect(store.getState().encounter?.results.some((r) => r.outcome === 'mistake' && r.step === 'selection')).toBe(true);
  });

  it('announces a critical message assertively', () => {
    const { store } = renderWithStore(<FeedbackToast />);
    const forged = MISSED_FORGED_DEA;
    act(() => store.setState({ feedback: [{ id: 'c', outcome: 'critical', code: forged.code, result: forged }] }));
    expect(screen.getByText('Critical')).toBeTruthy();
    expect(liveRegion('assertive')?.textContent).toContain(
      'The pharmacist stopped this at verification: DEA number AB1234560 fails the check: its check digit should be 3, but the prescription shows 0.',
    );
    expect(liveRegion('polite')?.textContent).toBe('');
  });

  it('keeps feedback back in assessment mode and says so', () => {
    const { store } = renderWithStore(<FeedbackToast />, { mode: 'assessment' });
    act(() => void store.getState().dispatch(FILL_ACTIONS[0]!));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText(/1 note is kept for your report/i)).toBeTruthy();
  });

  it('lets the student dismiss a message', async () => {
    const { store, user } = renderWithStore(<FeedbackToast />);
    act(() => void store.getState().dispatch(FILL_ACTIONS[0]!));
    await user.click(screen.getByRole('button', { name: /dismiss/i }));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});
