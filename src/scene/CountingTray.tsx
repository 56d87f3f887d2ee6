import { useLayoutEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { Euler, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';
import { PaintKit } from './paintedGeometry';
import { paintedMaterial } from './materials';
import { PALETTE } from './palette';
import { WORKBENCH } from './sceneLayout';
import { seededRandom } from './seededRandom';
import { useDisposable } from './useDisposable';

/** The most pills the tray shows; counts above this still show a full tray. */
export const MAX_TRAY_PILLS = 120;

const X = WORKBENCH.trayX;
const Z = WORKBENCH.z - 0.02;
const FLOOR_Y = WORKBENCH.height + 0.008;
/** The open part of the tray where pills are spread (the channel is on the left). */
const SPREAD = { x0: X - 0.09, x1: X + 0.16, z0: Z - 0.1, z1: Z + 0.1 } as const;
const PILL = { length: 0.02, height: 0.008, width: 0.011 } as const;

function buildTray() {
  const blue = PALETTE.trayBlue;
  return (
    new PaintKit()
      .box([0.38, 0.01, 0.26], [X, WORKBENCH.height + 0.005, Z], blue)
      .box([0.38, 0.03, 0.012], [X, WORKBENCH.height + 0.015, Z + 0.124], blue)
      .box([0.38, 0.03, 0.012], [X, WORKBENCH.height + 0.015, Z - 0.124], blue)
      .box([0.012, 0.03, 0.26], [X + 0.184, WORKBENCH.height + 0.015, Z], blue)
      .box([0.012, 0.03, 0.26], [X - 0.184, WORKBENCH.height + 0.015, Z], blue)
      // The return channel with its hinged lid, where counted pills are swept before pouring.
      .box([0.008, 0.028, 0.24], [X - 0.115, WORKBENCH.height + 0.014, Z], blue)
      .box([0.065, 0.006, 0.24], [X - 0.15, WORKBENCH.height + 0.032, Z], '#5c97c9')
      // The spatula lies across the front edge.
      .box([0.045, 0.004, 0.13], [X + 0.05, WORKBENCH.height + 0.033, Z + 0.17], PALETTE.metal, { rot: [0, 0.6, 0] })
      .box([0.022, 0.012, 0.12], [X + 0.13, WORKBENCH.height + 0.03, Z + 0.24], PALETTE.plasticDark, { rot: [0, 0.6, 0] })
      .build()
  );
}

/** A liquid's measuring kit, built from primitives: a graduated cylinder with its marks, and an oral syringe lying beside it. */
function buildMeasuringKit() {
  const y = WORKBENCH.height;
  const kit = new PaintKit()
    .cylinder(0.045, 0.05, 0.012, [X, y + 0.006, Z], '#cfd8dc', {}, 16)
    .cylinder(0.026, 0.026, 0.22, [X, y + 0.122, Z], '#e4eef2', {}, 16)
    // The liquid inside, and the spout ring at the top.
    .cylinder(0.024, 0.024, 0.08, [X, y + 0.054, Z], '#f1c27d', {}, 16)
    .cylinder(0.029, 0.027, 0.01, [X, y + 0.235, Z], '#cfd8dc', {}, 16);
  // Graduation marks up the front of the cylinder.
  for (let i = 1; i <= 8; i++)
    kit.box([i % 2 === 0 ? 0.018 : 0.01, 0.002, 0.002], [X - 0.006, y + 0.02 + i * 0.024, Z + 0.026], PALETTE.plasticDark);
  // The oral syringe: barrel, plunger and its thumb rest, lying along the bench.
  kit
    .cylinder(0.009, 0.009, 0.11, [X + 0.12, y + 0.01, Z + 0.05], '#f4f7f8', { rot: [0, 0, Math.PI / 2] }, 10)
    .cylinder(0.003, 0.003, 0.05, [X + 0.19, y + 0.01, Z + 0.05], '#b03a6f', { rot: [0, 0, Math.PI / 2] }, 8)
    .box([0.004, 0.024, 0.024], [X + 0.215, y + 0.012, Z + 0.05], '#b03a6f');
  return kit.build();
}

/** Where each of the MAX_TRAY_PILLS pills lies: the first ones spread out, later ones pile on top. */
function pillMatrices(): Matrix4[] {
  const rand = seededRandom(42);
  const q = new Quaternion();
  const e = new Euler();
  const scale = new Vector3(PILL.length, PILL.height, PILL.width);
  return Array.from({ length: MAX_TRAY_PILLS }, (_, i) => {
    const layer = Math.floor(i / 45);
    const x = SPREAD.x0 + rand() * (SPREAD.x1 - SPREAD.x0);
    const z = SPREAD.z0 + rand() * (SPREAD.z1 - SPREAD.z0);
    q.setFromEuler(e.set(0, rand() * Math.PI, (rand() - 0.5) * 0.3));
    return new Matrix4().compose(new Vector3(x, FLOOR_Y + PILL.height / 2 + layer * PILL.height * 0.8, z), q, scale);
  });
}

/**
 * The counting tray with spatula and `count` pills on it (instanced: one draw call for all pills),
 * or, for a liquid, a graduated cylinder and an oral syringe instead.
 */
export function CountingTray({ count, liquid = false }: { count: number; liquid?: boolean }) {
  const invalidate = useThree((s) => s.invalidate);
  const tray = useDisposable(liquid ? buildMeasuringKit : buildTray, [liquid]);
  const matrices = useMemo(pillMatrices, []);
  const pills = useRef<InstancedMesh>(null);
  const shown = Math.max(0, Math.min(MAX_TRAY_PILLS, Math.floor(count)));

  useLayoutEffect(() => {
    const mesh = pills.current;
    if (!mesh) return;
    matrices.forEach((m, i) => mesh.setMatrixAt(i, m));
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [matrices]);

  useLayoutEffect(() => {
    if (pills.current) pills.current.count = shown;
    invalidate();
  }, [shown, invalidate]);

  useLayoutEffect(() => invalidate(), [liquid, invalidate]);

  return (
    <group name="counting-tray">
      <mesh geometry={tray} material={paintedMaterial} name={liquid ? 'measuring-kit' : 'tray-and-spatula'} />
      <instancedMesh ref={pills} args={[undefined, undefined, MAX_TRAY_PILLS]} name="tray-pills" visible={shown > 0 && !liquid}>
        <sphereGeometry args={[0.5, 10, 6]} />
        <meshLambertMaterial color={PALETTE.pillWhite} />
      </instancedMesh>
    </group>
  );
}
