import { BufferGeometry, CylinderGeometry, Float32BufferAttribute, PlaneGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { labelAtlasLayout, labelUvRect } from './bottleLabelAtlas';
import { LABEL_SIZE, labelCentreHeight, type BottleSlot } from './shelfLayout';

/** All shelf labels merged into one geometry, with where each label's vertices are and where they rest. */
export interface StockLabels {
  geometry: BufferGeometry;
  /** First vertex and vertex count of each slot's label, in slot order. */
  ranges: { start: number; count: number }[];
  /** Positions with nothing picked, so a picked label can be moved and put back exactly. */
  rest: Float32Array;
}

/**
 * Curve of a round label. Flatter than the bottle itself: a label wrapped tightly round the
 * bottle hides the ends of long names, and a student must read all of "hydrOXYzine HCl".
 */
const LABEL_CURVE_RADIUS = 0.13;

/** A gently curved label on a round container, or a flat one on a carton front. */
function labelPiece(slot: BottleSlot): BufferGeometry {
  const { shape } = slot;
  if (shape.kind === 'round') {
    const arc = LABEL_SIZE.width / LABEL_CURVE_RADIUS;
    const label = new CylinderGeometry(LABEL_CURVE_RADIUS, LABEL_CURVE_RADIUS, LABEL_SIZE.height, 12, 1, true, -arc / 2, arc);
    // Bring the curve's front onto the bottle's front.
    label.translate(0, 0, shape.depth / 2 + 0.003 - LABEL_CURVE_RADIUS);
    return label;
  }
  const plane = new PlaneGeometry(LABEL_SIZE.width, LABEL_SIZE.height);
  plane.translate(0, 0, shape.depth / 2 + 0.002);
  return plane;
}

/** Builds every label, each pointing at its own cell of the one label atlas. */
export function buildStockLabels(slots: readonly BottleSlot[]): StockLabels {
  if (slots.length === 0) {
    const empty = new BufferGeometry();
    empty.setAttribute('position', new Float32BufferAttribute([], 3));
    return { geometry: empty, ranges: [], rest: new Float32Array(0) };
  }
  const layout = labelAtlasLayout(slots.length);
  const ranges: StockLabels['ranges'] = [];
  let start = 0;
  const pieces = slots.map((slot) => {
    const piece = labelPiece(slot);
    const uv = piece.getAttribute('uv');
    const rect = labelUvRect(layout, slot.index);
    for (let i = 0; i < uv.count; i++) {
      uv.setXY(i, rect.u0 + uv.getX(i) * (rect.u1 - rect.u0), rect.v0 + uv.getY(i) * (rect.v1 - rect.v0));
    }
    piece.translate(slot.x, slot.y + labelCentreHeight(slot.shape), slot.z);
    const count = piece.getAttribute('position').count;
    ranges.push({ start, count });
    start += count;
    return piece;
  });
  const geometry = mergeGeometries(pieces, false);
  pieces.forEach((p) => p.dispose());
  if (!geometry) throw new Error('stock labels could not be merged');
  const rest = Float32Array.from(geometry.getAttribute('position').array);
  return { geometry, ranges, rest };
}

/** Moves the picked label forward with its bottle and every other label back to rest. */
export function placeStockLabels(
  labels: StockLabels,
  pickedIndex: number,
  offset: { y: number; z: number },
  emptyIndexes: readonly number[] = [],
): void {
  const position = labels.geometry.getAttribute('position');
  const array = position.array as Float32Array;
  array.set(labels.rest);
  // An empty slot's label folds to one point: no bottle, no label, and the merged mesh keeps its one draw call.
  for (const index of emptyIndexes) {
    const r = labels.ranges[index];
    if (!r) continue;
    for (let v = r.start; v < r.start + r.count; v++) array.copyWithin(v * 3, r.start * 3, r.start * 3 + 3);
  }
  const range = labels.ranges[pickedIndex];
  if (range) {
    for (let v = range.start; v < range.start + range.count; v++) {
      array[v * 3 + 1] = labels.rest[v * 3 + 1]! + offset.y;
      array[v * 3 + 2] = labels.rest[v * 3 + 2]! + offset.z;
    }
  }
  position.needsUpdate = true;
  labels.geometry.computeBoundingSphere();
}
