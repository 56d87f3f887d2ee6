import { PaintKit } from './paintedGeometry';
import { paintedMaterial } from './materials';
import { PALETTE } from './palette';
import { WAITING } from './sceneLayout';
import { useDisposable } from './useDisposable';

/** One waiting-room chair facing the counter (-Z): seat, back, four legs. */
function addChair(kit: PaintKit, x: number, z: number): void {
  kit
    .box([0.52, 0.07, 0.48], [x, 0.45, z], PALETTE.chairSeat)
    .box([0.52, 0.46, 0.06], [x, 0.72, z + 0.23], PALETTE.chairSeat, { rot: [-0.1, 0, 0] });
  for (const dx of [-0.22, 0.22]) {
    for (const dz of [-0.2, 0.2]) kit.cylinder(0.015, 0.015, 0.42, [x + dx, 0.21, z + dz], PALETTE.chairFrame, {}, 6);
  }
}

/** A queue post: weighted base, pole and cap. */
function addPost(kit: PaintKit, x: number, z: number, height = 0.95): void {
  kit
    .cylinder(0.15, 0.16, 0.03, [x, 0.015, z], PALETTE.metalDark, {}, 14)
    .cylinder(0.028, 0.028, height, [x, height / 2, z], PALETTE.metal, {}, 8)
    .sphere(0.04, [x, height, z], PALETTE.metal, {}, Math.PI, 8);
}

function buildWaitingArea() {
  const kit = new PaintKit();
  for (const x of WAITING.chairsX) addChair(kit, x, WAITING.chairsZ);
  // Arm rests between neighbouring chairs.
  for (let i = 0; i <= WAITING.chairsX.length; i++) {
    const x = WAITING.chairsX[0]! - 0.35 + i * 0.7;
    kit.box([0.05, 0.05, 0.42], [x, 0.66, WAITING.chairsZ + 0.02], PALETTE.chairFrame);
    kit.box([0.04, 0.22, 0.04], [x, 0.55, WAITING.chairsZ - 0.15], PALETTE.chairFrame);
  }
  // The queue lane: posts either side with navy belts between them.
  const lane = [WAITING.queueZ - 0.3, WAITING.queueZ + 1.1, WAITING.queueZ + 2.5];
  for (const side of [-0.5, 0.62]) {
    const x = WAITING.queueX + side;
    lane.forEach((z) => addPost(kit, x, z));
    for (let i = 0; i < lane.length - 1; i++) {
      const z = (lane[i]! + lane[i + 1]!) / 2;
      kit.box([0.015, 0.05, lane[i + 1]! - lane[i]!], [x, 0.88, z], PALETTE.navy);
    }
  }
  // The "Please wait here" sign's stand (the sign itself is on the sign atlas).
  addPost(kit, WAITING.queueX + 0.55, WAITING.queueZ - 0.47, 1.05);
  kit.box([0.54, 0.29, 0.02], [WAITING.queueX + 0.55, 1.2, WAITING.queueZ - 0.462], PALETTE.metalDark);
  // A low table with magazines at the end of the chairs.
  const tx = WAITING.chairsX[WAITING.chairsX.length - 1]! + 0.75;
  kit
    .box([0.5, 0.04, 0.5], [tx, 0.46, WAITING.chairsZ], PALETTE.wood)
    .cylinder(0.03, 0.05, 0.44, [tx, 0.22, WAITING.chairsZ], PALETTE.chairFrame, {}, 8)
    .box([0.22, 0.012, 0.28], [tx - 0.06, 0.486, WAITING.chairsZ + 0.03], PALETTE.coral, { rot: [0, 0.3, 0] })
    .box([0.22, 0.012, 0.28], [tx + 0.08, 0.498, WAITING.chairsZ - 0.04], PALETTE.mustard, { rot: [0, -0.2, 0] });
  return kit.build();
}

/** The waiting area in front of the counter: a row of chairs and the roped queue lane. */
export function WaitingArea() {
  const geometry = useDisposable(buildWaitingArea, []);
  return <mesh geometry={geometry} material={paintedMaterial} name="waiting-area" />;
}
