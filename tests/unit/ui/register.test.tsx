// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/ui/i18n';
import { PickUpPanel } from '../../../src/ui/panels/pickup/PickUpPanel';
import { FILL_ACTIONS } from '../state/flow';
import { fillInput, resolveFixture } from './fixtures';
import { renderWithStore } from './render';

const bagged = FILL_ACTIONS.slice(0, 8);

/** The fixture's lisinopril with a $10 copay, a register that shows $25, and another patient's bag pulled with it. */
function registerCase() {
  const input = fillInput();
  input.prescriptions[0]!.copay = 10;
  input.register = { shownTotal: 25, otherBag: { name: 'Mara Lopes', dateOfBirth: '1950-02-02', drug: 'Metformin 500 mg tablet' } };
  return resolveFixture(input);
}

describe('the register at pick-up', () => {
  it('is not there for an encounter without register facts', () => {
    renderWithStore(<PickUpPanel />, { actions: bagged });
    expect(screen.queryByRole('heading', { name: 'Register' })).toBeNull();
  });

  it("lists the bags with their copays beside the register's total, including the other patient's bag", () => {
    renderWithStore(<PickUpPanel />, { scenario: registerCase(), actions: bagged });
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items.some((t) => t.includes('Maria Lopez') && t.includes('copay $10.00'))).toBe(true);
    expect(items.some((t) => t.includes('Mara Lopes — Metformin 500 mg tablet (born 02/02/1950)'))).toBe(true);
    expect(screen.getByText('Register total: $25.00')).toBeTruthy();
  });

  it('collects the typed amount, puts back the named bag, gets the ID and the signature, as actions', async () => {
    const { user, log } = renderWithStore(<PickUpPanel />, { scenario: registerCase(), actions: bagged });
    const other = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('Mara Lopes'))!;
    await user.click(within(other).getByRole('button', { name: 'Put back in will-call' }));
    expect(log().at(-1)).toMatchObject({ type: 'setAsideBag', bag: 'other' });
    expect(other.textContent).toContain('(Put back in will-call)');

    await user.click(screen.getByRole('button', { name: 'Collect payment' }));
    expect(screen.getByText('Type the amount in dollars, for example 12.50.')).toBeTruthy();
    await user.type(screen.getByLabelText('Amount to collect ($)'), '$10.00');
    await user.click(screen.getByRole('button', { name: 'Collect payment' }));
    expect(log().at(-1)).toMatchObject({ type: 'collectPayment', amount: 10 });
    expect(screen.getByText('Collected $10.00.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Check and record photo ID' }));
    await user.click(screen.getByRole('button', { name: 'Get the signature (counseling offer and pick-up log)' }));
    expect(
      log()
        .slice(-2)
        .map((a) => a.type),
    ).toEqual(['checkPhotoId', 'signPickupLog']);
  });

  describe('in Spanish', () => {
    afterEach(() => void i18n.changeLanguage('en'));

    it('shows the register, the total and the buttons in Spanish, with dollars as es-US writes them', async () => {
      await i18n.changeLanguage('es');
      const { user } = renderWithStore(<PickUpPanel />, { scenario: registerCase(), actions: bagged });
      expect(screen.getByRole('heading', { name: 'Caja registradora' })).toBeTruthy();
      expect(screen.getByText('Total en la caja: $25.00')).toBeTruthy();
      const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
      expect(items.some((t) => t.includes('copago $10.00'))).toBe(true);
      await user.click(screen.getByRole('button', { name: 'Cobrar el pago' }));
      expect(screen.getByText('Escriba el monto en dólares, por ejemplo 12.50.')).toBeTruthy();
    });
  });
});
