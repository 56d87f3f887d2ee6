// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReportDialog } from '../../../src/ui/report/ReportDialog';
import { FILL_ACTIONS } from '../state/flow';
import { renderWithStore } from './render';

function renderDialog(inShift: boolean) {
  const onTryAgain = vi.fn();
  const onNextPatient = vi.fn();
  const onMenu = vi.fn();
  const view = renderWithStore(
    <ReportDialog onTryAgain={onTryAgain} onNextPatient={inShift ? onNextPatient : undefined} onMenu={onMenu} />,
    {
      actions: FILL_ACTIONS,
    },
  );
  return { ...view, onTryAgain, onNextPatient, onMenu };
}

describe('the report dialog', () => {
  it('is a labelled modal dialog that takes focus on its heading', () => {
    renderDialog(false);
    const dialog = screen.getByRole('dialog', { name: 'Encounter report' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Encounter report' }));
  });

  it('on a single patient offers "Try again" and "Back to the menu", and no "Next patient"', async () => {
    const { user, onMenu, onTryAgain } = renderDialog(false);
    expect(screen.queryByRole('button', { name: 'Next patient' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to the menu' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onMenu).toHaveBeenCalledOnce();
    expect(onTryAgain).toHaveBeenCalledOnce();
  });

  it('in a shift offers "Next patient" too', async () => {
    const { user, onNextPatient } = renderDialog(true);
    await user.click(screen.getByRole('button', { name: 'Next patient' }));
    expect(onNextPatient).toHaveBeenCalledOnce();
  });

  it('keeps Tab inside (round from the last button to the first, Shift+Tab from the heading to the last) and Escape goes to the menu', async () => {
    const { user, onMenu } = renderDialog(true);
    // The buttons the student can reach: not those of the download dialog, which is closed.
    const buttons = screen.getAllByRole('button').filter((b) => !b.closest('dialog:not([open])'));
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(buttons.at(-1));
    expect(document.activeElement?.textContent).toMatch(/Download my results/);
    await user.tab();
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{Escape}');
    expect(onMenu).toHaveBeenCalledOnce();
  });
});
