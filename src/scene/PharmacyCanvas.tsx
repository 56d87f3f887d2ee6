import { Canvas } from '@react-three/fiber';
import { RoomShell } from './RoomShell';
import { FirstFrameMarker } from './FirstFrameMarker';
import { DebugProbe } from './DebugProbe';

const debug = new URLSearchParams(window.location.search).has('debug');

/** The WebGL view of the pharmacy. Renders on demand: an idle scene draws nothing. */
export function PharmacyCanvas() {
  return (
    <div className="scene-host" aria-hidden="true">
      <Canvas frameloop="demand" dpr={[1, 1.5]} camera={{ position: [0, 3.2, 7.5], fov: 50 }} gl={{ antialias: false }}>
        <color attach="background" args={['#f3ead9']} />
        <hemisphereLight args={['#fff6e5', '#8a7560', 1.1]} />
        <directionalLight position={[4, 8, 5]} intensity={1.6} color="#ffe9c7" />
        <RoomShell />
        <FirstFrameMarker />
        {debug && <DebugProbe />}
      </Canvas>
    </div>
  );
}
