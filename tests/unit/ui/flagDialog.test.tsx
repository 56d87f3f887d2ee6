// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actions } from '../../../src/core/engine/actionCreators';
import { StationPanel } from '../../../src/ui/panels/StationPanel';
import { renderWithStore } from './render';

describe('the flag-a-problem dialog', () => {
  it('opens with the F key as a modal and keeps focus inside it', async () => {
    const { user } = renderWithStore(<StationPanel />);
    await user.keyboard('f');
    const dialog = screen.getByRole('dialog', { name: /flag a problem/i });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    // Tab all the way round: focus never leaves the dialog.
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const { user } = renderWithStore(<StationPanel />);
    const opener = screen.getByRole('button', { name: /^flag a problem F$/i });
    await user.click(opener);
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('sends the chosen prescription and reason to the pharmacist', async () => {
    const { user, log } = renderWithStore(<StationPanel />);
    await user.click(screen.getByRole('button', { name: /flag a problem with prescription 1/i }));
    const dialog = screen.getByRole('dialog');
    expect((within(dialog).getByLabelText(/what is it about/i) as HTMLSelectElement).value).toBe('rx1');
    await user.selectOptions(within(dialog).getByLabelText(/reason/i), 'DEA number is not valid');
    await user.type(within(dialog).getByLabelText(/note/i), 'Check digit is wrong');
    await user.click(within(dialog).getByRole('button', { name: /flag and send/i }));
    expect(log().at(-1)).toMatchObject({ type: 'flagProblem', rx: 'rx1', code: 'DEA_INVALID', note: 'Check digit is wrong' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('can flag the encounter as a whole, and asks for a reason first', async () => {
    const { user, log } = renderWithStore(<StationPanel />);
    await user.keyboard('F');
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText(/what is it about/i), 'The patient / the encounter');
    await user.click(within(dialog).getByRole('button', { name: /flag and send/i }));
    expect(within(dialog).getByText(/choose the reason first/i)).toBeTruthy();
    expect(log()).toHaveLength(0);
    await user.selectOptions(within(dialog).getByLabelText(/reason/i), 'Wrong patient: names or dates of birth do not match');
    await user.click(within(dialog).getByRole('button', { name: /flag and send/i }));
    const action = log().at(-1);
    expect(action).toMatchObject({ type: 'flagProblem', code: 'PATIENT_MISMATCH' });
    expect(action && 'rx' in action).toBe(false);
  });

  it('ignores F while the student is typing in a field', async () => {
    const { user } = renderWithStore(<StationPanel />, {
      station: 'entry',
      actions: [actions.confirmIdentity('dropoff'), actions.acceptPrescription('rx1')],
    });
    await user.type(screen.getByLabelText(/sig/i), 'f');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
