import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';
import { PaintKit } from './paintedGeometry';
import { paintedMaterial } from './materials';
import { PALETTE } from './palette';
import { SHELF } from './sceneLayout';
import { seededRandom } from './seededRandom';
import { stockGrid } from './shelfLayout';
import { useDisposable } from './useDisposable';

const DEPTH = SHELF.frontZ - SHELF.backZ;
const MID_Z = (SHELF.frontZ + SHELF.backZ) / 2;
const LENGTH = SHELF.right - SHELF.left;
const CARTON_COLOURS = ['#e86f5a', '#3e7fb8', '#e9b949', '#5fa37a', '#9b6fb0', '#f0f0ea', '#d9534f', '#4aa3a1', '#f2a65a'];
const BOTTLE_TINTS = ['#ffffff', '#fdf6e8', '#f4f4f4', '#e7a868', '#ffffff'];

/** One piece of filler stock (not pickable): a unit box scaled to size. */
interface Filler {
  at: [number, number, number];
  size: [number, number, number];
  colour: string;
}

/** Fills every board outside the A–Z bay's products with plausible stock, the same way every time. */
export function fillerStock(bayHalfWidth: number, stockBoards: readonly number[]): { bottles: Filler[]; cartons: Filler[] } {
  const rand = seededRandom(20261122);
  const bottles: Filler[] = [];
  const cartons: Filler[] = [];
  const boards = SHELF.boards.slice(0, 6);
  for (const y of boards) {
    const inBay = stockBoards.includes(y);
    let x = SHELF.left + 0.08;
    while (x < SHELF.right - 0.12) {
      const w = 0.08 + rand() * 0.1;
      if (inBay && x + w > -bayHalfWidth - 0.1 && x < bayHalfWidth + 0.1) {
        x = bayHalfWidth + 0.12;
        continue;
      }
      const h = 0.08 + rand() * 0.16;
      const z = SHELF.frontZ - 0.06 - rand() * 0.08 - w / 2;
      if (rand() < 0.55)
        bottles.push({
          at: [x + w / 2, y + 0.012 + h / 2, z],
          size: [w, h, w],
          colour: BOTTLE_TINTS[Math.floor(rand() * BOTTLE_TINTS.length)]!,
        });
      else
        cartons.push({
          at: [x + w / 2, y + 0.012 + h / 2, z],
          size: [w, h, w * 0.8],
          colour: CARTON_COLOURS[Math.floor(rand() * CARTON_COLOURS.length)]!,
        });
      x += w + 0.015 + rand() * 0.02;
    }
  }
  return { bottles, cartons };
}

function buildCabinet(bayHalfWidth: number) {
  const kit = new PaintKit()
    .box([LENGTH, 2.4, 0.03], [0, 1.24, SHELF.backZ + 0.015], PALETTE.shelfBack)
    .box([LENGTH, 0.12, DEPTH], [0, 0.06, MID_Z], PALETTE.kickPlate)
    .box([LENGTH + 0.1, 0.14, DEPTH + 0.05], [0, SHELF.boards[6] + 0.09, MID_Z + 0.02], PALETTE.wood);
  for (const y of SHELF.boards.slice(0, 6)) {
    kit.box([LENGTH, 0.025, DEPTH], [0, y, MID_Z], PALETTE.shelfBoard);
    // The teal strip on each board's edge is where shelf tags would sit.
    kit.box([LENGTH, 0.04, 0.012], [0, y - 0.006, SHELF.frontZ + 0.006], PALETTE.wallAccentTeal);
  }
  // Full-depth end panels; inside, slim uprights at the back (full-depth ones would wall off the A–Z bay).
  for (const x of [SHELF.left, SHELF.right]) kit.box([0.05, 2.4, DEPTH + 0.02], [x, 1.2, MID_Z], PALETTE.wood);
  for (const x of [-3.2, -bayHalfWidth - 0.07, bayHalfWidth + 0.07, 3.2])
    kit.box([0.05, 2.4, 0.1], [x, 1.2, SHELF.backZ + 0.08], PALETTE.woodDark);
  return kit.build();
}

const tmpMatrix = new Matrix4();
const tmpPos = new Vector3();
const tmpScale = new Vector3();
const noTurn = new Quaternion();
const tmpColour = new Color();

function placeFiller(mesh: InstancedMesh | null, items: readonly Filler[]): void {
  if (!mesh) return;
  items.forEach((f, i) => {
    mesh.setMatrixAt(i, tmpMatrix.compose(tmpPos.set(...f.at), noTurn, tmpScale.set(...f.size)));
    mesh.setColorAt(i, tmpColour.set(f.colour));
  });
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  mesh.computeBoundingSphere();
}

/** A stock bottle of unit size: white body, dark cap (the instance colour tints the body). */
function buildFillerBottle() {
  return new PaintKit()
    .cylinder(0.5, 0.5, 0.82, [0, -0.09, 0], '#ffffff', {}, 10)
    .cylinder(0.38, 0.38, 0.18, [0, 0.41, 0], PALETTE.navy, {}, 10)
    .build();
}

/**
 * The back-wall shelving: boards, uprights framing the A–Z bay, and filler stock elsewhere
 * (two instanced meshes), so the wall looks full without costing a draw call per item.
 */
export function ShelfCabinet({ productCount }: { productCount: number }) {
  const { halfWidth, boards } = useMemo(() => stockGrid(productCount), [productCount]);
  const bayHalfWidth = productCount > 0 ? halfWidth : 0;
  const cabinet = useDisposable(() => buildCabinet(bayHalfWidth), [bayHalfWidth]);
  const bottleShape = useDisposable(buildFillerBottle, []);
  const filler = useMemo(() => fillerStock(bayHalfWidth, productCount > 0 ? boards : []), [bayHalfWidth, boards, productCount]);
  const bottlesRef = useRef<InstancedMesh>(null);
  const cartonsRef = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    placeFiller(bottlesRef.current, filler.bottles);
    placeFiller(cartonsRef.current, filler.cartons);
  }, [filler]);
  return (
    <group name="shelf-cabinet">
      <mesh geometry={cabinet} material={paintedMaterial} />
      <instancedMesh ref={bottlesRef} args={[bottleShape, paintedMaterial, filler.bottles.length]} name="filler-bottles" />
      <instancedMesh ref={cartonsRef} args={[undefined, undefined, filler.cartons.length]} name="filler-cartons">
        <boxGeometry />
        <meshLambertMaterial />
      </instancedMesh>
    </group>
  );
}
