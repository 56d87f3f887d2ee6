// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StationPanel } from '../../../src/ui/panels/StationPanel';
import { FILL_ACTIONS } from '../state/flow';
import { fillInput, resolveFixture } from './fixtures';
import { renderWithStore } from './render';

describe('the station panel', () => {
  it('names the station in a heading and shows the next step in practice mode', () => {
    renderWithStore(<StationPanel />);
    expect(screen.getByRole('heading', { level: 2, name: 'Drop-off window' })).toBeTruthy();
    expect(screen.getByText(/^Next at /).textContent).toMatch(/name and date of birth/);
  });

  it('names the station to go to, and its key, in the next-step hint', () => {
    renderWithStore(<StationPanel />, { actions: FILL_ACTIONS.slice(0, 2) });
    expect(document.querySelector('.next-hint')?.textContent).toMatch(/^➜ Next at Data entry \(key 2\): /);
  });

  it('hides the next-step hint in assessment mode', () => {
    renderWithStore(<StationPanel />, { mode: 'assessment' });
    expect(screen.queryByText(/^Next at /)).toBeNull();
  });

  it('leaves station navigation to the HUD unless asked', () => {
    renderWithStore(<StationPanel />);
    expect(screen.queryByRole('navigation', { name: 'Stations' })).toBeNull();
  });

  it('walks to a station from its own navigation or a number key when asked to', async () => {
    const { user, store } = renderWithStore(<StationPanel showStationNav />);
    const nav = screen.getByRole('navigation', { name: 'Stations' });
    await user.click(within(nav).getByRole('button', { name: /shelves/i }));
    expect(screen.getByRole('heading', { level: 2, name: 'Shelves' })).toBeTruthy();
    expect(
      within(nav)
        .getByRole('button', { name: /shelves/i })
        .getAttribute('aria-current'),
    ).toBe('location');
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('2');
    expect(store.getState().station).toBe('entry');
    expect(screen.getByRole('heading', { level: 2, name: 'Data entry' })).toBeTruthy();
  });

  it('lets the student choose which prescription to work on when there are several', async () => {
    const input = fillInput();
    input.prescriptions.push({ ...input.prescriptions[0]!, id: 'rx2', drugAsWritten: 'Hydroxyzine 25 mg', product: 'hydroxyzine-25-tab' });
    const { user, store } = renderWithStore(<StationPanel />, { scenario: resolveFixture(input), station: 'label' });
    await user.click(screen.getByRole('radio', { name: /prescription 2: hydroxyzine 25 mg/i }));
    expect(store.getState().selectedRxId).toBe('rx2');
  });

  it('asks before ending the encounter', async () => {
    const { user, log } = renderWithStore(<StationPanel />);
    await user.click(screen.getByRole('button', { name: /end the encounter/i }));
    await user.click(screen.getByRole('button', { name: 'Keep working' }));
    expect(log()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /end the encounter/i }));
    await user.click(screen.getByRole('button', { name: 'Yes, end it' }));
    expect(log().at(-1)?.type).toBe('endEncounter');
  });
});
