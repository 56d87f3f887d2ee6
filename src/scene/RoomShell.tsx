import { PaintKit } from './paintedGeometry';
import { paintedMaterial } from './materials';
import { PALETTE } from './palette';
import { ROOM } from './sceneLayout';
import { useDisposable } from './useDisposable';

/** Walls, ceiling and skirting as one vertex-coloured mesh (the floor and windows are separate). */
function buildRoom() {
  const w = ROOM.halfWidth * 2;
  const d = ROOM.front - ROOM.back;
  const midZ = (ROOM.front + ROOM.back) / 2;
  const h = ROOM.height;
  const kit = new PaintKit()
    .box([w, h, 0.1], [0, h / 2, ROOM.back - 0.05], PALETTE.wallCream)
    .box([w, 0.55, 0.02], [0, h - 0.45, ROOM.back + 0.01], PALETTE.wallAccentTeal)
    .box([w, h, 0.1], [0, h / 2, ROOM.front + 0.05], PALETTE.wallCream)
    .box([0.1, h, d], [-ROOM.halfWidth - 0.05, h / 2, midZ], PALETTE.wallCream)
    .box([0.1, h, d], [ROOM.halfWidth + 0.05, h / 2, midZ], PALETTE.wallSage)
    .box([w, 0.05, d], [0, h + 0.025, midZ], PALETTE.ceiling)
    // Skirting boards keep the walls from floating on the floor.
    .box([w, 0.1, 0.03], [0, 0.05, ROOM.back + 0.015], PALETTE.skirting)
    .box([w, 0.1, 0.03], [0, 0.05, ROOM.front - 0.015], PALETTE.skirting)
    .box([0.03, 0.1, d], [-ROOM.halfWidth + 0.015, 0.05, midZ], PALETTE.skirting)
    .box([0.03, 0.1, d], [ROOM.halfWidth - 0.015, 0.05, midZ], PALETTE.skirting);
  // A teal band at dado height on the side walls ties the room to the counter front.
  kit.box([0.02, 0.08, d], [-ROOM.halfWidth + 0.01, 1.0, midZ], PALETTE.wallAccentTeal);
  kit.box([0.02, 0.08, d], [ROOM.halfWidth - 0.01, 1.0, midZ], PALETTE.wallAccentTeal);
  return kit.build();
}

/** The room every station stands in. */
export function RoomShell() {
  const geometry = useDisposable(buildRoom, []);
  return <mesh geometry={geometry} material={paintedMaterial} name="room-shell" />;
}
