import { useLayoutEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { Euler, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';
import { paintTexture } from './canvasTexture';
import { COUNTER, DECOR, ROOM, SHELF, VERIFY, WAITING, WORKBENCH } from './sceneLayout';
import { useDisposable } from './useDisposable';

/** A soft dark patch on the floor: centre and size in metres (x across, z deep). */
export interface ShadowSpot {
  x: number;
  z: number;
  width: number;
  depth: number;
}

/** Soft contact shadows under the fixed furniture; they never change, so they are worked out once. */
const FURNITURE: readonly ShadowSpot[] = [
  { x: 0, z: COUNTER.z, width: COUNTER.right - COUNTER.left + 0.5, depth: COUNTER.depth + 0.5 },
  {
    x: (WORKBENCH.left + WORKBENCH.right) / 2,
    z: WORKBENCH.z,
    width: WORKBENCH.right - WORKBENCH.left + 0.5,
    depth: WORKBENCH.depth + 0.5,
  },
  { x: VERIFY.x, z: VERIFY.z, width: VERIFY.width + 0.5, depth: VERIFY.depth + 0.5 },
  { x: 0, z: (SHELF.frontZ + SHELF.backZ) / 2, width: SHELF.right - SHELF.left + 0.4, depth: 0.9 },
  { x: (WAITING.chairsX[0]! + WAITING.chairsX[WAITING.chairsX.length - 1]!) / 2, z: WAITING.chairsZ, width: 4.2, depth: 0.9 },
];

/** Shadows under the decoration, drawn only when the decoration is. */
const DECORATION: readonly ShadowSpot[] = [
  { x: DECOR.endCapX, z: DECOR.endCapZ, width: 0.9, depth: 1.7 },
  { x: -ROOM.halfWidth + 0.45, z: ROOM.front - 0.5, width: 0.8, depth: 0.8 },
  { x: ROOM.halfWidth - 0.45, z: ROOM.front - 0.5, width: 0.8, depth: 0.8 },
  { x: -ROOM.halfWidth + 0.45, z: 1.6, width: 0.7, depth: 0.7 },
  { x: ROOM.halfWidth - 0.45, z: 1.5, width: 0.8, depth: 0.8 },
  { x: ROOM.halfWidth - 0.2, z: -0.9, width: 0.7, depth: 2.0 },
];

/** Room for everyone who can stand in the shop at once. */
const MAX_PEOPLE = 16;

const tmpMatrix = new Matrix4();
const tmpPos = new Vector3();
const tmpScale = new Vector3();
const flat = new Quaternion().setFromEuler(new Euler(-Math.PI / 2, 0, 0));

/**
 * Fake contact shadows: one instanced, blurred quad per piece of furniture and per person.
 * Cheaper than shadow maps on integrated GPUs, and they look baked in. One draw call.
 */
export function FloorShadows({ people, decor }: { people: readonly ShadowSpot[]; decor: boolean }) {
  const invalidate = useThree((s) => s.invalidate);
  const blob = useDisposable(
    () =>
      paintTexture('shadow-blob', 64, 64, (ctx, w, h) => {
        const g = ctx.createRadialGradient(w / 2, h / 2, 2, w / 2, h / 2, w / 2);
        g.addColorStop(0, 'rgba(255,255,255,0.55)');
        g.addColorStop(0.55, 'rgba(255,255,255,0.3)');
        g.addColorStop(1, 'rgba(255,255,255,0)');
        ctx.fillStyle = g;
        ctx.fillRect(0, 0, w, h);
      }),
    [],
  );
  const spots = useMemo(() => [...FURNITURE, ...(decor ? DECORATION : []), ...people.slice(0, MAX_PEOPLE)], [people, decor]);
  const mesh = useRef<InstancedMesh>(null);

  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    spots.forEach((s, i) => m.setMatrixAt(i, tmpMatrix.compose(tmpPos.set(s.x, 0.004, s.z), flat, tmpScale.set(s.width, s.depth, 1))));
    m.count = spots.length;
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
    invalidate();
  }, [spots, invalidate]);

  return (
    <instancedMesh
      ref={mesh}
      args={[undefined, undefined, FURNITURE.length + DECORATION.length + MAX_PEOPLE]}
      name="floor-shadows"
      renderOrder={1}
    >
      <planeGeometry />
      {/* A white blob tinted warm brown: the texture's alpha shapes the shadow. */}
      <meshBasicMaterial color="#3a2a1a" map={blob} transparent opacity={0.6} depthWrite={false} toneMapped={false} />
    </instancedMesh>
  );
}
