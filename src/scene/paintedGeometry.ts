import {
  BoxGeometry,
  BufferAttribute,
  CapsuleGeometry,
  Color,
  CylinderGeometry,
  Euler,
  Matrix4,
  PlaneGeometry,
  Quaternion,
  SphereGeometry,
  Vector3,
  type BufferGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** A point or size in metres: [x, y, z]. */
export type Vec3 = readonly [number, number, number];

/** Where a part sits: rotation in radians (applied X, Y, Z) and an optional non-uniform scale. */
export interface Pose {
  rot?: Vec3;
  scale?: Vec3;
}

const tmpColour = new Color();
const tmpMatrix = new Matrix4();
const tmpQuat = new Quaternion();
const tmpEuler = new Euler();
const tmpPos = new Vector3();
const tmpScale = new Vector3();

/**
 * Collects coloured primitives and merges them into ONE vertex-coloured geometry, so a whole
 * piece of furniture (or a whole person) costs a single draw call with a shared material.
 */
export class PaintKit {
  private readonly parts: BufferGeometry[] = [];

  /** A box of `size` centred at `at`. */
  box(size: Vec3, at: Vec3, colour: string, pose: Pose = {}): this {
    return this.add(new BoxGeometry(size[0], size[1], size[2]), at, colour, pose);
  }

  /** An upright cylinder (or cone when the radii differ) centred at `at`. */
  cylinder(radiusTop: number, radiusBottom: number, height: number, at: Vec3, colour: string, pose: Pose = {}, segments = 12): this {
    return this.add(new CylinderGeometry(radiusTop, radiusBottom, height, segments), at, colour, pose);
  }

  /** A sphere, or a cap of one when `thetaLength` is less than π. */
  sphere(radius: number, at: Vec3, colour: string, pose: Pose = {}, thetaLength = Math.PI, segments = 14): this {
    const rings = Math.max(4, Math.round((segments * 0.6 * thetaLength) / Math.PI));
    return this.add(new SphereGeometry(radius, segments, rings, 0, Math.PI * 2, 0, thetaLength), at, colour, pose);
  }

  /** An upright capsule whose straight part is `length` long, centred at `at`. */
  capsule(radius: number, length: number, at: Vec3, colour: string, pose: Pose = {}): this {
    return this.add(new CapsuleGeometry(radius, length, 3, 10), at, colour, pose);
  }

  /** A flat rectangle facing +Z (rotate it to lay it down or turn it). */
  plane(width: number, height: number, at: Vec3, colour: string, pose: Pose = {}): this {
    return this.add(new PlaneGeometry(width, height), at, colour, pose);
  }

  /** Merges every part into one geometry and frees the parts. */
  build(): BufferGeometry {
    if (this.parts.length === 0) throw new Error('PaintKit.build(): nothing was painted');
    const merged = mergeGeometries(this.parts, false);
    for (const part of this.parts) part.dispose();
    this.parts.length = 0;
    if (!merged) throw new Error('PaintKit.build(): parts have incompatible attributes');
    merged.computeBoundingSphere();
    return merged;
  }

  private add(geometry: BufferGeometry, at: Vec3, colour: string, pose: Pose): this {
    const rot = pose.rot ?? [0, 0, 0];
    const scale = pose.scale ?? [1, 1, 1];
    tmpQuat.setFromEuler(tmpEuler.set(rot[0], rot[1], rot[2]));
    tmpMatrix.compose(tmpPos.set(at[0], at[1], at[2]), tmpQuat, tmpScale.set(scale[0], scale[1], scale[2]));
    geometry.applyMatrix4(tmpMatrix);
    // Hex colours are sRGB; Color stores them in three's linear working space, which the shader expects.
    tmpColour.set(colour);
    const count = geometry.getAttribute('position').count;
    const colours = new Float32Array(count * 3);
    for (let i = 0; i < count; i++) {
      colours[i * 3] = tmpColour.r;
      colours[i * 3 + 1] = tmpColour.g;
      colours[i * 3 + 2] = tmpColour.b;
    }
    geometry.setAttribute('color', new BufferAttribute(colours, 3));
    this.parts.push(geometry);
    return this;
  }
}
