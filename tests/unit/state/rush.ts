import { loadShift, shippedSource } from '../../../src/platform/scenarioLibrary';

/** "The after-work rush": ten patients, the first at 16:00, then one every few minutes, 60 minutes allowed. */
export const RUSH = 'scenarios/shifts/busy-afternoon.json';

/** The rush's patients in arrival order, as the shift file and its encounter files name them. */
export function rushPatients(): string[] {
  const loaded = loadShift(RUSH, shippedSource);
  if (!loaded.ok) throw new Error('the after-work rush does not load');
  const { shift, encounters } = loaded.value;
  const files = [...encounters.values()];
  return [...shift.encounters]
    .sort((a, b) => a.arrivesAfterMinutes - b.arrivesAfterMinutes)
    .map((e) => {
      const encounter = files.find((f) => f.source.endsWith(e.file.replace(/^(\.\.\/)+/, '')));
      if (!encounter) throw new Error(`${e.file} is not in the rush`);
      return `${encounter.patient.firstName} ${encounter.patient.lastName}`;
    });
}
