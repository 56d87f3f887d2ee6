import { useLayoutEffect, useMemo, useRef } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { Color, Matrix4, Quaternion, Vector3, type Group, type InstancedMesh } from 'three';
import type { ShelfBottle } from './sceneContract';
import { makeLabelAtlas } from './bottleLabelAtlas';
import { pointerHandlers } from './pointerCursor';
import { PICK_OFFSET, shelfLayout, type BottleSlot } from './shelfLayout';
import { buildStockLabels, placeStockLabels } from './stockLabels';
import { useDisposable } from './useDisposable';

const tmpMatrix = new Matrix4();
const tmpPos = new Vector3();
const tmpScale = new Vector3();
const noTurn = new Quaternion();
const tmpColour = new Color();

/** Lift applied to a slot: the picked one comes forward and up. */
function lift(slot: BottleSlot, pickedIndex: number): { y: number; z: number } {
  return slot.index === pickedIndex ? PICK_OFFSET : { y: 0, z: 0 };
}

// An empty slot keeps its instance (the draw calls stay the same) at zero size: nothing drawn, nothing to click.
const size = (slot: BottleSlot, shelf: readonly ShelfBottle[], x: number, y: number, z: number): Vector3 =>
  shelf[slot.index]?.empty === true ? tmpScale.set(0, 0, 0) : tmpScale.set(x, y, z);

function placeBodies(mesh: InstancedMesh | null, slots: readonly BottleSlot[], pickedIndex: number, shelf: readonly ShelfBottle[]): void {
  if (!mesh) return;
  slots.forEach((slot, i) => {
    const up = lift(slot, pickedIndex);
    tmpPos.set(slot.x, slot.y + slot.shape.height / 2 + up.y, slot.z + up.z);
    mesh.setMatrixAt(i, tmpMatrix.compose(tmpPos, noTurn, size(slot, shelf, slot.shape.width, slot.shape.height, slot.shape.depth)));
    mesh.setColorAt(i, tmpColour.set(slot.shape.body));
  });
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  mesh.computeBoundingSphere();
}

function placeCaps(mesh: InstancedMesh | null, slots: readonly BottleSlot[], pickedIndex: number, shelf: readonly ShelfBottle[]): void {
  if (!mesh) return;
  slots.forEach((slot, i) => {
    const cap = slot.shape.cap!;
    const up = lift(slot, pickedIndex);
    tmpPos.set(slot.x, slot.y + slot.shape.height + cap.height / 2 + up.y, slot.z + up.z);
    mesh.setMatrixAt(i, tmpMatrix.compose(tmpPos, noTurn, size(slot, shelf, cap.radius, cap.height, cap.radius)));
    mesh.setColorAt(i, tmpColour.set(shelf[slot.index]!.capColour));
  });
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  mesh.computeBoundingSphere();
}

/** The products whose instance is drawn at zero size. */
function drawnEmpty(slots: readonly BottleSlot[], mesh: InstancedMesh | null): string[] {
  if (!mesh) return [];
  return slots.flatMap((slot, i) => {
    mesh.getMatrixAt(i, tmpMatrix);
    return tmpMatrix.determinant() === 0 ? [slot.productId] : [];
  });
}

/** A click handler that maps the clicked instance back to its product and stops the click reaching the shelf behind. */
function pickFrom(group: readonly BottleSlot[], onPick: (productId: string) => void) {
  return (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    const slot = e.instanceId === undefined ? undefined : group[e.instanceId];
    if (slot) onPick(slot.productId);
  };
}

/**
 * The pickable stock in the A–Z bay, in the model's shelf order. However many products there are,
 * it costs four draw calls: round bodies, cartons, caps (all instanced) and one merged label mesh
 * on one label atlas. Clicking a container reports its productId; the picked one is pulled forward.
 */
export function ShelfOfStock({
  shelf,
  pickedProductId,
  onPick,
}: {
  shelf: readonly ShelfBottle[];
  pickedProductId: string | null;
  onPick: (productId: string) => void;
}) {
  const invalidate = useThree((s) => s.invalidate);
  const { slots } = useMemo(() => shelfLayout(shelf), [shelf]);
  const round = useMemo(() => slots.filter((s) => s.shape.kind === 'round'), [slots]);
  const cartons = useMemo(() => slots.filter((s) => s.shape.kind === 'carton'), [slots]);
  const atlas = useDisposable(() => makeLabelAtlas(shelf), [shelf]);
  const labels = useDisposable(() => {
    const built = buildStockLabels(slots);
    return { ...built, dispose: () => built.geometry.dispose() };
  }, [slots]);
  const roundRef = useRef<InstancedMesh>(null);
  const capRef = useRef<InstancedMesh>(null);
  const cartonRef = useRef<InstancedMesh>(null);
  const groupRef = useRef<Group>(null);
  const pickedIndex = shelf.findIndex((b) => b.productId === pickedProductId);

  useLayoutEffect(() => {
    placeBodies(roundRef.current, round, pickedIndex, shelf);
    placeCaps(capRef.current, round, pickedIndex, shelf);
    placeBodies(cartonRef.current, cartons, pickedIndex, shelf);
    const empty = shelf.flatMap((b, i) => (b.empty === true ? [i] : []));
    placeStockLabels(labels, pickedIndex, PICK_OFFSET, empty);
    // The slots drawn empty, read back from the instances themselves; DebugProbe reports them with ?debug.
    if (groupRef.current)
      groupRef.current.userData.emptySlots = [...drawnEmpty(round, roundRef.current), ...drawnEmpty(cartons, cartonRef.current)];
    invalidate();
  }, [round, cartons, labels, pickedIndex, shelf, invalidate]);

  // Made once per layout: a new handler prop each render would make R3F draw a frame for nothing.
  const pickRound = useMemo(() => pickFrom(round, onPick), [round, onPick]);
  const pickCarton = useMemo(() => pickFrom(cartons, onPick), [cartons, onPick]);

  return (
    <group name="shelf-of-stock" ref={groupRef}>
      {round.length > 0 && (
        <>
          <instancedMesh
            ref={roundRef}
            args={[undefined, undefined, round.length]}
            name="stock-round"
            onClick={pickRound}
            {...pointerHandlers}
          >
            <cylinderGeometry args={[0.5, 0.5, 1, 16]} />
            <meshLambertMaterial />
          </instancedMesh>
          <instancedMesh
            ref={capRef}
            args={[undefined, undefined, round.length]}
            name="stock-caps"
            onClick={pickRound}
            {...pointerHandlers}
          >
            <cylinderGeometry args={[1, 1, 1, 12]} />
            <meshLambertMaterial />
          </instancedMesh>
        </>
      )}
      {cartons.length > 0 && (
        <instancedMesh
          ref={cartonRef}
          args={[undefined, undefined, cartons.length]}
          name="stock-cartons"
          onClick={pickCarton}
          {...pointerHandlers}
        >
          <boxGeometry />
          <meshLambertMaterial />
        </instancedMesh>
      )}
      <mesh geometry={labels.geometry} name="stock-labels">
        {/* Unlit so every label reads the same at the shelf; slightly off-white so it does not glow. */}
        <meshBasicMaterial map={atlas} color="#f1ede4" toneMapped={false} />
      </mesh>
    </group>
  );
}
