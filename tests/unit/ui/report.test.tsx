// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../src/core/scoring/report';
import { AppStoreProvider } from '../../../src/state/StoreContext';
import { ReportScreen } from '../../../src/ui/report/ReportScreen';
import { makeStore } from '../state/harness';
import { FILL_ACTIONS } from '../state/flow';
import { resolveFixture } from './fixtures';
import './render';

const FAILED: Report = {
  score: 42,
  passed: false,
  passThreshold: 80,
  skills: { accuracy: 90, safety: 0, scope: 100, communication: 75, efficiency: null },
  aced: [{ code: 'identity.dropoff', step: 'intake', what: 'You checked two identifiers at drop-off.', why: 'It stops wrong-patient errors.', how: 'Keep doing it.' }],
  improve: [{ code: 'entry.sig.wrong', step: 'entry', what: 'Your directions said twice daily.', why: 'The label is what the patient follows.', how: 'Read qam as every morning.', teachingNote: 'Sig drills are in chapter 4.' }],
  critical: [{ code: 'catch.missed', step: 'intake', finding: 'DEA_INVALID', what: 'You filled a prescription with an invalid DEA number.', why: 'It may be forged.', how: 'Run the checksum on every controlled prescription.' }],
};

function renderReport(report: Report) {
  const onTryAgain = vi.fn();
  const onNextPatient = vi.fn();
  const { store } = makeStore();
  render(
    <AppStoreProvider store={store}>
      <ReportScreen report={report} onTryAgain={onTryAgain} onNextPatient={onNextPatient} />
    </AppStoreProvider>,
  );
  return { onTryAgain, onNextPatient };
}

describe('the report screen', () => {
  it('shows a step\'s teaching note once, not under every field of that step', () => {
    const note = 'Sig drills are in chapter 4.';
    const second = { code: 'entry.quantity.wrong', step: 'entry' as const, what: 'You entered 60.', why: 'Billing.', how: 'Match the prescription.', teachingNote: note };
    renderReport({ ...FAILED, improve: [...FAILED.improve, second] });
    const improve = screen.getByRole('region', { name: /what to improve/i });
    expect(improve.textContent?.split(note).length).toBe(2);
  });

  it('shows the score out of 100 and FAIL in words', () => {
    renderReport(FAILED);
    expect(screen.getByText('42').parentElement?.textContent).toBe('42 out of 100');
    expect(screen.getByText(/FAIL/).textContent).toMatch(/FAIL \(pass mark 80\)/);
  });

  it('gives every skill its number as text', () => {
    renderReport(FAILED);
    const skills = screen.getByRole('list', { name: 'Score by skill' });
    expect(skills.textContent).toMatch(/Accuracy90 \/ 100/);
    expect(skills.textContent).toMatch(/Safety0 \/ 100/);
    expect(skills.textContent).toMatch(/Efficiencynot judged/);
  });

  it('states critical errors plainly, and explains what to improve', () => {
    renderReport(FAILED);
    const critical = screen.getByRole('region', { name: /critical errors/i });
    expect(within(critical).getByText('You filled a prescription with an invalid DEA number.')).toBeTruthy();
    const improve = screen.getByRole('region', { name: /what to improve/i });
    expect(improve.textContent).toMatch(/Why it matters: The label is what the patient follows\./);
    expect(improve.textContent).toMatch(/Next time: Read qam as every morning\./);
    expect(improve.textContent).toMatch(/Teaching note: Sig drills are in chapter 4\./);
    expect(within(screen.getByRole('region', { name: /what you aced/i })).getByText(/two identifiers/)).toBeTruthy();
  });

  it('calls back for "Try again" and "Next patient", and takes focus on arrival', async () => {
    const user = userEvent.setup();
    const { onTryAgain, onNextPatient } = renderReport({ ...FAILED, passed: true, score: 91, critical: [] });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Encounter report' }));
    expect(screen.getByText(/PASS/)).toBeTruthy();
    expect(screen.getByText('No critical errors.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: 'Next patient' }));
    expect(onTryAgain).toHaveBeenCalledOnce();
    expect(onNextPatient).toHaveBeenCalledOnce();
  });

  it('reads the report from the store once the encounter is complete', () => {
    const { store } = makeStore();
    store.getState().startEncounter(resolveFixture(), 'practice');
    FILL_ACTIONS.forEach((a) => store.getState().dispatch(a));
    render(
      <AppStoreProvider store={store}>
        <ReportScreen onTryAgain={() => {}} onNextPatient={() => {}} />
      </AppStoreProvider>,
    );
    expect(screen.getByText(/PASS/)).toBeTruthy();
    expect(screen.getByRole('region', { name: /what you aced/i })).toBeTruthy();
  });
});
