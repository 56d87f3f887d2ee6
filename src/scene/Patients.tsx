import { useMemo } from 'react';
import type { PatientFigure as Patient } from './sceneContract';
import { PatientFigure } from './PatientFigure';
import { patientSpots } from './patientSpots';
import { TaskBox } from './TaskBox';

/** Everyone on the customer side of the counter (and any back-room task in the queue, as a box); patients who have gone are not drawn at all. */
export function Patients({ patients }: { patients: readonly Patient[] }) {
  const spots = useMemo(() => patientSpots(patients), [patients]);
  return (
    <group name="patients">
      {patients.map((p) => {
        const spot = spots.get(p.id);
        if (!spot) return null;
        return p.task ? <TaskBox key={p.id} task={p} spot={spot} /> : <PatientFigure key={p.id} patient={p} spot={spot} />;
      })}
    </group>
  );
}
