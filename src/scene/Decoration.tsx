import { PaintKit } from './paintedGeometry';
import { paintedMaterial } from './materials';
import { PALETTE } from './palette';
import { DECOR, ROOM } from './sceneLayout';
import { seededRandom } from './seededRandom';
import { useDisposable } from './useDisposable';

const PRODUCT_COLOURS = ['#e86f5a', '#3e7fb8', '#e9b949', '#5fa37a', '#9b6fb0', '#f4f1ea', '#d9534f', '#4aa3a1', '#f2a65a', '#24466b'];

/** A potted plant: terracotta pot and a loose ball of leaves. */
function addPlant(kit: PaintKit, x: number, z: number, tall: boolean): void {
  kit.cylinder(0.22, 0.17, 0.45, [x, 0.225, z], PALETTE.potTerracotta, {}, 14).cylinder(0.2, 0.2, 0.02, [x, 0.44, z], '#5a4330', {}, 14);
  const leaves: [number, number, number, number][] = tall
    ? [
        [0, 1.3, 0, 0.3],
        [0.16, 1.05, 0.08, 0.24],
        [-0.15, 0.95, -0.05, 0.26],
        [0.05, 1.55, -0.05, 0.2],
        [-0.08, 0.7, 0.1, 0.22],
      ]
    : [
        [0, 0.68, 0, 0.26],
        [0.15, 0.6, 0.1, 0.18],
        [-0.14, 0.62, -0.06, 0.2],
      ];
  if (tall) kit.cylinder(0.025, 0.03, 1.0, [x, 0.9, z], PALETTE.woodDark, {}, 6);
  leaves.forEach(([dx, y, dz, r], i) =>
    kit.sphere(r, [x + dx, y, z + dz], i % 2 ? PALETTE.leafDark : PALETTE.leaf, { scale: [1, 0.85, 1] }, Math.PI, 10),
  );
}

/** The over-the-counter end cap facing into the shop, stocked with cold & flu boxes. */
function addEndCap(kit: PaintKit): void {
  const x = DECOR.endCapX;
  const z = DECOR.endCapZ;
  const rand = seededRandom(1234);
  kit
    .box([0.55, 0.12, 1.3], [x, 0.06, z], PALETTE.kickPlate)
    .box([0.05, 1.75, 1.3], [x - 0.27, 0.875, z], PALETTE.shelfBack)
    .box([0.06, 1.85, 0.05], [x, 0.925, z - 0.65], PALETTE.metal)
    .box([0.06, 1.85, 0.05], [x, 0.925, z + 0.65], PALETTE.metal)
    .box([0.06, 0.32, 1.3], [x - 0.24, 1.98, z], PALETTE.metalDark);
  for (const y of [0.14, 0.52, 0.9, 1.28]) {
    kit.box([0.5, 0.025, 1.28], [x, y, z], PALETTE.shelfBoard);
    kit.box([0.012, 0.04, 1.28], [x + 0.25, y - 0.006, z], PALETTE.coral);
    for (let zz = z - 0.6; zz < z + 0.55;) {
      const w = 0.1 + rand() * 0.08;
      const h = 0.14 + rand() * 0.14;
      kit.box(
        [0.12 + rand() * 0.08, h, w],
        [x + 0.08, y + 0.012 + h / 2, zz + w / 2],
        PRODUCT_COLOURS[Math.floor(rand() * PRODUCT_COLOURS.length)]!,
      );
      zz += w + 0.02;
    }
  }
}

/** Will-call bins on the right wall: filled orders in white and brown paper bags. */
function addWillCall(kit: PaintKit): void {
  const x = ROOM.halfWidth - 0.2;
  kit.box([0.36, 1.6, 1.8], [x, 1.0, -0.9], PALETTE.woodDark);
  for (const y of [0.5, 1.0, 1.5]) {
    kit.box([0.34, 0.02, 1.76], [x - 0.02, y - 0.2, -0.9], PALETTE.shelfBoard);
    for (let i = 0; i < 7; i++) {
      kit.box([0.26, 0.34, 0.2], [x - 0.05, y - 0.02, -1.65 + i * 0.25], i % 3 === 1 ? '#c9a77c' : '#f6f2e8', {
        rot: [0, 0, 0.05 * ((i % 3) - 1)],
      });
    }
  }
}

function buildDecoration() {
  const kit = new PaintKit();
  addPlant(kit, -ROOM.halfWidth + 0.45, ROOM.front - 0.5, true);
  addPlant(kit, ROOM.halfWidth - 0.45, ROOM.front - 0.5, false);
  addPlant(kit, -ROOM.halfWidth + 0.45, 1.6, false);
  addPlant(kit, ROOM.halfWidth - 0.45, 1.5, true);
  addEndCap(kit);
  addWillCall(kit);
  return kit.build();
}

/** Plants, the OTC end cap and will-call bins: what makes it a shop. Hidden at low quality. */
export function Decoration() {
  const geometry = useDisposable(buildDecoration, []);
  return <mesh geometry={geometry} material={paintedMaterial} name="decoration" />;
}
