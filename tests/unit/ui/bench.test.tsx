// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actions } from '../../../src/core/engine/actionCreators';
import { CountingPanel } from '../../../src/ui/panels/counting/CountingPanel';
import { LabelPanel } from '../../../src/ui/panels/label/LabelPanel';
import { ShelvesPanel } from '../../../src/ui/panels/shelves/ShelvesPanel';
import { VerificationPanel } from '../../../src/ui/panels/verify/VerificationPanel';
import type { ActionInput } from '../../../src/state/types';
import { FILL_ACTIONS } from '../state/flow';
import { fillInput, resolveFixture } from './fixtures';
import { renderWithStore } from './render';

const upTo = (n: number) => FILL_ACTIONS.slice(0, n);

/** Accepted and entered as `productId`, then that product taken from the shelf. */
const inHand = (productId: string, quantity: number, sig: string): ActionInput[] => [
  ...upTo(2),
  actions.enterPrescription('rx1', { productId, sig, quantity, daysSupply: 10, refills: 0, daw: 0 }),
  actions.selectProduct('rx1', productId),
];

describe('the shelves', () => {
  it('lists the bottles in shelf order with tall-man names, strengths and NDCs', () => {
    renderWithStore(<ShelvesPanel />, { actions: upTo(3) });
    const items = within(screen.getByRole('region', { name: 'Shelf' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/Lisinopril 20 mg.*NDC 68180-0514-01/),
      expect.stringMatching(/Lisinopril 10 mg.*NDC 68180-0513-01/),
      expect.stringMatching(/hydrOXYzine hcl 25 mg/),
      expect.stringMatching(/hydrALAZINE hcl 25 mg/),
      expect.stringMatching(/Albuterol sulfate/),
      expect.stringMatching(/Amoxicillin/),
    ]);
  });

  it('takes a bottle, scans it and says whether it matches', async () => {
    const { user, log } = renderWithStore(<ShelvesPanel />, { actions: upTo(3) });
    await user.click(screen.getByRole('button', { name: 'Take Lisinopril 10 mg, NDC 68180-0513-01' }));
    expect(log().at(-1)).toMatchObject({ type: 'selectProduct', productId: 'lisinopril-10-tab' });
    await user.click(screen.getByRole('button', { name: 'Scan at the bench' }));
    expect(screen.getByText('Good:')).toBeTruthy();
    expect(screen.getByText(/matches the product entered/i)).toBeTruthy();
  });

  it('puts a bottle back', async () => {
    const { user, log } = renderWithStore(<ShelvesPanel />, { actions: upTo(4) });
    await user.click(screen.getByRole('button', { name: 'Return to shelf' }));
    expect(log().at(-1)).toMatchObject({ type: 'returnProduct', rx: 'rx1' });
    expect(screen.getByText(/nothing yet/i)).toBeTruthy();
  });
});

describe('the counting bench', () => {
  it('counts by fives with buttons and keys, shows the count large, and places it in the vial', async () => {
    const { user, log } = renderWithStore(<CountingPanel />, { actions: upTo(5) });
    for (let i = 0; i < 5; i++) await user.click(screen.getByRole('button', { name: '+5' }));
    await user.keyboard('+{ArrowUp}{ArrowDown}');
    expect(screen.getByText('30', { exact: false }).textContent).toMatch(/^30 tablets/);
    await user.click(screen.getByRole('button', { name: 'Place in vial' }));
    expect(log().at(-1)).toMatchObject({ type: 'countProduct', rx: 'rx1', quantity: 30 });
    expect(screen.getByText(/placed: 30 tablets/i)).toBeTruthy();
  });

  it('counts with the keys wherever focus is at the bench, except in a text box, and says so', async () => {
    const { user, store } = renderWithStore(<CountingPanel />, { actions: upTo(5) });
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('++{ArrowUp}');
    expect(store.getState().tray).toBe(11);
    expect(screen.getByText(/keys, anywhere at this bench \(outside a text box\)/i)).toBeTruthy();
    const box = document.body.appendChild(document.createElement('input'));
    box.focus();
    await user.keyboard('+');
    expect(store.getState().tray).toBe(11);
    box.remove();
  });

  it('hands out whole packages for an inhaler and explains the quantity', async () => {
    const input = fillInput();
    input.prescriptions[0] = {
      ...input.prescriptions[0]!,
      product: 'albuterol-hfa',
      drugAsWritten: 'ProAir HFA',
      quantity: 200,
      sig: '2 puffs q4-6h prn',
    };
    const { user, log } = renderWithStore(<CountingPanel />, {
      scenario: resolveFixture(input),
      actions: inHand('albuterol-hfa', 200, '2 puffs q4-6h prn'),
    });
    expect(screen.getByText(/each package holds 200 puffs/i)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '+1' }));
    expect(screen.getByText(/= 200 puffs/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Place in the bag' }));
    expect(log().at(-1)).toMatchObject({ type: 'countProduct', quantity: 200 });
  });

  it('measures a liquid in mL', async () => {
    const input = fillInput();
    input.prescriptions[0] = {
      ...input.prescriptions[0]!,
      product: 'amoxicillin-400-susp',
      drugAsWritten: 'Amoxicillin 400 mg/5 mL',
      quantity: 75,
      sig: '5 mL po bid',
    };
    const { user, log } = renderWithStore(<CountingPanel />, {
      scenario: resolveFixture(input),
      actions: inHand('amoxicillin-400-susp', 75, '5 mL po bid'),
    });
    await user.type(screen.getByLabelText(/measured volume/i), '75{Enter}');
    expect(log().at(-1)).toMatchObject({ type: 'countProduct', quantity: 75 });
  });
});

