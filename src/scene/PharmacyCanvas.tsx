import { Canvas } from '@react-three/fiber';
import type { SceneEvents, SceneModel } from './sceneModel';
import { PharmacyScene } from './PharmacyScene';
import { FirstFrameMarker } from './FirstFrameMarker';
import { DebugProbe } from './DebugProbe';

const debug = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('debug');

/**
 * The WebGL view of the pharmacy. Renders on demand: an idle scene draws nothing. It is hidden
 * from assistive technology because every 3D action also exists in the DOM panels.
 */
export function PharmacyCanvas({ model, events, onReady }: { model: SceneModel; events: SceneEvents; onReady?: () => void }) {
  return (
    <div className="scene-host" aria-hidden="true">
      <Canvas
        frameloop="demand"
        dpr={model.quality === 'low' ? 1 : [1, 1.5]}
        camera={{ fov: 50, near: 0.05, far: 40 }}
        gl={{ antialias: false, powerPreference: 'high-performance' }}
        flat
      >
        <PharmacyScene model={model} events={events} />
        <FirstFrameMarker onFirstFrame={onReady} />
        {debug && <DebugProbe />}
      </Canvas>
    </div>
  );
}
