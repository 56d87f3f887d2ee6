import type { PatientFigure as Patient } from './sceneContract';
import { makeNameTag, NAME_TAG_SIZE } from './nameTagTexture';
import type { Spot } from './patientSpots';
import { useDisposable } from './useDisposable';

/** Cardboard brown: a tote or carton, so a back-room task in the queue reads as work, not a person. */
const CARTON = '#a97c50';

/** A back-room task waiting in the queue: a carton on the floor with its title on a tag above it. */
export function TaskBox({ task, spot }: { task: Patient; spot: Spot }) {
  const tag = useDisposable(() => makeNameTag(task.displayName), [task.displayName]);
  return (
    <group position={[spot.x, 0, spot.z]} rotation-y={spot.facing} name={`task:${task.id}`}>
      <mesh position={[0, 0.25, 0]}>
        <boxGeometry args={[0.6, 0.5, 0.45]} />
        <meshStandardMaterial color={CARTON} />
      </mesh>
      <mesh position={[0, 0.85, 0]}>
        <planeGeometry args={NAME_TAG_SIZE} />
        <meshBasicMaterial map={tag} toneMapped={false} />
      </mesh>
    </group>
  );
}
