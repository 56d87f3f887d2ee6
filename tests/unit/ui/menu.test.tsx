// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { listLibrary } from '../../../src/platform/scenarioLibrary';
import { MainMenu, type PlayMode } from '../../../src/ui/menu/MainMenu';
import { renderWithStore } from './render';

const library = listLibrary();
const menu = (mode: PlayMode = 'practice') =>
  renderWithStore(<MainMenu entries={library} mode={mode} onModeChange={vi.fn()} onStart={vi.fn()} onOpenSettings={vi.fn()} />);
const listText = () => document.querySelector('.menu-list')!.textContent ?? '';

describe('the library in the menu', () => {
  it('never tags an entry fill, catch or hand-off, and never shows an author summary by default', () => {
    menu();
    const tags = [...document.querySelectorAll('.menu-entry-detail')].map((d) => d.textContent);
    expect(tags.length).toBeGreaterThan(40);
    for (const tag of tags) expect(tag).toMatch(/^(introductory|intermediate|advanced|\d+ patients)$/);
    expect(library.filter((e) => e.summary).length).toBeGreaterThan(40);
    for (const entry of library) expect(listText()).not.toContain(entry.summary);
  });

  it('describes each patient neutrally: who comes and with how many prescriptions', () => {
    menu();
    expect(listText()).toMatch(/comes to the counter with one prescription\./);
    expect(listText()).toMatch(/comes to the counter with two prescriptions\./);
  });

  it('groups the library by shift and by topic', () => {
    menu();
    const groups = screen.getAllByRole('group').map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(expect.arrayContaining(['Shifts', 'Single patients: Controlled substances', 'Single patients: Antibiotics']));
    const controlled = screen.getByRole('group', { name: 'Single patients: Controlled substances' });
    expect(within(controlled).getAllByRole('radio').length).toBeGreaterThan(3);
    expect(within(screen.getByRole('group', { name: 'Shifts' })).getAllByRole('radio')).toHaveLength(
      library.filter((e) => e.kind === 'shift').length,
    );
  });

  it('shows the author summaries to an instructor who asks, in practice mode only', async () => {
    const { user } = menu();
    await user.click(screen.getByRole('checkbox', { name: /author's summaries/i }));
    expect(listText()).toContain(library.find((e) => e.kind === 'encounter' && e.summary)!.summary);
  });

  it('keeps the author summaries hidden in assessment mode', () => {
    menu('assessment');
    expect((screen.getByRole('checkbox', { name: /author's summaries/i }) as HTMLInputElement).disabled).toBe(true);
  });
});
