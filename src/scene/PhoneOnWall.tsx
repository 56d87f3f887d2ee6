import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
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

/** How often the ringing lamp blinks, in milliseconds: slow enough to stay calm, and cheap under demand rendering. */
const BLINK_MS = 700;

/**
 * The lamp and halo that say "a call is waiting". It blinks while motion is allowed; under
 * reduced motion it stays lit, so the cue is still there without anything flashing.
 */
function RingingLamp({ reducedMotion }: { reducedMotion: boolean }) {
  const invalidate = useThree((s) => s.invalidate);
  const [lit, setLit] = useState(true);
  useEffect(() => {
    if (reducedMotion) return setLit(true);
    const timer = setInterval(() => setLit((on) => !on), BLINK_MS);
    return () => clearInterval(timer);
  }, [reducedMotion]);
  // Demand rendering draws only when asked: each blink asks for one frame.
  useEffect(() => invalidate(), [lit, invalidate]);
  const { x, y, z } = PHONE;
  return (
    <group name="phone-ringing">
      <mesh position={[x + 0.08, y + 0.2, z]} visible={lit}>
        <sphereGeometry args={[0.035, 12, 8]} />
        <meshBasicMaterial color={PALETTE.coral} toneMapped={false} />
      </mesh>
      <mesh position={[x + 0.03, y, z]} rotation={[0, Math.PI / 2, 0]} visible={lit}>
        <ringGeometry args={[0.2, 0.24, 32]} />
        <meshBasicMaterial color={PALETTE.coral} transparent opacity={0.6} toneMapped={false} />
      </mesh>
    </group>
  );
}

/** The pharmacy phone on the wall behind the counter, where prescriber and patient calls come in; it rings while a call waits. */
export function PhoneOnWall({ ringing = false, reducedMotion = false }: { ringing?: boolean; reducedMotion?: boolean }) {
  const geometry = useDisposable(buildPhone, []);
  return (
    <>
      <mesh geometry={geometry} material={paintedMaterial} name="phone" />
      {ringing && <RingingLamp reducedMotion={reducedMotion} />}
    </>
  );
}
