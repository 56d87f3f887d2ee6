import { useCallback, useMemo, useState } from 'react';
import { Canvas } from '@react-three/fiber';
import { AdaptiveQuality } from './AdaptiveQuality';
import type { SceneEvents, SceneModel } from './sceneContract';
import { PharmacyScene } from './PharmacyScene';
import { FirstFrameMarker } from './FirstFrameMarker';
import { DebugProbe } from './DebugProbe';

const debug = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('debug');

/**
 * The WebGL view of the pharmacy. Renders on demand: an idle scene draws nothing. It is hidden
 * from assistive technology because every 3D action also exists in the DOM panels.
 */
export function PharmacyCanvas({ model, events, onReady }: { model: SceneModel; events: SceneEvents; onReady?: () => void }) {
  // A machine that stays slow at the lowest pixel ratio gets the low tier for this session only.
  const [tooSlow, setTooSlow] = useState(false);
  const stillSlow = useCallback(() => setTooSlow(true), []);
  const shown = useMemo<SceneModel>(() => (tooSlow && model.quality !== 'low' ? { ...model, quality: 'low' } : model), [model, tooSlow]);
  const maxDpr = shown.quality === 'low' ? 1 : 1.5;
  return (
    <div className="scene-host" aria-hidden="true">
      <Canvas
        frameloop="demand"
        dpr={[0.75, maxDpr]}
        camera={{ fov: 50, near: 0.05, far: 40 }}
        gl={{ antialias: false, powerPreference: 'high-performance' }}
        flat
      >
        <PharmacyScene model={shown} events={events} />
        <AdaptiveQuality maxDpr={maxDpr} onStillSlow={stillSlow} />
        <FirstFrameMarker onFirstFrame={onReady} />
        {debug && <DebugProbe patients={shown.patients} />}
      </Canvas>
    </div>
  );
}
