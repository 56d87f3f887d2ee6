import { PaintKit } from './paintedGeometry';
import { paintedMaterial } from './materials';
import { PALETTE } from './palette';
import { COUNTER } from './sceneLayout';
import { useDisposable } from './useDisposable';

const TOP = COUNTER.height;
const FRONT = COUNTER.z + COUNTER.depth / 2;
const LENGTH = COUNTER.right - COUNTER.left;

/** The register at the pick-up window: base, cash drawer, tilted screen, card reader on the patient's side. */
function addRegister(kit: PaintKit): void {
  const x = COUNTER.pickUpX + 0.55;
  kit
    .box([0.42, 0.1, 0.38], [x, TOP + 0.05, COUNTER.z - 0.05], PALETTE.plasticDark)
    .box([0.05, 0.2, 0.05], [x, TOP + 0.2, COUNTER.z - 0.02], PALETTE.metalDark)
    .box([0.25, 0.13, 0.03], [x, TOP + 0.33, COUNTER.z - 0.085], PALETTE.plasticDark, { rot: [0.3, 0, 0] })
    .box([0.09, 0.13, 0.06], [COUNTER.pickUpX - 0.35, TOP + 0.065, FRONT - 0.08], PALETTE.plasticDark, { rot: [-0.35, 0, 0] })
    // A filled order waiting in its paper bag, receipt stapled on.
    .box([0.2, 0.26, 0.12], [COUNTER.pickUpX - 0.05, TOP + 0.13, COUNTER.z - 0.05], '#c9a77c')
    .box([0.2, 0.04, 0.1], [COUNTER.pickUpX - 0.05, TOP + 0.27, COUNTER.z - 0.05], '#b8956a')
    .box([0.12, 0.08, 0.004], [COUNTER.pickUpX - 0.05, TOP + 0.16, COUNTER.z - 0.112], '#ffffff');
}

/** The drop-off window: an "Rx in" tray and a pen cup. */
function addDropOff(kit: PaintKit): void {
  const x = COUNTER.dropOffX;
  kit
    .box([0.36, 0.05, 0.26], [x + 0.4, TOP + 0.025, COUNTER.z - 0.05], PALETTE.navy)
    .box([0.3, 0.01, 0.22], [x + 0.4, TOP + 0.055, COUNTER.z - 0.05], '#fbfaf6')
    .cylinder(0.035, 0.03, 0.1, [x - 0.45, TOP + 0.05, FRONT - 0.12], PALETTE.coral)
    .cylinder(0.004, 0.004, 0.14, [x - 0.44, TOP + 0.12, FRONT - 0.12], PALETTE.navy, { rot: [0.2, 0, 0.15] }, 5);
}

function buildCounter() {
  const kit = new PaintKit()
    .box([LENGTH - 0.1, 0.87, COUNTER.depth - 0.06], [0, 0.535, COUNTER.z], PALETTE.wood)
    .box([LENGTH - 0.1, 0.1, COUNTER.depth - 0.1], [0, 0.05, COUNTER.z - 0.01], PALETTE.kickPlate)
    .box([LENGTH - 0.1, 0.78, 0.02], [0, 0.53, FRONT - 0.02], PALETTE.counterFront)
    .box([LENGTH - 0.1, 0.05, 0.025], [0, 0.945, FRONT - 0.015], PALETTE.counterTrim)
    .box([LENGTH + 0.1, 0.05, COUNTER.depth + 0.06], [0, TOP - 0.025, COUNTER.z], PALETTE.worktop)
    // The bulkhead over the counter carries the PHARMACY sign and hides the ceiling lights' edge.
    .box([LENGTH + 0.8, 0.7, COUNTER.depth], [0, 3.05, COUNTER.z], PALETTE.wallCream)
    .box([LENGTH + 0.8, 0.06, COUNTER.depth + 0.02], [0, 2.72, COUNTER.z], PALETTE.wallAccentTeal);
  // Cabinet doors on the technician's side, so the back of the counter is not a blank slab.
  for (let x = COUNTER.left + 0.35; x < COUNTER.right - 0.3; x += 0.6) {
    kit.box([0.54, 0.7, 0.015], [x, 0.52, COUNTER.z - COUNTER.depth / 2 + 0.025], PALETTE.woodDark);
  }
  // Posts frame each window from the counter to the bulkhead.
  for (const x of [COUNTER.dropOffX - 0.95, COUNTER.dropOffX + 0.95, COUNTER.pickUpX - 0.95, COUNTER.pickUpX + 0.95]) {
    kit.box([0.08, 1.68, 0.08], [x, TOP + 0.84, COUNTER.z], PALETTE.woodDark);
  }
  addRegister(kit);
  addDropOff(kit);
  return kit.build();
}

/** The front counter with the drop-off window on the left and the pick-up window (with register) on the right. */
export function FrontCounter() {
  const geometry = useDisposable(buildCounter, []);
  return <mesh geometry={geometry} material={paintedMaterial} name="front-counter" />;
}
