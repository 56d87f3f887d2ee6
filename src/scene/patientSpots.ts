import type { PatientFigure } from './sceneContract';
import { COUNTER, WAITING } from './sceneLayout';

/** Where a person stands on the floor and which way they face (rotation about Y; 0 faces +Z). */
export interface Spot {
  x: number;
  z: number;
  facing: number;
  /** On a waiting-room chair rather than standing. */
  seated?: boolean;
}

/** Facing the counter, i.e. looking towards -Z. */
const TOWARDS_COUNTER = Math.PI;
/** A patient at a window stands this far in front of the counter's centre line. */
const WINDOW_GAP = 0.85;
/** How many people stand in the roped lane; the rest of the queue sits down. */
export const LANE_PLACES = 3;
/** A seated person's hips are a little behind the middle of the seat. */
const SEAT_BACK = 0.1;

/** The n-th place in the queue: the lane first, then the chairs, then standing behind the chairs. */
function queueSpot(n: number): Spot {
  if (n < LANE_PLACES) {
    // A small side-to-side stagger so a line of people does not look like a column of clones.
    return { x: WAITING.queueX + (n % 2 === 0 ? 0 : 0.12), z: WAITING.queueZ + n * WAITING.queueStep, facing: TOWARDS_COUNTER };
  }
  const chairs = WAITING.chairsX.length;
  const c = n - LANE_PLACES;
  if (c < chairs) return { x: WAITING.chairsX[c]!, z: WAITING.chairsZ + SEAT_BACK, facing: TOWARDS_COUNTER, seated: true };
  const row = Math.floor((c - chairs) / chairs);
  return { x: WAITING.chairsX[(c - chairs) % chairs]!, z: WAITING.chairsZ + 0.9 + row * 0.7, facing: TOWARDS_COUNTER };
}

/**
 * Where each visible patient is: at the drop-off or pick-up window, or waiting in the order the
 * model lists them (in the roped lane, then on the chairs). Patients who are `gone` get no spot.
 */
export function patientSpots(patients: readonly PatientFigure[]): Map<string, Spot> {
  const spots = new Map<string, Spot>();
  let queued = 0;
  let atDropOff = 0;
  let atPickUp = 0;
  for (const p of patients) {
    if (p.place === 'gone') continue;
    if (p.place === 'queue') {
      spots.set(p.id, queueSpot(queued));
      queued += 1;
    } else {
      const dropOff = p.place === 'dropoff';
      const behind = dropOff ? atDropOff++ : atPickUp++;
      spots.set(p.id, {
        x: dropOff ? COUNTER.dropOffX : COUNTER.pickUpX,
        z: COUNTER.z + WINDOW_GAP + behind * WAITING.queueStep,
        facing: TOWARDS_COUNTER,
      });
    }
  }
  return spots;
}
