import { addBasket } from './basket';
import { PaintKit } from './paintedGeometry';
import { paintedMaterial } from './materials';
import { PALETTE } from './palette';
import { WORKBENCH } from './sceneLayout';
import { useDisposable } from './useDisposable';

const TOP = WORKBENCH.height;
const FRONT = WORKBENCH.z + WORKBENCH.depth / 2;
const LENGTH = WORKBENCH.right - WORKBENCH.left;
const MID_X = (WORKBENCH.left + WORKBENCH.right) / 2;

/** The data-entry terminal: monitor (its screen is on the sign atlas), keyboard, mouse, the paper Rx. */
function addTerminal(kit: PaintKit): void {
  const x = WORKBENCH.terminalX;
  kit
    .box([0.54, 0.37, 0.035], [x, TOP + 0.36, WORKBENCH.z - 0.149], PALETTE.plasticDark)
    .box([0.06, 0.2, 0.04], [x, TOP + 0.1, WORKBENCH.z - 0.19], PALETTE.metalDark)
    .box([0.24, 0.015, 0.17], [x, TOP + 0.008, WORKBENCH.z - 0.17], PALETTE.metalDark)
    .box([0.44, 0.025, 0.15], [x, TOP + 0.013, FRONT - 0.2], PALETTE.plasticDark)
    .box([0.41, 0.008, 0.12], [x, TOP + 0.028, FRONT - 0.2], '#8d9397')
    .sphere(0.035, [x + 0.33, TOP + 0.012, FRONT - 0.2], PALETTE.plasticDark, { scale: [0.8, 0.45, 1.2] })
    .box([0.21, 0.003, 0.28], [x - 0.5, TOP + 0.002, FRONT - 0.22], '#ffffff', { rot: [0, 0.15, 0] })
    .box([0.12, 0.004, 0.02], [x - 0.5, TOP + 0.005, FRONT - 0.3], PALETTE.navy, { rot: [0, 0.15, 0] });
}

/** The label printer with its paper roll cover; the printed label lies in front of it (sign atlas). */
function addPrinter(kit: PaintKit): void {
  const x = WORKBENCH.printerX;
  kit
    .box([0.3, 0.18, 0.32], [x, TOP + 0.09, WORKBENCH.z - 0.08], PALETTE.plasticLight)
    .box([0.3, 0.05, 0.22], [x, TOP + 0.2, WORKBENCH.z - 0.12], PALETTE.metalDark, { rot: [-0.15, 0, 0] })
    .box([0.22, 0.01, 0.02], [x, TOP + 0.05, WORKBENCH.z + 0.08], PALETTE.plasticDark)
    .box([0.1, 0.004, 0.06], [x, TOP + 0.05, WORKBENCH.z + 0.11], '#ffffff', { rot: [0.25, 0, 0] })
    .box([0.05, 0.03, 0.01], [x + 0.1, TOP + 0.14, WORKBENCH.z + 0.081], PALETTE.leaf);
}

/** Supplies beside the counting tray: amber vials, a bin of caps, stacked baskets. */
function addSupplies(kit: PaintKit): void {
  const x = WORKBENCH.trayX + 0.7;
  for (let i = 0; i < 6; i++) {
    kit.cylinder(0.028, 0.026, 0.09, [x + (i % 3) * 0.065, TOP + 0.045, WORKBENCH.z - 0.15 + Math.floor(i / 3) * 0.07], '#c77a2c', {}, 10);
  }
  kit
    .box([0.22, 0.09, 0.16], [x + 0.06, TOP + 0.045, WORKBENCH.z + 0.12], PALETTE.plasticLight)
    .box([0.2, 0.01, 0.14], [x + 0.06, TOP + 0.085, WORKBENCH.z + 0.12], '#f4f0e6');
  // Empty baskets stacked at the end of the bench, ready for the next order.
  addBasket(kit, WORKBENCH.right - 0.28, TOP, WORKBENCH.z - 0.05, PALETTE.trayBlue);
  addBasket(kit, WORKBENCH.right - 0.28, TOP + 0.12, WORKBENCH.z - 0.05, PALETTE.basketRed);
}

function buildBench() {
  const kit = new PaintKit()
    .box([LENGTH - 0.06, 0.78, WORKBENCH.depth - 0.08], [MID_X, 0.49, WORKBENCH.z], PALETTE.wood)
    .box([LENGTH - 0.06, 0.1, WORKBENCH.depth - 0.14], [MID_X, 0.05, WORKBENCH.z], PALETTE.kickPlate)
    .box([LENGTH, 0.04, WORKBENCH.depth], [MID_X, TOP - 0.02, WORKBENCH.z], PALETTE.worktop);
  // Drawer fronts on the technician's side, with small handles.
  for (let x = WORKBENCH.left + 0.3; x < WORKBENCH.right - 0.2; x += 0.5) {
    kit.box([0.46, 0.22, 0.015], [x, 0.74, FRONT - 0.035], PALETTE.woodDark);
    kit.box([0.46, 0.46, 0.015], [x, 0.37, FRONT - 0.035], PALETTE.woodDark);
    kit.box([0.12, 0.015, 0.02], [x, 0.8, FRONT - 0.022], PALETTE.metal);
  }
  addTerminal(kit);
  addPrinter(kit);
  addSupplies(kit);
  return kit.build();
}

/** The technician's work bench: data-entry terminal, label printer and supplies (the tray is its own piece). */
export function WorkBench() {
  const geometry = useDisposable(buildBench, []);
  return <mesh geometry={geometry} material={paintedMaterial} name="work-bench" />;
}
