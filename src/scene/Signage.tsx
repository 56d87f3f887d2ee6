import { Euler, Matrix4, PlaneGeometry, Quaternion, Vector3, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Vec3 } from './paintedGeometry';
import { COUNTER, DECOR, PHONE, ROOM, SHELF, VERIFY, WAITING, WORKBENCH } from './sceneLayout';
import { makeSignAtlas, SIGN_ATLAS_SIZE, SIGN_REGIONS, type SignName } from './signAtlas';
import { useDisposable } from './useDisposable';

/** One flat sign: which atlas region, its size in metres, where it hangs and how it is turned. */
export interface SignPlacement {
  sign: SignName;
  size: readonly [number, number];
  at: Vec3;
  rot?: Vec3;
  /** Only drawn at high quality (posters, clock, promotions). */
  decor?: boolean;
}

const HALF_PI = Math.PI / 2;
const WALL_L = -ROOM.halfWidth + 0.012;
const WALL_R = ROOM.halfWidth - 0.012;

/** Where every sign in the shop hangs. */
export const SIGN_PLACEMENTS: readonly SignPlacement[] = [
  { sign: 'pharmacy', size: [3.6, 0.675], at: [0, 3.03, COUNTER.z + 0.372] },
  { sign: 'dropoff', size: [1.2, 0.3], at: [COUNTER.dropOffX, 2.4, COUNTER.z + 0.2] },
  { sign: 'pickup', size: [1.2, 0.3], at: [COUNTER.pickUpX, 2.4, COUNTER.z + 0.2] },
  { sign: 'consult', size: [0.9, 0.27], at: [0, 0.72, COUNTER.z + COUNTER.depth / 2 + 0.012] },
  { sign: 'screen', size: [0.48, 0.32], at: [WORKBENCH.terminalX, WORKBENCH.height + 0.36, WORKBENCH.z - 0.129] },
  { sign: 'printerLabel', size: [0.2, 0.08], at: [WORKBENCH.printerX, WORKBENCH.height + 0.004, WORKBENCH.z + 0.2], rot: [-HALF_PI, 0, 0] },
  { sign: 'register', size: [0.2, 0.083], at: [COUNTER.pickUpX + 0.55, COUNTER.height + 0.33, COUNTER.z - 0.104], rot: [0.3, Math.PI, 0] },
  { sign: 'verification', size: [0.8, 0.143], at: [VERIFY.x - 0.55, VERIFY.height + 0.08, VERIFY.z - 0.179] },
  { sign: 'stock', size: [1.4, 0.25], at: [0, SHELF.boards[6] + 0.22, SHELF.frontZ + 0.02] },
  { sign: 'phoneNotes', size: [0.32, 0.37], at: [PHONE.x + 0.023, PHONE.y + 0.05, PHONE.z + 0.5], rot: [0, HALF_PI, 0] },
  { sign: 'waitHere', size: [0.5, 0.25], at: [WAITING.queueX + 0.55, 1.2, WAITING.queueZ - 0.45] },
  { sign: 'daylight', size: [2.2, 1.45], at: [-4.6, 1.55, ROOM.front - 0.012], rot: [0, Math.PI, 0] },
  { sign: 'daylight', size: [2.2, 1.45], at: [-1.6, 1.55, ROOM.front - 0.012], rot: [0, Math.PI, 0] },
  { sign: 'daylight', size: [1.1, 2.2], at: [1.2, 1.1, ROOM.front - 0.012], rot: [0, Math.PI, 0] },
  { sign: 'daylight', size: [2.2, 1.45], at: [4.0, 1.55, ROOM.front - 0.012], rot: [0, Math.PI, 0] },
  { sign: 'posterFlu', size: [0.7, 1.0], at: [WALL_R, 1.65, 3.2], rot: [0, -HALF_PI, 0], decor: true },
  { sign: 'posterAsk', size: [0.7, 1.0], at: [WALL_L, 1.65, 5.2], rot: [0, HALF_PI, 0], decor: true },
  { sign: 'posterAsk', size: [0.56, 0.8], at: [WALL_R, 1.7, -3.2], rot: [0, -HALF_PI, 0], decor: true },
  { sign: 'coldFlu', size: [1.2, 0.3], at: [DECOR.endCapX - 0.205, 1.98, DECOR.endCapZ], rot: [0, HALF_PI, 0], decor: true },
  { sign: 'clock', size: [0.45, 0.45], at: [WALL_R, 2.45, 1.0], rot: [0, -HALF_PI, 0], decor: true },
  ...[-4, 0, 4].flatMap((x) =>
    [-4.2, -1.2, 2.2, 5.0].map((z): SignPlacement => ({
      sign: 'lightPanel',
      size: [1.2, 0.6],
      at: [x, ROOM.height - 0.005, z],
      rot: [HALF_PI, 0, 0],
    })),
  ),
];

const tmpMatrix = new Matrix4();
const tmpQuat = new Quaternion();
const tmpEuler = new Euler();
const tmpPos = new Vector3();
const unitScale = new Vector3(1, 1, 1);

/** Merges the chosen signs into one geometry whose UVs point into the sign atlas. */
export function buildSignGeometry(placements: readonly SignPlacement[]): BufferGeometry {
  const quads = placements.map((p) => {
    const quad = new PlaneGeometry(p.size[0], p.size[1]);
    const region = SIGN_REGIONS[p.sign];
    const uv = quad.getAttribute('uv');
    for (let i = 0; i < uv.count; i++) {
      // Canvas y grows downwards and the canvas texture is flipped, so v counts from the bottom.
      uv.setXY(i, (region.x + uv.getX(i) * region.w) / SIGN_ATLAS_SIZE, 1 - (region.y + (1 - uv.getY(i)) * region.h) / SIGN_ATLAS_SIZE);
    }
    const rot = p.rot ?? [0, 0, 0];
    tmpQuat.setFromEuler(tmpEuler.set(rot[0], rot[1], rot[2]));
    quad.applyMatrix4(tmpMatrix.compose(tmpPos.set(p.at[0], p.at[1], p.at[2]), tmpQuat, unitScale));
    return quad;
  });
  const merged = mergeGeometries(quads, false);
  quads.forEach((q) => q.dispose());
  if (!merged) throw new Error('signs could not be merged');
  return merged;
}

/** Every sign, screen, poster and ceiling light: one mesh, one texture, one draw call. */
export function Signage({ decor }: { decor: boolean }) {
  const texture = useDisposable(makeSignAtlas, []);
  const geometry = useDisposable(() => buildSignGeometry(SIGN_PLACEMENTS.filter((p) => decor || !p.decor)), [decor]);
  return (
    <mesh geometry={geometry} name="signage">
      {/* Unlit: signs, screens and ceiling panels are backlit, and their colours must read as painted. */}
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
