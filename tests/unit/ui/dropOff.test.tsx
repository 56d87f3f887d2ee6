// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actions } from '../../../src/core/engine/actionCreators';
import { DropOffPanel } from '../../../src/ui/panels/dropoff/DropOffPanel';
import { fillInput, resolveFixture } from './fixtures';
import { renderWithStore } from './render';

describe('the drop-off window', () => {
  it('shows a written prescription like a prescription pad', () => {
    renderWithStore(<DropOffPanel />);
    const pad = screen.getByRole('article', { name: /written prescription from dr\. alan baker, md/i });
    expect(within(pad).getByText(/DEA: AB1234563/)).toBeTruthy();
    expect(within(pad).getByText(/NPI: 1234567893/)).toBeTruthy();
    expect(within(pad).getByLabelText('Prescription').textContent).toBe('℞');
    expect(within(pad).getByText('Lisinopril 10 mg tab')).toBeTruthy();
    expect(within(pad).getByText('A. Baker')).toBeTruthy();
  });

  it('says plainly when a prescription is unsigned or altered', () => {
    const input = fillInput();
    input.prescriptions[0] = {
      ...input.prescriptions[0]!,
      signed: false,
      alterations: [{ field: 'quantity', description: 'The quantity "30" has been overwritten as "90" in a different ink.' }],
    };
    renderWithStore(<DropOffPanel />, { scenario: resolveFixture(input) });
    expect(screen.getByText(/not signed/i)).toBeTruthy();
    expect(screen.getByText(/looks changed: the quantity "30" has been overwritten as "90"/i)).toBeTruthy();
  });

  it('shows an e-prescription as a structured screen and a phone-in as a transcription note', () => {
    const input = fillInput();
    const rx1 = input.prescriptions[0]!;
    input.prescriptions = [
      { ...rx1, channel: 'electronic' },
      {
        ...rx1,
        id: 'rx2',
        channel: 'phone',
        drugAsWritten: 'Albuterol HFA',
        product: 'albuterol-hfa',
        quantity: 200,
        sig: '2 puffs q4-6h prn',
      },
    ];
    renderWithStore(<DropOffPanel />, { scenario: resolveFixture(input) });
    const erx = screen.getByRole('article', { name: /e-prescription/i });
    expect(within(erx).getByText('Electronically signed', { exact: false })).toBeTruthy();
    expect(screen.getByRole('article', { name: /telephone prescription/i }).textContent).toMatch(/Albuterol HFA — 2 puffs q4-6h prn/);
  });

  it('puts the profile, the prescription and what the patient says side by side, then confirms identity', async () => {
    const { user, log } = renderWithStore(<DropOffPanel />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Pharmacy profile' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Prescription' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Patient says' })).toBeTruthy();
    expect(within(table).getAllByText('04/12/1961')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Confirm identity' }));
    expect(log().at(-1)).toMatchObject({ type: 'confirmIdentity', stage: 'dropoff' });
    expect(screen.getByText(/identity confirmed/i)).toBeTruthy();
  });

  it('accepts a prescription', async () => {
    const { user, log } = renderWithStore(<DropOffPanel />, { actions: [actions.confirmIdentity('dropoff')] });
    await user.click(screen.getByRole('button', { name: /accept prescription 1/i }));
    expect(log().at(-1)).toMatchObject({ type: 'acceptPrescription', rx: 'rx1' });
    expect(screen.getByRole('heading', { name: /prescription 1/i }).textContent).toMatch(/ready for data entry/i);
  });

  it('shows markup in scenario text literally, never as HTML', () => {
    const input = fillInput();
    input.dialogue = { dropOff: [{ id: 'hello', text: '<img src=x onerror="alert(1)"><b>Hi</b>' }] };
    input.prescriptions[0] = { ...input.prescriptions[0]!, drugAsWritten: '<script>alert(2)</script>Lisinopril' };
    const { container } = renderWithStore(<DropOffPanel />, { scenario: resolveFixture(input) });
    expect(screen.getByText(/<img src=x onerror="alert\(1\)"><b>Hi<\/b>/)).toBeTruthy();
    expect(screen.getByText('<script>alert(2)</script>Lisinopril')).toBeTruthy();
    expect(container.querySelector('img, b, script')).toBeNull();
  });

  it('labels a line with its own speaker when someone other than the patient says it', () => {
    const input = fillInput();
    input.dialogue = {
      dropOff: [
        { id: 'mum', text: 'She is four, and this is for her ears.', speaker: 'Dana Lopez (her mother)' },
        { id: 'kid', text: 'It hurts.' },
      ],
    };
    renderWithStore(<DropOffPanel />, { scenario: resolveFixture(input) });
    expect(screen.getByText('Dana Lopez (her mother):').parentElement!.textContent).toMatch(/She is four/);
    expect(screen.getByText('Maria Lopez:').parentElement!.textContent).toMatch(/It hurts/);
  });

  it('shows the date of birth the patient says aloud when the file gives one', () => {
    const input = fillInput();
    input.dropOffIdentity = { dateOfBirth: '1963-02-11' };
    renderWithStore(<DropOffPanel />, { scenario: resolveFixture(input) });
    const said = screen.getByRole('rowheader', { name: 'Patient says' }).parentElement!;
    expect(said.textContent).toMatch(/02\/11\/1963/);
  });
});
