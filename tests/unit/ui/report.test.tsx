// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src/core/engine/results';
import type { Report } from '../../../src/core/scoring/report';
import { FEEDBACK_LIBRARY } from '../../../src/core/wording/en/feedback';
import { AppStoreProvider } from '../../../src/state/StoreContext';
import { ReportScreen } from '../../../src/ui/report/ReportScreen';
import { makeStore } from '../state/harness';
import { FILL_ACTIONS } from '../state/flow';
import { fillInput, MISSED_FORGED_DEA, resolveFixture } from './fixtures';
import './render';

/** The fixture encounter with a teaching note on data entry. */
const SCENARIO = resolveFixture({ ...fillInput(), intent: { teachingNotes: { entry: 'Sig drills are in chapter 4.' } } });

const judged = { points: 0, maxPoints: 5, actionIndex: 3 } as const;
const IDENTITY: Result = {
  code: 'identity.dropoff',
  params: { patient: { first: 'Maria', last: 'Lopez' }, dateOfBirth: '1961-04-12' },
  step: 'intake',
  skill: 'safety',
  outcome: 'good',
  ...judged,
  points: 5,
};
const QUANTITY: Result = {
  code: 'entry.quantity.wrong',
  params: { entered: 60, quantity: 30, unit: 'tablet' },
  step: 'entry',
  rx: 'rx1',
  skill: 'accuracy',
  outcome: 'mistake',
  ...judged,
};
const REFILLS: Result = {
  code: 'entry.refills.wrong',
  params: { entered: 5, refills: 2 },
  step: 'entry',
  rx: 'rx1',
  skill: 'accuracy',
  outcome: 'mistake',
  ...judged,
};
const FORGED: Result = { ...MISSED_FORGED_DEA, ...judged, points: -10 };

const FAILED: Report = {
  score: 42,
  passed: false,
  passThreshold: 80,
  skills: { accuracy: 90, safety: 0, scope: 100, communication: 75, efficiency: null },
  aced: [IDENTITY],
  improve: [QUANTITY],
  critical: [FORGED],
};

function renderReport(report: Report) {
  const onTryAgain = vi.fn();
  const onNextPatient = vi.fn();
  const { store } = makeStore();
  render(
    <AppStoreProvider store={store}>
      <ReportScreen report={report} scenario={SCENARIO} onTryAgain={onTryAgain} onNextPatient={onNextPatient} />
    </AppStoreProvider>,
  );
  return { onTryAgain, onNextPatient };
}

describe('the report screen', () => {
  it("shows a step's teaching note once, not under every field of that step", () => {
    const note = 'Sig drills are in chapter 4.';
    renderReport({ ...FAILED, improve: [QUANTITY, REFILLS] });
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
    // The report holds results; the screen puts them into the English catalogue's words.
    const critical = screen.getByRole('region', { name: /critical errors/i });
    expect(
      within(critical).getByText(
        'The pharmacist stopped this at verification: DEA number AB1234560 fails the check: its check digit should be 3, but the prescription shows 0.',
      ),
    ).toBeTruthy();
    const improve = screen.getByRole('region', { name: /what to improve/i });
    expect(within(improve).getByText('You entered 60; the prescription is for 30 tablets.')).toBeTruthy();
    expect(improve.textContent).toContain(`Why it matters: ${FEEDBACK_LIBRARY['entry.quantity.wrong'].why}`);
    expect(improve.textContent).toContain(`Next time: ${FEEDBACK_LIBRARY['entry.quantity.wrong'].how}`);
    expect(improve.textContent).toMatch(/Teaching note: Sig drills are in chapter 4\./);
    const aced = screen.getByRole('region', { name: /what you aced/i });
    expect(within(aced).getByText("You confirmed Maria Lopez's name and date of birth (04/12/1961) against the profile.")).toBeTruthy();
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

  it('names the skill bar each listed item counted under', () => {
    renderReport(FAILED);
    const improve = screen.getByRole('region', { name: /what to improve/i });
    expect(improve.textContent).toContain('Counted under: Accuracy');
    const critical = screen.getByRole('region', { name: /critical errors/i });
    expect(critical.textContent).toContain('Counted under: Safety');
  });

  it('never says "Nothing to improve" on a run that failed on a critical error, and says why it failed', () => {
    renderReport({ ...FAILED, score: 86, improve: [] });
    const improve = screen.getByRole('region', { name: /what to improve/i });
    expect(improve.textContent).not.toMatch(/Nothing to improve/);
    expect(improve.textContent).toMatch(/critical errors above are what failed this encounter/);
    expect(screen.getByText('A critical error fails the encounter whatever the score.')).toBeTruthy();
  });
});
