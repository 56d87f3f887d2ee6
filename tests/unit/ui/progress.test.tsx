// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../src/core';
import { localStamp } from '../../../src/platform/progress/localStamp';
import { pageProgress } from '../../../src/platform/progress/pageProgress';
import { listLibrary } from '../../../src/platform/scenarioLibrary';
import { openStudentStorage, setCurrentStudentStorage } from '../../../src/platform/studentStorage';
import { ProgressPanel } from '../../../src/ui/progress/ProgressPanel';
import { ReportGains } from '../../../src/ui/progress/ReportGains';
import { encounter, mark } from '../core/progress/outcomes';
import { resolveFixture } from './fixtures';
import { renderWithStore } from './render';

afterEach(() => {
  localStorage.clear();
  setCurrentStudentStorage(openStudentStorage('browser'));
});

const SCENARIO = resolveFixture();
const today = () => localStamp(Date.now());

describe('the report’s points and badges', () => {
  it('say what this encounter earned, in a polite live region, with the pop only when motion is allowed', () => {
    setCurrentStudentStorage(openStudentStorage('browser'));
    const { store } = renderWithStore(<ReportGains scenario={SCENARIO} />);
    const region = screen.getByTestId('report-gains');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    act(() => void pageProgress().count(encounter({ scenarioId: SCENARIO.id, score: 100, mode: 'assessment', at: today() })));
    expect(region.textContent).toContain('+125 points');
    expect(within(region).getByText(/New badge: Flawless assessment/)).toBeTruthy();
    expect(region.querySelector('.gain-badges')?.classList.contains('celebrate')).toBe(true);
    act(() => void store.getState().updateSettings({ reducedMotion: true }));
    expect(region.querySelector('.gain-badges')?.classList.contains('celebrate')).toBe(false);
  });

  it('ignore what another encounter earned', () => {
    setCurrentStudentStorage(openStudentStorage('browser'));
    renderWithStore(<ReportGains scenario={SCENARIO} />);
    act(() => void pageProgress().count(encounter({ scenarioId: 'someone-else', at: today() })));
    expect(screen.getByTestId('report-gains').textContent).toBe('');
  });
});

describe('the menu’s progress panel', () => {
  it('lists badges earned and still to earn with how, and how far along the counting ones are', () => {
    setCurrentStudentStorage(openStudentStorage('browser'));
    const caught = mark('catch.ALLERGY', 'good', 'entry', 'ALLERGY');
    pageProgress().count(encounter({ results: [caught, ...encounter().results], at: today() }));
    renderWithStore(<ProgressPanel entries={listLibrary()} />);
    const panel = screen.getByRole('region', { name: 'Your progress' });
    expect(within(panel).getByTestId('progress-points').textContent).toBe('125 points');
    expect(panel.textContent).toContain('Practice streak: 1 day in a row.');
    const earned = [...panel.querySelectorAll('.badge.earned .badge-name')].map((e) => e.textContent);
    expect(earned).toEqual(['First patient']);
    const toEarn = panel.querySelector('.progress-to-earn')!;
    expect(toEarn.textContent).toContain('Seen it all');
    expect(toEarn.textContent).toContain(`1 of ${FINDING_CODES.length} so far`);
    expect(toEarn.textContent).toContain('Fill ten encounters in a row');
  });
});
