// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphicsSupport, type GraphicsSupport } from '../../../src/platform/graphics/graphicsSupport';
import { MainMenu } from '../../../src/ui/menu/MainMenu';
import { SettingsDialog } from '../../../src/ui/menu/SettingsDialog';
import { GraphicsProvider } from '../../../src/ui/plan/GraphicsContext';
import { ThreeDBoundary } from '../../../src/ui/plan/ThreeDBoundary';
import { renderWithStore } from './render';

const NO_WEBGL =
  'This browser could not start 3D graphics (WebGL), so TechShift shows a simple 2D plan; everything works and scores the same.';
const SETTING = 'Simple 2D view is on in Settings.';

function menuWith(graphics: GraphicsSupport) {
  return renderWithStore(
    <GraphicsProvider graphics={graphics}>
      <MainMenu entries={[]} mode="practice" onModeChange={vi.fn()} onStart={vi.fn()} onOpenSettings={vi.fn()} />
    </GraphicsProvider>,
  );
}

describe('the menu says why the game shows the 2D plan', () => {
  it('says nothing while the 3D view is in use', () => {
    menuWith(createGraphicsSupport(() => true));
    expect(screen.queryByText(/2D/)).toBeNull();
  });

  it('names WebGL when the browser cannot start 3D graphics', () => {
    menuWith(createGraphicsSupport(() => false));
    expect(screen.getByText(NO_WEBGL)).toBeTruthy();
  });

  it('points at Settings when the student chose the plan', () => {
    const { store } = menuWith(createGraphicsSupport(() => true));
    act(() => void store.getState().updateSettings({ simpleView: true }));
    expect(screen.getByText(SETTING)).toBeTruthy();
  });

  it('says the 3D view was lost once it gave up for this session', () => {
    const graphics = createGraphicsSupport(() => true);
    menuWith(graphics);
    act(() => graphics.giveUp('lost'));
    expect(screen.getByText(/The 3D view stopped and could not be restored/)).toBeTruthy();
  });
});

describe('"Simple 2D view" in Settings', () => {
  it('is a checkbox that turns the setting on and off', async () => {
    const { store, user } = renderWithStore(
      <GraphicsProvider graphics={createGraphicsSupport(() => true)}>
        <SettingsDialog open={false} onClose={vi.fn()} />
      </GraphicsProvider>,
    );
    const box = screen.getByLabelText(/^Simple 2D view/) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await user.click(box);
    expect(store.getState().settings.simpleView).toBe(true);
    await user.click(box);
    expect(store.getState().settings.simpleView).toBe(false);
  });

  it('explains beside it when the browser cannot draw 3D anyway', () => {
    renderWithStore(
      <GraphicsProvider graphics={createGraphicsSupport(() => false)}>
        <SettingsDialog open={false} onClose={vi.fn()} />
      </GraphicsProvider>,
    );
    const box = screen.getByLabelText(/^Simple 2D view/);
    const note = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toBe(NO_WEBGL);
  });
});

describe('the boundary around the 3D view', () => {
  afterEach(() => vi.restoreAllMocks());

  function Throws({ message }: { message: string }): never {
    throw new Error(message);
  }

  it('reports a context that cannot be created as "no WebGL" and shows nothing in its place', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports caught errors on the console
    const onFailure = vi.fn();
    const { container } = render(
      <ThreeDBoundary onFailure={onFailure}>
        <Throws message="THREE.WebGLRenderer: Error creating WebGL context." />
      </ThreeDBoundary>,
    );
    expect(onFailure).toHaveBeenCalledWith('no-webgl');
    expect(container.innerHTML).toBe('');
  });

  it('reports any other failure (a chunk that did not load) as the 3D view failing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onFailure = vi.fn();
    render(
      <ThreeDBoundary onFailure={onFailure}>
        <Throws message="Failed to fetch dynamically imported module" />
      </ThreeDBoundary>,
    );
    expect(onFailure).toHaveBeenCalledWith('failed');
  });

  it('shows the 3D view when nothing goes wrong', () => {
    const onFailure = vi.fn();
    render(
      <ThreeDBoundary onFailure={onFailure}>
        <p>the pharmacy</p>
      </ThreeDBoundary>,
    );
    expect(screen.getByText('the pharmacy')).toBeTruthy();
    expect(onFailure).not.toHaveBeenCalled();
  });
});
