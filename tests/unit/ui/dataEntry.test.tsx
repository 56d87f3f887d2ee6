// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { selectSceneModel } from '../../../src/state/selectors';
import { DataEntryPanel } from '../../../src/ui/panels/entry/DataEntryPanel';
import { FILL_ACTIONS } from '../state/flow';
import { renderWithStore } from './render';

const accepted = FILL_ACTIONS.slice(0, 2);

describe('data entry', () => {
  it('shows the patient profile with NKDA when there are no allergies', () => {
    renderWithStore(<DataEntryPanel />, { actions: accepted });
    const profile = screen.getByRole('region', { name: /patient profile: lopez, maria/i });
    expect(within(profile).getByText(/NKDA/)).toBeTruthy();
    expect(within(profile).getByRole('table')).toBeTruthy();
    expect(within(profile).getByText(/lisinopril 10 mg tablet/i)).toBeTruthy();
  });

  it('shows the patient-friendly directions as the sig is typed', async () => {
    const { user } = renderWithStore(<DataEntryPanel />, { actions: accepted });
    await user.type(screen.getByLabelText(/sig/i), '1 tab po bid');
    expect(screen.getByText(/take 1 tablet by mouth twice (a day|daily)/i)).toBeTruthy();
  });

  it('puts what is typed on the 3D monitor as it is typed, and clears it when the form closes', async () => {
    const { user, store, unmount } = renderWithStore(<DataEntryPanel />, { actions: accepted });
    await user.type(screen.getByLabelText(/sig/i), '1 tab po bid');
    await user.type(screen.getByLabelText(/^quantity/i), '60');
    expect(selectSceneModel(store.getState()).bench.monitor).toEqual(['Drug: ', 'Sig: 1 tab po bid', 'Qty: 60']);
    unmount();
    expect(store.getState().typing).toBeNull();
  });

  it('says politely when a sig cannot be read yet', async () => {
    const { user } = renderWithStore(<DataEntryPanel />, { actions: accepted });
    await user.type(screen.getByLabelText(/sig/i), 'zzz');
    expect(screen.getByText(/not readable yet/i)).toBeTruthy();
  });

  it('finds a drug by its NDC', async () => {
    const { user } = renderWithStore(<DataEntryPanel />, { actions: accepted });
    await user.type(screen.getByRole('combobox', { name: /drug/i }), '68180-0513');
    const options = within(screen.getByRole('listbox', { name: /matching drugs/i })).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]?.textContent).toMatch(/Lisinopril 10 mg tablet · NDC 68180-0513-01/);
  });

  it('submits the right entry with the keyboard alone', async () => {
    const { user, log } = renderWithStore(<DataEntryPanel />, { actions: accepted });
    screen.getByRole('combobox', { name: /drug/i }).focus();
    await user.keyboard('lisinopril');
    // Two strengths match and 10 mg is listed first: down and back up proves the arrows move the highlight.
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(screen.getByText(/selected: lisinopril 10 mg tablet/i)).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText(/sig/i));
    await user.keyboard('1 tab po qam');
    await user.tab();
    await user.keyboard('30');
    await user.tab();
    await user.keyboard('30');
    await user.tab();
    await user.keyboard('2{Enter}');
    expect(log().at(-1)).toMatchObject({
      type: 'enterPrescription',
      rx: 'rx1',
      entry: { productId: 'lisinopril-10-tab', sig: '1 tab po qam', quantity: 30, daysSupply: 30, refills: 2, daw: 0 },
    });
    expect(screen.getByText(/data entry submitted/i)).toBeTruthy();
  });

  it('points at what is missing instead of submitting a half-filled form', async () => {
    const { user, log } = renderWithStore(<DataEntryPanel />, { actions: accepted });
    await user.click(screen.getByRole('button', { name: /submit data entry/i }));
    expect(screen.getByText(/choose a drug from the search list/i)).toBeTruthy();
    expect(screen.getByText(/enter the quantity/i)).toBeTruthy();
    expect(log().at(-1)?.type).toBe('acceptPrescription');
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /drug/i }));
  });
});
