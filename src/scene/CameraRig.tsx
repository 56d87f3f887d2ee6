import { useLayoutEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3, type PerspectiveCamera } from 'three';
import { STATION_VIEWS, viewPosition } from './stationViews';
import type { StationId } from '../core';

/** How long the camera takes to walk from one station to the next. */
export const TRAVEL_SECONDS = 0.8;

/** Attribute on `.scene-host` naming the station the camera is at or travelling to. */
export const STATION_ATTRIBUTE = 'data-station';
/** Attribute on `.scene-host`: "false" while travelling, "true" once the arrival frame is on screen. */
export const ARRIVED_ATTRIBUTE = 'data-station-arrived';

interface Travel {
  fromPos: Vector3;
  fromTarget: Vector3;
  toPos: Vector3;
  toTarget: Vector3;
  /** What the camera looks at right now (a camera has no target of its own). */
  target: Vector3;
  t: number;
  moving: boolean;
  /** The first frame after an idle spell has a huge delta; it must not swallow the whole trip. */
  firstStep: boolean;
  mounted: boolean;
  station: StationId;
  announce: StationId | null;
}

function newTravel(station: StationId): Travel {
  return {
    fromPos: new Vector3(),
    fromTarget: new Vector3(),
    toPos: new Vector3(),
    toTarget: new Vector3(),
    target: new Vector3(),
    t: 1,
    moving: false,
    firstStep: false,
    mounted: false,
    station,
    announce: null,
  };
}

const easeInOutCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

function sceneHost(canvas: unknown): Element | null {
  const el = canvas as { closest?: (s: string) => Element | null };
  return typeof el.closest === 'function' ? el.closest('.scene-host') : null;
}

/**
 * Moves the camera to the current station's view: an eased walk of TRAVEL_SECONDS, or an instant
 * cut under reduced motion. It asks for frames only while moving, so an idle pharmacy draws nothing.
 */
export function CameraRig({ station, reducedMotion }: { station: StationId; reducedMotion: boolean }) {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  // A number, so the rig re-renders only when the shape of the view changes, not on every resize.
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  const travel = useRef<Travel>(null);
  travel.current ??= newTravel(station);
  // Read at the moment the station changes; toggling the preference alone must not start a trip.
  const reduced = useRef(reducedMotion);
  reduced.current = reducedMotion;

  useLayoutEffect(() => {
    const tr = travel.current!;
    const view = STATION_VIEWS[station];
    const arriving = !tr.mounted || tr.station !== station;
    tr.station = station;
    tr.toPos.set(...viewPosition(view, aspect, (camera as PerspectiveCamera).fov ?? 50));
    tr.toTarget.set(...view.target);
    if (!arriving) {
      // Only the screen's shape changed: a trip under way just heads for the new spot; a camera at rest moves there.
      if (!tr.moving) {
        camera.position.copy(tr.toPos);
        camera.lookAt(tr.target);
        invalidate();
      }
      return;
    }
    if (!tr.mounted || reduced.current) {
      camera.position.copy(tr.toPos);
      tr.target.copy(tr.toTarget);
      camera.lookAt(tr.target);
      tr.moving = false;
      tr.t = 1;
    } else {
      tr.fromPos.copy(camera.position);
      tr.fromTarget.copy(tr.target);
      tr.t = 0;
      tr.moving = true;
      tr.firstStep = true;
    }
    tr.mounted = true;
    tr.announce = station;
    const host = sceneHost(canvas);
    host?.setAttribute(STATION_ATTRIBUTE, station);
    host?.setAttribute(ARRIVED_ATTRIBUTE, 'false');
    invalidate();
  }, [station, aspect, camera, canvas, invalidate]);

  useFrame((_, delta) => {
    const tr = travel.current!;
    if (tr.moving) {
      const step = tr.firstStep ? 1 / 60 : Math.min(delta, 0.1);
      tr.firstStep = false;
      tr.t = Math.min(1, tr.t + step / TRAVEL_SECONDS);
      const k = easeInOutCubic(tr.t);
      camera.position.lerpVectors(tr.fromPos, tr.toPos, k);
      tr.target.lerpVectors(tr.fromTarget, tr.toTarget, k);
      camera.lookAt(tr.target);
      if (tr.t < 1) {
        invalidate();
        return;
      }
      tr.moving = false;
    }
    if (tr.announce) announceArrival(canvas, tr, tr.announce);
  });

  return null;
}

/** Marks the host after the arrival frame is drawn (useFrame runs before the draw). Once per trip. */
function announceArrival(canvas: unknown, tr: Travel, station: StationId): void {
  tr.announce = null;
  const host = sceneHost(canvas);
  if (!host || typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => {
    if (!tr.moving && tr.station === station) host.setAttribute(ARRIVED_ATTRIBUTE, 'true');
  });
}