describe('the label printer', () => {
  it('previews every required element from the entered prescription', () => {
    renderWithStore(<LabelPanel />, { actions: upTo(6) });
    const label = screen.getByRole('figure', { name: 'Label preview' });
    const text = label.textContent ?? '';
    expect(text).toMatch(/TechShift Community Pharmacy/);
    expect(text).toMatch(/\(217\) 555-0142/);
    expect(text).toMatch(/Rx \d{7}/);
    expect(text).toMatch(/Filled 03\/14\/2026/);
    expect(text).toMatch(/MARIA LOPEZ/);
    expect(text).toMatch(/Take 1 tablet by mouth every morning/i);
    expect(text).toMatch(/Lisinopril 10 mg tablet/);
    expect(text).toMatch(/Qty: 30 tablets/);
    expect(text).toMatch(/2 refills remaining/);
    expect(text).toMatch(/Prescriber: Dr\. Alan Baker, MD/);
    // Lisinopril is not controlled: no transfer caution.
    expect(text).not.toMatch(/Federal law prohibits/);
  });

  it('offers the sticker rack and prints with the chosen auxiliary labels', async () => {
    const { user, log } = renderWithStore(<LabelPanel />, { actions: upTo(6) });
    const rack = screen.getByRole('group', { name: 'Auxiliary labels' });
    // Product stickers from the whole scenario are on the rack, not just this drug's.
    expect(within(rack).getByLabelText('Shake well before use')).toBeTruthy();
    await user.click(within(rack).getByLabelText('Take with food'));
    expect(within(screen.getByRole('list', { name: 'Auxiliary labels' })).getByText('Take with food')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Print label' }));
    expect(log().at(-1)).toMatchObject({ type: 'printLabel', rx: 'rx1', auxiliaryLabels: ['Take with food'] });
  });
});

describe('pharmacist verification', () => {
  it('hands over the basket and shows what the pharmacist says', async () => {
    const { user, log } = renderWithStore(<VerificationPanel />, { actions: upTo(7) });
    await user.click(screen.getByRole('button', { name: 'Hand the basket to the pharmacist' }));
    expect(log().at(-1)).toMatchObject({ type: 'submitForVerification', rx: 'rx1' });
    const bubble = screen.getByRole('region', { name: 'Pharmacist says' });
    expect(bubble.textContent).toMatch(/Good:.*verified/i);
  });

  it('keeps the verdict neutral in assessment mode', async () => {
    const { user } = renderWithStore(<VerificationPanel />, { actions: upTo(7), mode: 'assessment' });
    await user.click(screen.getByRole('button', { name: 'Hand the basket to the pharmacist' }));
    const bubble = screen.getByRole('region', { name: 'Pharmacist says' });
    expect(bubble.textContent).toMatch(/bag it for pick-up/);
    expect(bubble.textContent).not.toMatch(/Good/);
  });
});
