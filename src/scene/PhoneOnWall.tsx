import { PaintKit } from './paintedGeometry';
import { paintedMaterial } from './materials';
import { PALETTE } from './palette';
import { PHONE } from './sceneLayout';
import { useDisposable } from './useDisposable';

/** The wall phone facing into the room (+X), a shelf with the fax under it, and a notepad. */
function buildPhone() {
  const { x, y, z } = PHONE;
  return (
    new PaintKit()
      // A cork board behind phone and notes makes the corner read as "the phone" from across the room.
      .box([0.02, 0.62, 1.05], [x + 0.01, y + 0.02, z + 0.3], '#b58a57')
      .box([0.025, 0.66, 0.03], [x + 0.012, y + 0.02, z - 0.235], PALETTE.woodDark)
      .box([0.025, 0.66, 0.03], [x + 0.012, y + 0.02, z + 0.835], PALETTE.woodDark)
      .box([0.05, 0.28, 0.18], [x + 0.045, y, z], PALETTE.plasticDark)
      .capsule(0.028, 0.18, [x + 0.1, y + 0.01, z - 0.045], '#1d2023')
      .box([0.01, 0.11, 0.075], [x + 0.074, y - 0.035, z + 0.04], '#8d9397')
      .box([0.012, 0.035, 0.075], [x + 0.074, y + 0.085, z + 0.04], PALETTE.screenGlow)
      .box([0.006, 0.02, 0.02], [x + 0.078, y + 0.12, z - 0.05], PALETTE.coral)
      .capsule(0.008, 0.3, [x + 0.09, y - 0.3, z - 0.05], '#1d2023')
      .box([0.36, 0.03, 0.56], [x + 0.18, 1.0, z + 0.05], PALETTE.wood)
      .box([0.03, 0.12, 0.04], [x + 0.02, 0.93, z - 0.18], PALETTE.woodDark)
      .box([0.03, 0.12, 0.04], [x + 0.02, 0.93, z + 0.28], PALETTE.woodDark)
      .box([0.3, 0.12, 0.34], [x + 0.17, 1.075, z + 0.08], PALETTE.plasticLight)
      .box([0.2, 0.02, 0.26], [x + 0.17, 1.14, z + 0.08], PALETTE.metalDark, { rot: [0, 0, 0.2] })
      .box([0.15, 0.006, 0.2], [x + 0.2, 1.018, z - 0.17], '#fff3a8', { rot: [0, 0.2, 0] })
      .build()
  );
}

/** The pharmacy phone on the wall behind the counter, where prescriber and patient calls come in. */
export function PhoneOnWall() {
  const geometry = useDisposable(buildPhone, []);
  return <mesh geometry={geometry} material={paintedMaterial} name="phone" />;
}
