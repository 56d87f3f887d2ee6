// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { useMemo } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createGraphicsSupport } from '../../../src/platform/graphics/graphicsSupport';
import type { SceneModel } from '../../../src/scene/sceneContract';
import { sceneEvents, selectSceneModel, useAppStore, useAppStoreApi } from '../../../src/state';
import { GraphicsProvider } from '../../../src/ui/plan/GraphicsContext';
import { PharmacyPlan } from '../../../src/ui/plan/PharmacyPlan';
import { PharmacyView } from '../../../src/ui/plan/PharmacyView';
import { stationNote } from '../../../src/ui/plan/planPeople';
import { usePharmacyView } from '../../../src/ui/plan/usePharmacyView';
import { chooseView } from '../../../src/ui/plan/viewMode';
import en from '../../../src/ui/i18n/locales/en.json';
import { i18n } from '../../../src/ui/i18n';

const EN = i18n.getFixedT('en');
import { DEMO_MODEL } from '../scene/demoModel';
import { fillInput, resolveFixture } from './fixtures';
import { renderWithStore } from './render';
import type { StationId } from '../../../src/core';

const plan = () => screen.getByRole('region', { name: 'Pharmacy plan' });
const stationButton = (id: StationId) => within(plan()).getByRole('button', { name: en.stations[id] });
const card = (id: StationId) => stationButton(id).closest('.plan-station') as HTMLElement;

/** The view area as the game screen wires it: the store's scene model and the scene's events. */
function ViewOverStore() {
  const store = useAppStoreApi();
  const model = useAppStore(selectSceneModel);
  const events = useMemo(() => sceneEvents(store), [store]);
  return <PharmacyView model={model} events={events} />;
}

const noWebGL = () => createGraphicsSupport(() => false);

describe('which view the pharmacy is shown in', () => {
  it("is 3D unless the browser cannot draw it or the student asked for the plan; the browser's reason comes first", () => {
    expect(chooseView(false, null)).toEqual({ kind: '3d' });
    expect(chooseView(true, null)).toEqual({ kind: 'plan', why: 'setting' });
    expect(chooseView(false, 'no-webgl')).toEqual({ kind: 'plan', why: 'no-webgl' });
    expect(chooseView(true, 'lost')).toEqual({ kind: 'plan', why: 'lost' });
  });
});

describe('the 2D plan of the pharmacy', () => {
  it("stands in for the 3D view when the browser has no WebGL: one button per station, the student's marked in words", () => {
    renderWithStore(
      <GraphicsProvider graphics={noWebGL()}>
        <ViewOverStore />
      </GraphicsProvider>,
    );
    expect(within(plan()).getAllByRole('button')).toHaveLength(9);
    expect(stationButton('dropoff').getAttribute('aria-current')).toBe('location');
    expect(within(card('dropoff')).getByText('You are here')).toBeTruthy();
    expect(within(plan()).getAllByText('You are here')).toHaveLength(1);
    expect(document.querySelector('canvas')).toBeNull();
  });

  it('walks to a station when its button is pressed, as a click in 3D does, and the marker follows', async () => {
    const { store, user } = renderWithStore(
      <GraphicsProvider graphics={noWebGL()}>
        <ViewOverStore />
      </GraphicsProvider>,
    );
    await user.click(stationButton('counting'));
    expect(store.getState().station).toBe('counting');
    expect(stationButton('counting').getAttribute('aria-current')).toBe('location');
    expect(within(card('counting')).getByText('You are here')).toBeTruthy();
    expect(stationButton('dropoff').getAttribute('aria-current')).toBeNull();
  });

  it('shows the patient at the drop-off window by name, as text, never as markup', () => {
    const input = fillInput();
    input.patient.firstName = '<img src=x onerror="alert(1)">';
    renderWithStore(
      <GraphicsProvider graphics={noWebGL()}>
        <ViewOverStore />
      </GraphicsProvider>,
      { scenario: resolveFixture(input) },
    );
    expect(card('dropoff').textContent).toContain('<img src=x onerror="alert(1)"> Lopez');
    expect(plan().querySelector('img')).toBeNull();
  });

  it('follows the Simple 2D view setting and the 3D view giving up, as they change', () => {
    const graphics = createGraphicsSupport(() => true);
    const { store } = renderWithStore(
      <GraphicsProvider graphics={graphics}>
        <ViewWord />
      </GraphicsProvider>,
    );
    expect(screen.getByTestId('view').textContent).toBe('3d');
    act(() => void store.getState().updateSettings({ simpleView: true }));
    expect(screen.getByTestId('view').textContent).toBe('plan: setting');
    act(() => graphics.giveUp('lost'));
    expect(screen.getByTestId('view').textContent, 'a lost 3D view outranks the setting').toBe('plan: lost');
    act(() => void store.getState().updateSettings({ simpleView: false }));
    expect(screen.getByTestId('view').textContent, 'for the rest of the session').toBe('plan: lost');
  });

  it('puts everyone where the 3D view stands them: at each window, and the queue in order', () => {
    render(
      <PharmacyPlan
        model={{ ...DEMO_MODEL, patients: [...DEMO_MODEL.patients, { ...DEMO_MODEL.patients[1]!, id: 'q2', displayName: 'Ada Brook' }] }}
        onStation={vi.fn()}
      />,
    );
    expect(within(card('dropoff')).getByText('Maria Alvarez')).toBeTruthy();
    expect(within(card('pickup')).getByText('Linh Nguyen')).toBeTruthy();
    expect(
      within(card('waiting'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['James Carter', 'Ada Brook']);
    expect(within(card('waiting')).getByText('2 waiting:')).toBeTruthy();
  });

  it('says in words what the stations hold: the tray count, the bottle in hand, the pharmacist checking', () => {
    const model: SceneModel = { ...DEMO_MODEL, pickedProductId: 'glipizide-5', trayCount: 30, pharmacistChecking: true };
    expect(stationNote('counting', model, EN)).toBe('30 on the tray');
    expect(stationNote('counting', { ...model, trayCount: 0 }, EN)).toBe('Tray empty');
    expect(stationNote('shelves', model, EN)).toBe('In hand: glipiZIDE 5 mg');
    expect(stationNote('shelves', { ...model, pickedProductId: null }, EN)).toBe('24 products on the shelf');
    expect(stationNote('verify', model, EN)).toBe('The pharmacist is checking your basket');
    expect(stationNote('dropoff', { ...model, patients: [] }, EN)).toBe('No one at the window');
    expect(stationNote('waiting', { ...model, patients: [] }, EN)).toBe('No one waiting');
  });
});

/** Prints the view mode the hook decides. */
function ViewWord() {
  const view = usePharmacyView();
  return <p data-testid="view">{view.kind === 'plan' ? `plan: ${view.why}` : '3d'}</p>;
}
