// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actions } from '../../../src/core/engine/actionCreators';
import { productSchema } from '../../../src/core/scenario/catalogSchema';
import type { ResolvedEncounter } from '../../../src/core/scenario/resolve';
import { CountingPanel } from '../../../src/ui/panels/counting/CountingPanel';
import { LabelPanel } from '../../../src/ui/panels/label/LabelPanel';
import { ShelvesPanel } from '../../../src/ui/panels/shelves/ShelvesPanel';
import { FILL_ACTIONS } from '../state/flow';
import { fillInput, resolveFixture } from './fixtures';
import { renderWithStore } from './render';

const upTo = (n: number) => FILL_ACTIONS.slice(0, n);

/** The fixture fill with lots and a count on hand for lisinopril 10 mg, and an empty hydralazine slot. */
function stocked(): ResolvedEncounter {
  return resolveFixture({
    ...fillInput(),
    stock: {
      'lisinopril-10-tab': {
        onHand: 40,
        lots: [
          { lot: 'OLD1', expires: '2026-02-28' },
          { lot: 'NEW2', expires: '2027-01-31' },
        ],
      },
      'hydralazine-25-tab': { onHand: 0 },
    },
  });
}

/** An amoxicillin powder made up here, for a 100 mL bottle; today is 2026-03-14. */
function powder(): ResolvedEncounter {
  const base = resolveFixture({
    ...fillInput(),
    prescriptions: [
      { ...fillInput().prescriptions[0]!, product: 'amoxicillin-400-susp', quantity: 100, sig: '1 tsp po bid x10d', reconstitute: true },
    ],
  });
  const amox = productSchema.parse({
    ...base.products.get('amoxicillin-400-susp'),
    reconstitution: { waterMl: 64, storage: 'refrigerator', beyondUseDays: 14 },
  });
  return { ...base, products: new Map([...base.products, [amox.id, amox]]) };
}
const enterPowder = actions.enterPrescription('rx1', {
  productId: 'amoxicillin-400-susp',
  sig: '1 tsp po bid x10d',
  quantity: 100,
  daysSupply: 10,
  refills: 2,
  daw: 0,
});
const powderScanned = [...upTo(2), enterPowder, actions.selectProduct('rx1', 'amoxicillin-400-susp'), actions.scanProduct('rx1')];

describe('stock on the shelves panel', () => {
  it('shows each lot with its expiry date, what is on hand, and an empty slot with nothing to take', async () => {
    const { user, log } = renderWithStore(<ShelvesPanel />, { scenario: stocked(), actions: upTo(3) });
    const shelf = screen.getByRole('region', { name: 'Shelf' });
    expect(within(shelf).getByText(/On hand: 40 tablet/)).toBeTruthy();
    expect(within(shelf).getByText('Empty slot: none on hand.')).toBeTruthy();
    expect(within(shelf).queryByRole('button', { name: /Take hydrALAZINE/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Take Lisinopril 10 mg, lot NEW2, expires 01/31/2027' }));
    expect(log().at(-1)).toMatchObject({ type: 'selectProduct', productId: 'lisinopril-10-tab', lot: 'NEW2' });
    expect(screen.getByText('Lot NEW2, expires 01/31/2027')).toBeTruthy();
  });

  it('tells the pharmacist about a shortage with the plan the student proposes', async () => {
    const { user, log } = renderWithStore(<ShelvesPanel />, { scenario: stocked(), actions: upTo(3) });
    await user.click(screen.getByRole('button', { name: 'Tell the pharmacist: fill what we have, owe the rest' }));
    expect(log().at(-1)).toMatchObject({ type: 'reportShortage', rx: 'rx1', resolution: 'partialFill' });
  });
});

describe('making up a powder at the counting bench', () => {
  it('shows the water on the bottle label and adds the water measured, in portions', async () => {
    const { user, log } = renderWithStore(<CountingPanel />, { scenario: powder(), actions: powderScanned });
    expect(screen.getByText('Bottle label: add 64 mL of purified water in 2 portions; shake well after each.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add the water and shake' }));
    expect(screen.getByText('Enter the water measured in mL, above zero.')).toBeTruthy();
    await user.type(screen.getByLabelText('Purified water measured (mL)'), '64');
    await user.type(screen.getByLabelText('Portions added, shaking after each'), '2');
    await user.click(screen.getByRole('button', { name: 'Add the water and shake' }));
    expect(log().at(-1)).toMatchObject({ type: 'reconstitute', rx: 'rx1', waterMl: 64, portions: 2 });
    expect(screen.getByText('Made up with water and shaken.')).toBeTruthy();
  });

  it('prints the label with the beyond-use date typed as MM/DD/YYYY, and asks again for one that is not a date', async () => {
    const ready = [...powderScanned, actions.reconstitute('rx1', 64, 2), actions.countProduct('rx1', 100)];
    const { user, log } = renderWithStore(<LabelPanel />, { scenario: powder(), actions: ready });
    const field = screen.getByLabelText('Discard after (beyond-use date, MM/DD/YYYY)');
    await user.type(field, '02/30/2026');
    await user.click(screen.getByRole('button', { name: 'Print label' }));
    expect(screen.getByText(/Write the date as MM\/DD\/YYYY/)).toBeTruthy();
    expect(log().at(-1)?.type).toBe('countProduct');
    await user.clear(field);
    await user.type(field, '03/28/2026');
    await user.click(screen.getByRole('button', { name: 'Print label' }));
    expect(log().at(-1)).toMatchObject({ type: 'printLabel', beyondUseDate: '2026-03-28' });
    expect(screen.getByText(/Discard after 03\/28\/2026\./)).toBeTruthy();
  });

  it('shows no water step or date field for a product that is not made up here', () => {
    renderWithStore(<CountingPanel />, { actions: upTo(5) });
    expect(screen.queryByText(/Bottle label: add/)).toBeNull();
  });
});
