import { say, type Said } from './checkerWords';
import type { FactWhat, LimitWhat } from './checkerWords/params';
import type { Encounter } from './encounterSchema';
import type { Placer } from './placer';
import type { ProblemSink } from './problemSink';

/**
 * The largest values a pharmacy system can record, from the NCPDP Telecommunication Standard's
 * field sizes: quantity dispensed 9(7)v999, days supply 9(3), number of refills authorised 9(2).
 * Anything larger is a typo, and it would push the rules' calendar past what dates can hold.
 */
export const PHARMACY_LIMITS = { quantity: 9_999_999, daysSupply: 999, refills: 99 } as const;

type Path = (string | number)[];

/**
 * What the schema lets through but cannot be true of a real encounter: dates after the scenario's
 * `today` that must be in the past (a prescription written, a fill made, a birth), fills or
 * prescriptions before the patient was born, more refills used than authorised, and quantities,
 * days' supplies and refills past what a pharmacy system can hold. Each problem names its field.
 */
export function impossibleFacts(encounter: Encounter, place: Placer, sink: ProblemSink): void {
  const { today, patient } = encounter;
  const born = patient.dateOfBirth;
  const add = (path: Path, message: Said) => sink.add(() => place(path, message));
  const afterToday = (date: string, path: Path, what: FactWhat) => {
    if (date > today) add(path, say('afterToday', { what, date, today }));
  };
  const beforeBirth = (date: string, path: Path, what: FactWhat) => {
    if (date < born) add(path, say('beforeBirth', { what, date, born }));
  };
  const atMost = (value: number, limit: number, path: Path, what: LimitWhat) => {
    if (value > limit) add(path, say('pastLimit', { what, value, limit }));
  };

  afterToday(born, ['patient', 'dateOfBirth'], 'born');
  patient.medications.forEach((m, i) => {
    if (m.since !== undefined) afterToday(m.since, ['patient', 'medications', i, 'since'], 'medicationSince');
  });
  patient.fillHistory.forEach((f, i) => {
    const at: Path = ['patient', 'fillHistory', i];
    afterToday(f.date, [...at, 'date'], 'pastFill');
    beforeBirth(f.date, [...at, 'date'], 'pastFill');
    atMost(f.quantity, PHARMACY_LIMITS.quantity, [...at, 'quantity'], 'quantity');
    atMost(f.daysSupply, PHARMACY_LIMITS.daysSupply, [...at, 'daysSupply'], 'daysSupply');
  });

  encounter.prescriptions.forEach((rx, i) => {
    const at: Path = ['prescriptions', i];
    afterToday(rx.dateWritten, [...at, 'dateWritten'], 'written');
    beforeBirth(rx.dateWritten, [...at, 'dateWritten'], 'written');
    if (rx.patientDateOfBirth !== undefined) afterToday(rx.patientDateOfBirth, [...at, 'patientDateOfBirth'], 'rxBirthDate');
    atMost(rx.quantity, PHARMACY_LIMITS.quantity, [...at, 'quantity'], 'quantity');
    atMost(rx.refills, PHARMACY_LIMITS.refills, [...at, 'refills'], 'refills');
    if (rx.refillsUsed > rx.refills) {
      add([...at, 'refillsUsed'], say('refillsUsed', { used: rx.refillsUsed, refills: rx.refills }));
    }
  });

  if (encounter.presenter) afterToday(encounter.presenter.dateOfBirth, ['presenter', 'dateOfBirth'], 'presenterBorn');
}
