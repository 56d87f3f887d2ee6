import { shiftSchema, type Shift } from '../../../../src/core/scenario/shiftSchema';

/** A four-patient shift with a 30-minute limit; the file lists two patients out of arrival order on purpose. */
export function rushShift(overrides: Partial<Shift> = {}): Shift {
  return shiftSchema.parse({
    kind: 'shift',
    id: 'rush',
    title: 'A short rush',
    startsAt: '16:00',
    timeLimitMinutes: 30,
    encounters: [
      { file: '../encounters/ana.json', arrivesAfterMinutes: 0 },
      { file: '../encounters/ben.json', arrivesAfterMinutes: 3 },
      { file: '../encounters/dee.json', arrivesAfterMinutes: 12 },
      { file: '../encounters/cal.json', arrivesAfterMinutes: 7 },
    ],
    ...overrides,
  });
}

/** Resolves "../encounters/x.json" as the shift file in scenarios/shifts/ would. */
export const pathOf = (file: string) => file.replace('../', 'scenarios/');
