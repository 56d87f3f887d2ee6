import { useCallback, useMemo, useState } from 'react';
import { Canvas } from '@react-three/fiber';
import { Preload } from '@react-three/drei';
import { AdaptiveQuality } from './AdaptiveQuality';
import type { SceneEvents, SceneModel } from './sceneContract';
import { PharmacyScene } from './PharmacyScene';
import { FirstFrameMarker } from './FirstFrameMarker';
import { DebugProbe } from './DebugProbe';
import { useContextLoss } from './useContextLoss';

const debug = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('debug');

interface PharmacyCanvasProps {
  model: SceneModel;
  events: SceneEvents;
  /** The first frame is on screen (again after a restored context). */
  onReady?: () => void;
  /** The browser took the WebGL context away; the canvas stays, waiting for it to come back. */
  onContextLost?: () => void;
  /** The context is back and the scene is being rebuilt. */
  onContextRestored?: () => void;
}

/**
 * The WebGL view of the pharmacy. Renders on demand: an idle scene draws nothing. It is hidden
 * from assistive technology because every 3D action also exists in the DOM panels.
 */
export function PharmacyCanvas({ model, events, onReady, onContextLost, onContextRestored }: PharmacyCanvasProps) {
  // A machine that stays slow at the lowest pixel ratio gets the low tier for this session only.
  const [tooSlow, setTooSlow] = useState(false);
  const stillSlow = useCallback(() => setTooSlow(true), []);
  const shown = useMemo<SceneModel>(() => (tooSlow && model.quality !== 'low' ? { ...model, quality: 'low' } : model), [model, tooSlow]);
  const maxDpr = shown.quality === 'low' ? 1 : 1.5;
  const context = useContextLoss({ onLost: onContextLost, onRestored: onContextRestored });
  return (
    <div className="scene-host" aria-hidden="true">
      <Canvas
        key={context.generation}
        onCreated={context.onCreated}
        frameloop="demand"
        dpr={[0.75, maxDpr]}
        camera={{ fov: 50, near: 0.05, far: 40 }}
        gl={{ antialias: false, powerPreference: 'high-performance' }}
        flat
      >
        <PharmacyScene model={shown} events={events} />
        {/* Compiles every shader and uploads every texture before the first frame, so the first walk to
            a station never stalls on a material it had not drawn yet (costly on integrated GPUs). */}
        <Preload all />
        <AdaptiveQuality maxDpr={maxDpr} onStillSlow={stillSlow} />
        <FirstFrameMarker onFirstFrame={onReady} />
        {debug && <DebugProbe patients={shown.patients} />}
      </Canvas>
    </div>
  );
}
