import type { PaintKit } from './paintedGeometry';

/** Adds an open plastic prescription basket (floor, four walls, a rim) standing at `y`, centred on x, z. */
export function addBasket(
  kit: PaintKit,
  x: number,
  y: number,
  z: number,
  colour: string,
  size: readonly [number, number] = [0.42, 0.3],
): void {
  const [w, d] = size;
  const h = 0.13;
  const t = 0.015;
  kit
    .box([w, t, d], [x, y + t / 2, z], colour)
    .box([w, h, t], [x, y + h / 2, z + d / 2 - t / 2], colour)
    .box([w, h, t], [x, y + h / 2, z - d / 2 + t / 2], colour)
    .box([t, h, d], [x + w / 2 - t / 2, y + h / 2, z], colour)
    .box([t, h, d], [x - w / 2 + t / 2, y + h / 2, z], colour)
    // A slightly wider rim reads as a basket, not a box, from a distance.
    .box([w + 0.02, 0.02, 0.02], [x, y + h, z + d / 2], colour)
    .box([w + 0.02, 0.02, 0.02], [x, y + h, z - d / 2], colour);
}
