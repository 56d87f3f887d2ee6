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
  const add = (path: Path, message: string) => sink.add(() => place(path, message));
  const afterToday = (date: string, path: Path, what: string) => {
    if (date > today)
      add(path, `${what} ${date}, after the scenario's today (${today}): that cannot have happened yet — check the year, or move "today"`);
  };
  const beforeBirth = (date: string, path: Path, what: string) => {
    if (date < born) add(path, `${what} ${date}, before the patient was born (patient.dateOfBirth is ${born}) — check the year`);
  };
  const atMost = (value: number, limit: number, path: Path, what: string) => {
    if (value > limit)
      add(
        path,
        `${what} of ${value} is more than any pharmacy system can record (at most ${limit.toLocaleString('en-US')}) — check for a typo`,
      );
  };

  afterToday(born, ['patient', 'dateOfBirth'], 'the patient is born on');
  patient.medications.forEach((m, i) => {
    if (m.since !== undefined) afterToday(m.since, ['patient', 'medications', i, 'since'], 'this medication is taken since');
  });
  patient.fillHistory.forEach((f, i) => {
    const at: Path = ['patient', 'fillHistory', i];
    afterToday(f.date, [...at, 'date'], 'this past fill is dated');
    beforeBirth(f.date, [...at, 'date'], 'this past fill is dated');
    atMost(f.quantity, PHARMACY_LIMITS.quantity, [...at, 'quantity'], 'a quantity');
    atMost(f.daysSupply, PHARMACY_LIMITS.daysSupply, [...at, 'daysSupply'], "a days' supply");
  });

  encounter.prescriptions.forEach((rx, i) => {
    const at: Path = ['prescriptions', i];
    afterToday(rx.dateWritten, [...at, 'dateWritten'], 'the prescription is written on');
    beforeBirth(rx.dateWritten, [...at, 'dateWritten'], 'the prescription is written on');
    if (rx.patientDateOfBirth !== undefined)
      afterToday(rx.patientDateOfBirth, [...at, 'patientDateOfBirth'], 'the prescription gives a birth date of');
    atMost(rx.quantity, PHARMACY_LIMITS.quantity, [...at, 'quantity'], 'a quantity');
    atMost(rx.refills, PHARMACY_LIMITS.refills, [...at, 'refills'], 'a refill count');
    if (rx.refillsUsed > rx.refills) {
      add(
        [...at, 'refillsUsed'],
        `${rx.refillsUsed} refills used, but the prescription authorises only ${rx.refills}: no more refills can be used than were written`,
      );
    }
  });

  if (encounter.presenter) afterToday(encounter.presenter.dateOfBirth, ['presenter', 'dateOfBirth'], 'the person at the window is born on');
}
