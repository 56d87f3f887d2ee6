import { describe, expect, it } from 'vitest';
import { checkPrescriptionIdentity as findPrescriptionMismatch, checkPresenter, nameMatches } from '../../../../src/core/rules/identity';
import { buildScenario, inWords, rxOf, worded } from './buildScenario';

const checkPrescriptionIdentity = inWords(findPrescriptionMismatch);

const maria = { firstName: 'Maria', lastName: 'Lopez' };

describe('name matching', () => {
  it('ignores case, punctuation, order, middle initials, accents and suffixes', () => {
    for (const written of [
      'Maria Lopez',
      'LOPEZ, MARIA',
      'Lopez, Maria T.',
      'Maria T Lopez',
      'María López',
      'M. Lopez',
      'Maria Lopez Jr.',
      'Maria Teresa Lopez',
      'Lopez',
    ]) {
      expect(nameMatches(written, maria), written).toBe(true);
    }
  });

  it('catches a different first or last name', () => {
    for (const written of ['Mario Lopez', 'Marie Lopez', 'Maria Lopes', 'Lopez, Ana', 'J. Lopez', 'Maria Smith']) {
      expect(nameMatches(written, maria), written).toBe(false);
    }
  });

  it('needs every part of a hyphenated or two-word last name', () => {
    const p = { firstName: 'Sean', lastName: "O'Brien-Walsh" };
    expect(nameMatches('Sean OBrien Walsh', p)).toBe(true);
    expect(nameMatches('OBRIEN-WALSH, SEAN', p)).toBe(true);
    expect(nameMatches('Sean Walsh', p)).toBe(false);
  });
});

describe('identity on the prescription (PATIENT_MISMATCH at intake)', () => {
  it('finds nothing when name and date of birth agree', () => {
    const s = buildScenario({ prescriptions: [{ patientName: 'Lopez, Maria' }] });
    expect(checkPrescriptionIdentity(s, rxOf(s))).toEqual([]);
  });

  it('flags a different name', () => {
    const s = buildScenario({ prescriptions: [{ patientName: 'Mario Lopez' }] });
    expect(checkPrescriptionIdentity(s, rxOf(s))).toEqual([
      {
        code: 'PATIENT_MISMATCH',
        rx: 'rx1',
        step: 'intake',
        detail: 'The prescription is written for "Mario Lopez", but the patient is Maria Lopez.',
      },
    ]);
  });

  it('flags a different date of birth, and ignores a missing one', () => {
    const s = buildScenario({ prescriptions: [{ patientDateOfBirth: '1961-04-07' }, { id: 'rx2', patientDateOfBirth: undefined }] });
    expect(checkPrescriptionIdentity(s, rxOf(s))[0]!.detail).toContain('04/07/1961');
    expect(checkPrescriptionIdentity(s, rxOf(s, 'rx2'))).toEqual([]);
  });
});

describe('what the patient says at drop-off (dropOffIdentity)', () => {
  it("finds nothing when the spoken date of birth is the profile's and the prescription's", () => {
    const s = buildScenario({ dropOffIdentity: { name: 'Maria Lopez', dateOfBirth: '1961-07-04' } });
    expect(checkPrescriptionIdentity(s, rxOf(s))).toEqual([]);
  });

  it('flags a date of birth given aloud that disagrees with the prescription and the profile', () => {
    const s = buildScenario({ dropOffIdentity: { dateOfBirth: '1963-02-11' } });
    expect(checkPrescriptionIdentity(s, rxOf(s))).toEqual([
      {
        code: 'PATIENT_MISMATCH',
        rx: 'rx1',
        step: 'intake',
        detail:
          "At drop-off the person gives date of birth 02/11/1963, but Maria Lopez's profile shows 07/04/1961 and the prescription shows 07/04/1961.",
      },
    ]);
  });

  it('flags a spoken date of birth that matches the profile but not the prescription', () => {
    const s = buildScenario({ dropOffIdentity: { dateOfBirth: '1961-07-04' }, prescriptions: [{ patientDateOfBirth: '1961-04-07' }] });
    const [f] = checkPrescriptionIdentity(s, rxOf(s));
    expect(f!.detail).toMatch(
      /^The prescription gives date of birth 04\/07\/1961, but Maria Lopez's profile shows 07\/04\/1961\. At drop-off the person gives date of birth 07\/04\/1961, but the prescription shows 04\/07\/1961\.$/,
    );
  });
});

describe('the person at pick-up (PATIENT_MISMATCH at pickup)', () => {
  it('finds nothing without a presenter, or when the presenter is the patient', () => {
    expect(checkPresenter(buildScenario())).toEqual([]);
    expect(checkPresenter(buildScenario({ presenter: { name: 'Maria Lopez', dateOfBirth: '1961-07-04' } }))).toEqual([]);
  });

  it('flags a different person, encounter-wide', () => {
    const [f] = worded(checkPresenter(buildScenario({ presenter: { name: 'Marie Lopez', dateOfBirth: '1963-02-11' } })));
    expect(f).toMatchObject({ code: 'PATIENT_MISMATCH', step: 'pickup' });
    expect(f!.rx).toBeUndefined();
    expect(f!.detail).toBe(
      'The person at the pick-up window gives the name Marie Lopez and gives date of birth 02/11/1963, but the prescriptions are for Maria Lopez, born 07/04/1961.',
    );
  });

  it('flags a same-name presenter with another date of birth', () => {
    expect(checkPresenter(buildScenario({ presenter: { name: 'Maria Lopez', dateOfBirth: '1990-07-04' } }))).toHaveLength(1);
  });
});
