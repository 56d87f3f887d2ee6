import { buildFigure, nameTagSpot } from './figureGeometry';
import { paintedMaterial } from './materials';
import { makeNameTag, NAME_TAG_SIZE } from './nameTagTexture';
import { PALETTE } from './palette';
import { VERIFY } from './sceneLayout';
import { useDisposable } from './useDisposable';

const LOOK = { height: 1.74, shirt: PALETTE.navy, skin: '#8a5a3c', hair: '#1e1713', hairStyle: 'short', coat: true } as const;
/** Leaning over the bench reads as "checking" from any station that can see it. */
const LEAN = 0.16;

/** The pharmacist in a white coat, standing behind the verification bench facing the technician. */
export function Pharmacist({ checking }: { checking: boolean }) {
  const body = useDisposable(() => buildFigure(LOOK), []);
  const tag = useDisposable(() => makeNameTag('R. Okafor, RPh', PALETTE.coral), []);
  return (
    <group position={[VERIFY.x, 0, VERIFY.pharmacistZ]} rotation-x={checking ? LEAN : 0} name="pharmacist">
      <mesh geometry={body} material={paintedMaterial} />
      <mesh position={nameTagSpot(LOOK)}>
        <planeGeometry args={NAME_TAG_SIZE} />
        <meshBasicMaterial map={tag} toneMapped={false} />
      </mesh>
    </group>
  );
}
