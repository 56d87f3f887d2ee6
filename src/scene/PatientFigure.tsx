import type { PatientFigure as Patient } from './sceneContract';
import { buildFigure, hairStyleFor, nameTagSpot } from './figureGeometry';
import { paintedMaterial } from './materials';
import { makeNameTag, NAME_TAG_SIZE } from './nameTagTexture';
import type { Spot } from './patientSpots';
import { useDisposable } from './useDisposable';

/**
 * One patient: a merged stylised figure (height, shirt, skin, hair), standing or seated, and a
 * name tag painted with their name. Geometry and texture are freed when the patient leaves.
 */
export function PatientFigure({ patient, spot }: { patient: Patient; spot: Spot }) {
  const { id, height, shirtColour, skinTone, hairColour, displayName } = patient;
  const seated = spot.seated ?? false;
  const body = useDisposable(
    () => buildFigure({ height, shirt: shirtColour, skin: skinTone, hair: hairColour, hairStyle: hairStyleFor(id), seated }),
    [height, shirtColour, skinTone, hairColour, id, seated],
  );
  const tag = useDisposable(() => makeNameTag(displayName), [displayName]);
  return (
    <group position={[spot.x, 0, spot.z]} rotation-y={spot.facing} name={`patient:${id}`}>
      <mesh geometry={body} material={paintedMaterial} />
      <mesh position={nameTagSpot({ height, seated })}>
        <planeGeometry args={NAME_TAG_SIZE} />
        <meshBasicMaterial map={tag} toneMapped={false} />
      </mesh>
    </group>
  );
}
