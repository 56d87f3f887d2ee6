import { paintTexture } from './canvasTexture';
import { PALETTE } from './palette';
import { ROOM } from './sceneLayout';
import { seededRandom } from './seededRandom';
import { useDisposable } from './useDisposable';

/** One texture repeat covers 4×4 tiles of 0.5 m. */
const REPEAT_METRES = 2;

/** Paints 4×4 vinyl tiles with grout, a faint speckle and one accent tile per repeat. */
function paintTiles(ctx: CanvasRenderingContext2D, size: number): void {
  const tile = size / 4;
  const rand = seededRandom(7);
  ctx.fillStyle = PALETTE.floorGrout;
  ctx.fillRect(0, 0, size, size);
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 4; col++) {
      const accent = row === 1 && col === 2;
      ctx.fillStyle = accent ? PALETTE.wallSage : (row + col) % 2 ? PALETTE.floorTileAlt : PALETTE.floorTile;
      ctx.fillRect(col * tile + 1, row * tile + 1, tile - 2, tile - 2);
      for (let i = 0; i < 40; i++) {
        ctx.fillStyle = rand() > 0.5 ? 'rgba(120,95,60,0.10)' : 'rgba(255,255,255,0.25)';
        ctx.fillRect(col * tile + 2 + rand() * (tile - 5), row * tile + 2 + rand() * (tile - 5), 2, 2);
      }
    }
  }
}

/** The tiled shop floor: one plane, one small repeating canvas texture. */
export function Floor() {
  const width = ROOM.halfWidth * 2;
  const depth = ROOM.front - ROOM.back;
  const texture = useDisposable(
    () =>
      paintTexture('floor-tiles', 256, 256, (ctx, w) => paintTiles(ctx, w), {
        repeat: [width / REPEAT_METRES, depth / REPEAT_METRES],
        anisotropy: 4,
      }),
    [width, depth],
  );
  return (
    <mesh rotation-x={-Math.PI / 2} position={[0, 0, (ROOM.front + ROOM.back) / 2]} name="floor">
      <planeGeometry args={[width, depth]} />
      <meshLambertMaterial map={texture} />
    </mesh>
  );
}
