import { addBasket } from './basket';
import { PaintKit } from './paintedGeometry';
import { paintedMaterial } from './materials';
import { PALETTE } from './palette';
import { VERIFY } from './sceneLayout';
import { useDisposable } from './useDisposable';

const TOP = VERIFY.height;

function buildBench() {
  const kit = new PaintKit()
    .box([VERIFY.width - 0.06, 0.84, VERIFY.depth - 0.08], [VERIFY.x, 0.52, VERIFY.z], PALETTE.wood)
    .box([VERIFY.width - 0.1, 0.1, VERIFY.depth - 0.14], [VERIFY.x, 0.05, VERIFY.z], PALETTE.kickPlate)
    .box([VERIFY.width - 0.06, 0.76, 0.02], [VERIFY.x, 0.52, VERIFY.z + VERIFY.depth / 2 - 0.03], PALETTE.counterFront)
    .box([VERIFY.width, 0.04, VERIFY.depth], [VERIFY.x, TOP - 0.02, VERIFY.z], PALETTE.worktop)
    // The riser on the far side holds reference books; the pharmacist's monitor faces away from us.
    .box([VERIFY.width - 0.2, 0.16, 0.2], [VERIFY.x, TOP + 0.08, VERIFY.z - 0.28], PALETTE.woodDark)
    .box([0.5, 0.34, 0.035], [VERIFY.x + 0.45, TOP + 0.42, VERIFY.z - 0.25], PALETTE.plasticDark)
    .box([0.06, 0.14, 0.04], [VERIFY.x + 0.45, TOP + 0.22, VERIFY.z - 0.27], PALETTE.metalDark)
    .box([0.16, 0.05, 0.1], [VERIFY.x - 0.55, TOP + 0.025, VERIFY.z + 0.05], PALETTE.plasticDark);
  const books = [PALETTE.navy, PALETTE.coral, PALETTE.mustard, PALETTE.wallAccentTeal, PALETTE.navy];
  books.forEach((colour, i) => kit.box([0.05, 0.26, 0.18], [VERIFY.x + 0.82 + i * 0.06, TOP + 0.29, VERIFY.z - 0.28], colour));
  return kit.build();
}

/** The red basket with the filled order in it, set down for the pharmacist to check. */
function buildBasket() {
  const x = VERIFY.x + 0.2;
  const z = VERIFY.z + 0.08;
  const y = TOP;
  const kit = new PaintKit();
  addBasket(kit, x, y, z, PALETTE.basketRed);
  return kit
    .cylinder(0.06, 0.06, 0.16, [x - 0.09, y + 0.095, z], PALETTE.bottleWhite)
    .cylinder(0.05, 0.05, 0.03, [x - 0.09, y + 0.19, z], PALETTE.navy)
    .cylinder(0.03, 0.028, 0.09, [x + 0.07, y + 0.06, z - 0.03], '#c77a2c')
    .box([0.2, 0.002, 0.26], [x + 0.2, y + 0.002, z + 0.02], '#ffffff', { rot: [0, 0.3, 0] })
    .build();
}

/** The pharmacist's verification bench; the basket sits on it while the pharmacist is checking. */
export function VerificationBench({ checking }: { checking: boolean }) {
  const bench = useDisposable(buildBench, []);
  const basket = useDisposable(buildBasket, []);
  return (
    <group name="verification-bench">
      <mesh geometry={bench} material={paintedMaterial} />
      {checking && <mesh geometry={basket} material={paintedMaterial} name="verification-basket" />}
    </group>
  );
}
