import { useTranslation } from 'react-i18next';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { NoThreeDReason } from '../../platform/graphics/graphicsSupport';
import type { SceneEvents, SceneModel } from '../../scene/sceneContract';
import { LoadingScreen } from '../game/LoadingScreen';
import { useGraphics } from './GraphicsContext';
import { PharmacyPlan } from './PharmacyPlan';
import { ThreeDBoundary } from './ThreeDBoundary';
import { useCoveredTop } from './useCoveredTop';
import { usePharmacyView } from './usePharmacyView';
import { RESTORE_WAIT_MS } from './viewMode';
import './plan.css';

// three and the scene are the heaviest code: the menu never waits for them, and the 2D plan never loads them.
const PharmacyCanvas = lazy(() => import('../../scene/PharmacyCanvas').then((m) => ({ default: m.PharmacyCanvas })));

/**
 * The view area: the 3D pharmacy when this browser can draw it and the settings allow, else the 2D
 * plan. A lost context pauses the 3D view behind a calm notice; if the browser does not give it back
 * within RESTORE_WAIT_MS the plan takes over. The shift and its log live in the store, untouched by any of this.
 */
export function PharmacyView({ model, events }: { model: SceneModel; events: SceneEvents }) {
  const { t } = useTranslation();
  const graphics = useGraphics();
  const view = usePharmacyView();
  const host = useRef<HTMLDivElement>(null);
  const covered = useCoveredTop(host);
  const [stage, setStage] = useState(0);
  const [paused, setPaused] = useState(false);
  const mounted = useCallback(() => setStage((s) => Math.max(s, 1)), []);
  const ready = useCallback(() => setStage(2), []);
  const lost = useCallback(() => setPaused(true), []);
  const restored = useCallback(() => setPaused(false), []);
  const failed = useCallback((reason: NoThreeDReason) => graphics.giveUp(reason), [graphics]);

  useEffect(() => {
    if (!paused) return;
    const timer = setTimeout(() => graphics.giveUp('lost'), RESTORE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [paused, graphics]);

  // One live region for both notices, present from the start, so a screen reader hears each change.
  const status = view.kind === '3d' ? (paused ? t('plan.paused') : '') : view.why === 'lost' ? t('planReason.lost') : '';
  return (
    <div
      ref={host}
      className="pharmacy-view"
      data-view={view.kind}
      style={view.kind === 'plan' && covered > 0 ? { paddingTop: covered + 12 } : undefined}
    >
      <p className="view-status" role="status">
        {status}
      </p>
      {view.kind === '3d' ? (
        <ThreeDBoundary onFailure={failed}>
          <Suspense fallback={<LoadingScreen stage={0} />}>
            <SceneStage onMounted={mounted} />
            <PharmacyCanvas model={model} events={events} onReady={ready} onContextLost={lost} onContextRestored={restored} />
          </Suspense>
          {stage === 1 && <LoadingScreen stage={1} />}
        </ThreeDBoundary>
      ) : (
        <PharmacyPlan model={model} onStation={events.onStation} />
      )}
    </div>
  );
}

/** Marks the moment the scene's code has arrived (Suspense resolved) so the bar moves on. */
function SceneStage({ onMounted }: { onMounted(): void }) {
  useEffect(onMounted, [onMounted]);
  return null;
}
