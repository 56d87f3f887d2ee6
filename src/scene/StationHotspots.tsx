import { useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import type { Vec3 } from './paintedGeometry';
import { pointerHandlers, showPointer } from './pointerCursor';
import { COUNTER, PHONE, SHELF, VERIFY, WAITING, WORKBENCH } from './sceneLayout';
import { STATION_IDS, type StationId } from '../core';

/** The clickable volume of one station: centre and size in metres. */
export interface Hotspot {
  at: Vec3;
  size: Vec3;
}

/** What counts as "clicking the station" in 3D: the counter section, the terminal, the phone… */
export const STATION_HOTSPOTS: Readonly<Record<StationId, Hotspot>> = {
  dropoff: { at: [COUNTER.dropOffX, 1.0, COUNTER.z], size: [1.6, 2.0, 0.9] },
  pickup: { at: [COUNTER.pickUpX, 1.0, COUNTER.z], size: [1.6, 2.0, 0.9] },
  entry: { at: [WORKBENCH.terminalX, 1.15, WORKBENCH.z], size: [1.3, 0.6, 0.9] },
  counting: { at: [WORKBENCH.trayX, 1.0, WORKBENCH.z], size: [1.0, 0.3, 0.9] },
  label: { at: [WORKBENCH.printerX, 1.05, WORKBENCH.z], size: [0.9, 0.4, 0.9] },
  verify: { at: [VERIFY.x, 1.0, VERIFY.z - 0.35], size: [VERIFY.width, 2.0, 1.6] },
  shelves: { at: [0, 1.25, (SHELF.frontZ + SHELF.backZ) / 2], size: [SHELF.right - SHELF.left, 2.4, SHELF.frontZ - SHELF.backZ + 0.1] },
  phone: { at: [PHONE.x + 0.2, 1.25, PHONE.z], size: [0.45, 0.9, 0.9] },
  waiting: { at: [(WAITING.chairsX[0]! + WAITING.chairsX[WAITING.chairsX.length - 1]!) / 2, 0.6, WAITING.chairsZ], size: [4.6, 1.2, 1.2] },
};

/**
 * Invisible boxes (no draw call; three still raycasts invisible meshes) that report a click as
 * `onStation(id)`. The current station has none, so its own objects (the bottles) get the clicks.
 */
export function StationHotspots({ current, onStation }: { current: StationId; onStation: (id: StationId) => void }) {
  // The hotspot under the pointer vanishes when its station becomes current; no pointer-out follows.
  useEffect(() => showPointer(false), [current]);
  // One handler per station, kept across renders: a new handler prop makes R3F draw a frame.
  const clicks = useMemo(
    () =>
      Object.fromEntries(
        STATION_IDS.map((id) => [
          id,
          (e: ThreeEvent<MouseEvent>) => {
            e.stopPropagation();
            onStation(id);
          },
        ]),
      ) as Record<StationId, (e: ThreeEvent<MouseEvent>) => void>,
    [onStation],
  );
  return (
    <group name="station-hotspots">
      {STATION_IDS.filter((id) => id !== current).map((id) => {
        const spot = STATION_HOTSPOTS[id];
        return (
          <mesh key={id} name={`hotspot:${id}`} position={spot.at} visible={false} onClick={clicks[id]} {...pointerHandlers}>
            <boxGeometry args={spot.size} />
          </mesh>
        );
      })}
    </group>
  );
}
