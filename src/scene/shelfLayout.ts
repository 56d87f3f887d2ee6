import type { ShelfBottle } from './sceneContract';
import { SHELF } from './sceneLayout';

/** The outside of one kind of stock container, in metres. Round ones get a cap. */
export interface ContainerShape {
  kind: 'round' | 'carton';
  width: number;
  height: number;
  depth: number;
  cap?: { radius: number; height: number };
  body: string;
}

/** What each container kind looks like on the shelf. */
export const CONTAINER_SHAPES: Readonly<Record<ShelfBottle['container'], ContainerShape>> = {
  bottle: { kind: 'round', width: 0.144, height: 0.2, depth: 0.144, cap: { radius: 0.056, height: 0.04 }, body: '#f5f3ee' },
  vial: { kind: 'round', width: 0.12, height: 0.15, depth: 0.12, cap: { radius: 0.047, height: 0.03 }, body: '#d9e6e8' },
  dropper: { kind: 'round', width: 0.11, height: 0.13, depth: 0.11, cap: { radius: 0.024, height: 0.08 }, body: '#c98a44' },
  box: { kind: 'carton', width: 0.17, height: 0.12, depth: 0.11, body: '#f7f4ee' },
  inhaler: { kind: 'carton', width: 0.16, height: 0.13, depth: 0.08, body: '#f2f6f8' },
  tube: { kind: 'carton', width: 0.18, height: 0.1, depth: 0.07, body: '#f8f1f1' },
};

/** Every label is the same size so each reads the same at the shelves station (the atlas cell is 1.6 : 1). */
export const LABEL_SIZE = { width: 0.15, height: 0.094 } as const;

/** How far a picked bottle comes forward and up, so the student sees which one they took. */
export const PICK_OFFSET = { y: 0.06, z: 0.26 } as const;

/** Where one pickable bottle stands: shelf order index, its centre on the floor of its board. */
export interface BottleSlot {
  index: number;
  productId: string;
  x: number;
  /** Height of the board it stands on (the container's base). */
  y: number;
  /** Centre of the container front to back. */
  z: number;
  shape: ContainerShape;
}

/** Boards that can hold pickable stock, top first. Three rows suit up to 30 products; more use five. */
const BOARDS_TOP_FIRST = [SHELF.boards[5], ...SHELF.stockBoards, SHELF.boards[1]];

/** Boards in use for `count` products, top first. */
export function stockRows(count: number): readonly number[] {
  return count <= 30 ? SHELF.stockBoards : BOARDS_TOP_FIRST;
}

/**
 * Lays the products out in reading order (left to right, top board first) in the A–Z bay at
 * the middle of the back wall, keeping the model's order so look-alikes sit side by side.
 */
export function shelfLayout(shelf: readonly ShelfBottle[]): { slots: BottleSlot[]; columns: number; halfWidth: number } {
  const { columns, boards: rows, halfWidth } = stockGrid(shelf.length);
  const slots = shelf.map((bottle, index) => {
    const shape = CONTAINER_SHAPES[bottle.container];
    const row = Math.floor(index / columns);
    const col = index % columns;
    return {
      index,
      productId: bottle.productId,
      x: -halfWidth + SHELF.pitch * (col + 0.5),
      y: rows[row]! + 0.012,
      z: SHELF.frontZ - 0.03 - shape.depth / 2,
      shape,
    };
  });
  return { slots, columns, halfWidth };
}

/** A short shelf still spreads across this many columns, so a few products do not hide in a narrow slot. */
const MIN_COLUMNS = 6;

/** How the A–Z bay holds `count` products: its columns, the boards in use (top first) and its half-width. */
export function stockGrid(count: number): { columns: number; boards: readonly number[]; halfWidth: number } {
  const rows = stockRows(count);
  const columns = Math.max(1, Math.ceil(count / rows.length), Math.min(count, MIN_COLUMNS));
  const used = Math.max(1, Math.ceil(count / columns));
  return { columns, boards: rows.slice(0, used), halfWidth: (columns * SHELF.pitch) / 2 };
}

/** Height of the centre of the label above the container's base. */
export function labelCentreHeight(shape: ContainerShape): number {
  return Math.max(LABEL_SIZE.height / 2 + 0.004, shape.height * 0.46);
}
