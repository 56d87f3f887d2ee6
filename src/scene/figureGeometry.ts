import type { BufferGeometry } from 'three';
import { PaintKit } from './paintedGeometry';
import { PALETTE } from './palette';

/** How a stylised person looks. Facing +Z, feet on y = 0. */
export interface FigureLook {
  /** Height in metres; every part scales with it. */
  height: number;
  shirt: string;
  skin: string;
  hair: string;
  trousers?: string;
  hairStyle?: 'short' | 'long' | 'bun';
  /** A white coat over the shirt (the pharmacist). */
  coat?: boolean;
  /** Sitting on a waiting-room chair (seat at SEAT_HEIGHT) instead of standing. */
  seated?: boolean;
}

/** The unscaled person is 1.75 m; `s` is the look's scale. */
const BASE_HEIGHT = 1.75;
/** How flat the torso is front to back. */
const TORSO_DEPTH = 0.72;
/** Hip height of the unscaled standing person. */
const HIP = 0.9;
/** Height of a waiting-room seat, where a seated person's hips rest. */
export const SEAT_HEIGHT = 0.5;

/** Maps a standing height (unscaled) to this person's height, lowered onto the seat when seated. */
function upperBody(look: FigureLook): (y: number) => number {
  const s = look.height / BASE_HEIGHT;
  const drop = look.seated ? SEAT_HEIGHT - HIP * s : 0;
  return (y) => y * s + drop;
}

/** Where a name tag sits on the chest of this person (x, y, z). */
export function nameTagSpot(look: Pick<FigureLook, 'height' | 'coat' | 'seated'>): [number, number, number] {
  const s = look.height / BASE_HEIGHT;
  return [look.coat ? 0.09 * s : 0, upperBody(look as FigureLook)(1.33), 0.2 * TORSO_DEPTH * s + 0.008];
}

function addHead(kit: PaintKit, look: FigureLook, s: number): void {
  const y = upperBody(look);
  kit
    .cylinder(0.055 * s, 0.06 * s, 0.1 * s, [0, y(1.57), 0], look.skin)
    .sphere(0.118 * s, [0, y(1.68), 0], look.skin, { scale: [1, 1.08, 1] })
    .sphere(0.126 * s, [0, y(1.695), -0.012 * s], look.hair, { rot: [-0.4, 0, 0] }, Math.PI * 0.55)
    .sphere(0.016 * s, [-0.042 * s, y(1.69), 0.106 * s], PALETTE.eye)
    .sphere(0.016 * s, [0.042 * s, y(1.69), 0.106 * s], PALETTE.eye)
    .sphere(0.02 * s, [0, y(1.662), 0.118 * s], look.skin)
    .box([0.045 * s, 0.008 * s, 0.01 * s], [0, y(1.625), 0.112 * s], '#9c4a3c');
  if (look.hairStyle === 'long') kit.capsule(0.1 * s, 0.16 * s, [0, y(1.58), -0.065 * s], look.hair, { scale: [1.1, 1, 0.7] });
  if (look.hairStyle === 'bun') kit.sphere(0.06 * s, [0, y(1.8), -0.085 * s], look.hair);
}

/** Standing legs, or thighs along the seat and shins down to the floor. */
function addLegs(kit: PaintKit, look: FigureLook, s: number): void {
  const trousers = look.trousers ?? PALETTE.trousers;
  for (const side of [-1, 1]) {
    const x = side * 0.09 * s;
    if (!look.seated) {
      kit
        .box([0.1 * s, 0.07 * s, 0.24 * s], [x, 0.035 * s, 0.03 * s], PALETTE.shoes)
        .capsule(0.075 * s, 0.7 * s, [x, 0.47 * s, 0], trousers);
      continue;
    }
    const knee = 0.4 * s;
    kit
      .capsule(0.078 * s, knee, [x, SEAT_HEIGHT + 0.02, knee / 2], trousers, { rot: [Math.PI / 2, 0, 0] })
      .capsule(0.07 * s, SEAT_HEIGHT - 0.08, [x, SEAT_HEIGHT / 2 + 0.02, knee], trousers)
      .box([0.1 * s, 0.07 * s, 0.24 * s], [x, 0.035 * s, knee + 0.05 * s], PALETTE.shoes);
  }
}

function addBody(kit: PaintKit, look: FigureLook, s: number): void {
  const y = upperBody(look);
  const top = look.coat ? PALETTE.coatWhite : look.shirt;
  // Seated people rest their hands on their knees; standing people let their arms hang.
  const armTilt = look.seated ? -0.5 : 0;
  for (const side of [-1, 1]) {
    kit
      .capsule(0.062 * s, 0.5 * s, [side * 0.265 * s, y(1.13), look.seated ? 0.12 * s : 0], top, { rot: [armTilt, 0, side * 0.1] })
      .sphere(0.062 * s, [side * 0.28 * s, y(look.seated ? 0.86 : 0.8), look.seated ? 0.25 * s : 0.01 * s], look.skin);
  }
  kit.capsule(0.2 * s, 0.38 * s, [0, y(1.16), 0], top, { scale: [1, 1, TORSO_DEPTH] });
  if (look.coat) {
    // The coat hangs below the waist and shows the shirt at the collar.
    kit
      .cylinder(0.205 * s, 0.24 * s, 0.38 * s, [0, y(0.77), 0], PALETTE.coatWhite, { scale: [1, 1, 0.78] })
      .box([0.1 * s, 0.26 * s, 0.02 * s], [0, y(1.38), 0.142 * s], look.shirt)
      .box([0.1 * s, 0.06 * s, 0.015 * s], [-0.09 * s, y(1.25), 0.146 * s], '#e4e4df')
      .box([0.012 * s, 0.08 * s, 0.012 * s], [-0.11 * s, y(1.28), 0.152 * s], PALETTE.navy);
  }
}

/** One merged, vertex-coloured person: a single draw call whatever the look. */
export function buildFigure(look: FigureLook): BufferGeometry {
  const s = look.height / BASE_HEIGHT;
  const kit = new PaintKit();
  addLegs(kit, look, s);
  addBody(kit, look, s);
  addHead(kit, look, s);
  return kit.build();
}

/** A stable hair style for a patient id, so the same patient always looks the same. */
export function hairStyleFor(id: string): 'short' | 'long' | 'bun' {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return (['short', 'long', 'bun'] as const)[h % 3]!;
}
