import { useMemo } from 'react';
import type { PatientFigure as Patient } from './sceneContract';
import { PatientFigure } from './PatientFigure';
import { patientSpots } from './patientSpots';

/** Everyone on the customer side of the counter; patients who have gone are not drawn at all. */
export function Patients({ patients }: { patients: readonly Patient[] }) {
  const spots = useMemo(() => patientSpots(patients), [patients]);
  return (
    <group name="patients">
      {patients.map((p) => {
        const spot = spots.get(p.id);
        return spot ? <PatientFigure key={p.id} patient={p} spot={spot} /> : null;
      })}
    </group>
  );
}
