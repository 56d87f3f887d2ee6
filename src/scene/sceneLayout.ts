/**
 * Where things stand in the pharmacy, in metres. The customer side is +Z, the back wall -Z;
 * the technician works between the front counter and the work bench. Components and camera
 * views read these numbers so a move here moves everything that belongs together.
 */
export const ROOM = { halfWidth: 7, back: -6.2, front: 6.4, height: 3.4 } as const;

/** The front counter the patients walk up to, with its two windows. */
export const COUNTER = { z: 0.8, depth: 0.7, height: 1.02, left: -4.8, right: 4.8, dropOffX: -3.2, pickUpX: 3.2 } as const;

/** The technician's work bench behind the counter: terminal, counting tray, label printer. */
export const WORKBENCH = {
  z: -2.1,
  depth: 0.8,
  height: 0.92,
  left: -4.6,
  right: 1.4,
  terminalX: -3.6,
  trayX: -1.6,
  printerX: 0.3,
} as const;

/** The pharmacist's verification bench and where the pharmacist stands behind it. */
export const VERIFY = { x: 3.5, z: -2.3, width: 2.4, depth: 0.8, height: 0.98, pharmacistZ: -3.1 } as const;

/** The stock shelving along the back wall. Boards are listed bottom to top. */
export const SHELF = {
  backZ: -6.2,
  frontZ: -5.75,
  left: -4.8,
  right: 4.8,
  boards: [0.12, 0.5, 0.88, 1.22, 1.56, 1.92, 2.28],
  /** The boards that hold the pickable stock, top first (reading order). */
  stockBoards: [1.56, 1.22, 0.88],
  /** Centre-to-centre spacing of pickable bottles. */
  pitch: 0.2,
} as const;

/** The wall phone on the left wall, behind the counter. */
export const PHONE = { x: -6.96, y: 1.45, z: -1.4 } as const;

/** The waiting area in front of the counter: a queue lane and a row of chairs. */
export const WAITING = { queueX: -0.9, queueZ: 2.8, queueStep: 0.85, chairsZ: 3.9, chairsX: [1.6, 2.3, 3.0, 3.7, 4.4] } as const;

/** The over-the-counter end cap and plants (decoration). */
export const DECOR = { endCapX: -5.4, endCapZ: 3.6 } as const;
