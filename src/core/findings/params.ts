import type { LocalText } from '../scenario/primitives';
import type { Schedule, SEVERITIES } from '../scenario/catalogSchema';

/**
 * What each finding carries instead of a sentence: ids, numbers, ISO dates, product labels
 * and the author's own words (allergy substances, alteration notes, dialogue lines). The
 * wording catalogue (src/core/wording) renders them; nothing here is a sentence.
 */

/** A product as the shelf label names it, tall-man spelling and strength ("hydrOXYzine 25 mg"). */
export type ProductLabel = string;
/** A calendar date as the scenario writes it, YYYY-MM-DD; the wording formats it. */
export type IsoDate = string;
/** A person's name in parts, so each language can order them. */
export interface PersonName {
  first: string;
  last: string;
}
/** How serious an interaction is. */
export type Severity = (typeof SEVERITIES)[number];
/** A required element a prescription can lack. */
export type MissingElement = 'prescriberSignature' | 'patientAddress' | 'prescriberAddress' | 'quantityInWords';

/** The parameters of each finding code. */
export interface FindingParams {
  RX_INCOMPLETE: { missing: MissingElement[]; schedule: Schedule | null };
  RX_EXPIRED: { schedule: Schedule | null; validDays: number; written: IsoDate; expired: IsoDate };
  DEA_MISSING: { schedule: Schedule; prescriber: string };
  DEA_INVALID:
    { dea: string; format: true } | { dea: string; format: false; prefix?: string; checkDigit?: { expected: number; shown: string } };
  DEA_NAME_MISMATCH: { dea: string; letter: string; lastName: string; initial: string };
  CII_REFILLS: { refills: number };
  CONTROLLED_REFILL_LIMIT: { schedule: Schedule; max: number; refills: number };
  /** The author's descriptions of each visible change, as written. */
  RX_ALTERED: { changes: LocalText[] };
  PATIENT_MISMATCH:
    | {
        at: 'prescription';
        patient: PersonName;
        writtenName?: string;
        birth?: { written: IsoDate; profile: IsoDate };
        /** What the person at drop-off said, when it disagrees with the profile or this prescription. */
        said?: {
          name?: string;
          birth?: IsoDate;
          profileBirth: IsoDate;
          /** The prescription's, when it is not what was said. */ rxBirth?: IsoDate;
        };
      }
    | { at: 'pickup'; patient: PersonName; born: IsoDate; givenName?: string; givenBirth?: IsoDate };
  ALLERGY: {
    substance: string;
    reaction: string;
    product: ProductLabel;
    match: { via: 'class'; allergyClass: string } | { via: 'name'; name: string; whole: boolean } | { via: 'cross'; allergyClass: string };
  };
  /** Worst first; `rx` absent means the other medicine is on the patient's profile. */
  INTERACTION: { product: ProductLabel; interactions: { severity: Severity; other: ProductLabel; rx?: string; effect: string }[] };
  DUPLICATE_THERAPY: { product: ProductLabel; therapeuticClass: string; others: { product: ProductLabel; rx?: string }[] };
  REFILL_TOO_SOON:
    | { by: 'lastFill'; lastFill: IsoDate; daysSupply: number; elapsed: number; earliest: IsoDate; percent: number }
    | { by: 'doNotFillBefore'; earliest: IsoDate; today: IsoDate };
  NO_REFILLS_LEFT: { refills: number };
  CLINICAL_QUESTION: { line: LocalText; stage: 'dropoff' | 'pickup' };
  /** distance: slots between the two bottles (1 = side by side). */
  LASA_RISK: { lookAlike: ProductLabel; product: ProductLabel; distance: number };
  /** A C-II prescription telephoned in with no emergency: it needs a written or electronic prescription. */
  CII_PHONED_IN: { product: ProductLabel; prescriber: PersonName };
}
