import { COUNTER, PHONE, SHELF, VERIFY, WORKBENCH } from './sceneLayout';
import type { StationId } from '../core';

/** Where the camera stands and what it looks at for one station (names for people live in the UI). */
export interface StationView {
  position: readonly [number, number, number];
  target: readonly [number, number, number];
  /** Width in metres, at the target, that must stay in view on a narrow screen (the camera backs off). */
  frameWidth?: number;
}

/** Technician's eye height; the views are what a person standing at each station sees. */
const EYE = 1.6;

/** One camera pose per station. */
export const STATION_VIEWS: Readonly<Record<StationId, StationView>> = {
  dropoff: { position: [COUNTER.dropOffX, EYE, -0.5], target: [COUNTER.dropOffX, 1.3, 1.9] },
  entry: { position: [WORKBENCH.terminalX, 1.55, -0.95], target: [WORKBENCH.terminalX, 1.1, -2.2], frameWidth: 1.0 },
  shelves: { position: [0, 1.34, SHELF.frontZ + 1.32], target: [0, 1.3, SHELF.frontZ - 0.2], frameWidth: 1.8 },
  counting: { position: [WORKBENCH.trayX, 1.48, -1.5], target: [WORKBENCH.trayX, 0.9, -2.1], frameWidth: 0.7 },
  label: { position: [WORKBENCH.printerX, 1.45, -1.3], target: [WORKBENCH.printerX, 0.95, -2.05], frameWidth: 0.8 },
  verify: { position: [VERIFY.x - 1.3, 1.65, -0.6], target: [VERIFY.x, 1.2, VERIFY.pharmacistZ + 0.2] },
  pickup: { position: [COUNTER.pickUpX, EYE, -0.5], target: [COUNTER.pickUpX, 1.3, 1.9] },
  phone: { position: [PHONE.x + 1.15, 1.55, PHONE.z + 0.45], target: [PHONE.x, 1.35, PHONE.z + 0.1] },
  waiting: { position: [-4.7, 2.5, 6.1], target: [0.9, 1.0, 0.6] },
};

/**
 * Where the camera stands for `view` on a screen of this aspect (width / height) and vertical
 * field of view: the view's own position, or further back along its line of sight when the
 * screen is too narrow to show `frameWidth`.
 */
export function viewPosition(view: StationView, aspect: number, fovDegrees: number): [number, number, number] {
  const [px, py, pz] = view.position;
  const [tx, ty, tz] = view.target;
  const distance = Math.hypot(px - tx, py - ty, pz - tz);
  const halfWidthPerMetre = Math.tan(((fovDegrees / 2) * Math.PI) / 180) * Math.max(aspect, 0.1);
  const needed = (view.frameWidth ?? 0) / (2 * halfWidthPerMetre);
  if (!(needed > distance)) return [px, py, pz];
  const k = needed / distance;
  return [tx + (px - tx) * k, ty + (py - ty) * k, tz + (pz - tz) * k];
}
