/**
 * What a drill question says, as codes and plain params (no words): the prompt, the answer
 * choices and the explanation are all written from these by the wording catalogue's `drills` family.
 */
import type { Coded } from '../coded';
import type { ProductLabel } from '../findings/params';
import type { SupplyUnit } from '../rules/daysSupply';
import type { DeaProblem } from '../rules/dea';
import type { NdcLayout } from '../rules/ndc';
import type { SigDirections, SigUnit } from '../rules/sig';
import type { Schedule } from '../scenario/catalogSchema';

/** The topics a drill can mix, in the order the menu lists them. */
export const DRILL_TOPICS = ['supply', 'sig', 'codes', 'controlled', 'names', 'math'] as const;
/** One topic of the board-exam drills. */
export type DrillTopic = (typeof DRILL_TOPICS)[number];

/** The unit a typed answer is given in; 'digit' and 'each' take a bare number. */
export type DrillUnit = 'day' | SupplyUnit | 'digit' | 'refill' | MeasureUnit;

/** Units a conversion question goes from or to. */
export type MeasureUnit = 'tsp' | 'tbsp' | 'floz' | 'mL' | 'g' | 'mg' | 'mcg';

/** How a days'-supply question's product is used, which decides how the count is worked out. */
export type SupplyForm = 'solid' | 'liquid' | 'drops' | 'inhaler' | 'insulin';

/** A DEA number's verdict: it passes every format check, or the first check it fails. */
export type DeaVerdict = 'valid' | Exclude<DeaProblem, 'format'>;

/** The sum behind a DEA check digit: (D1 + D3 + D5) + 2 × (D2 + D4 + D6). */
export interface DeaSum {
  odd: number;
  even: number;
  total: number;
  /** The units digit of the total: what the 7th digit must be. */
  expected: number;
}

/** Params of each question code: everything its prompt and its what / why / how need. */
export interface DrillParams {
  'supply.days': {
    form: SupplyForm;
    product: ProductLabel;
    sig: string;
    quantity: number;
    unit: SupplyUnit;
    /** Drops per mL, when drops are dispensed by volume. */
    dropsPerMl?: number;
    /** Pens or vials the quantity comes in, when each is capped at its in-use life. */
    packages?: number;
    inUseDays?: number;
    /** The most used per dose (the high end of a range), in doseUnit. */
    perDose: number;
    doseUnit: SigUnit;
    timesPerDay: number;
    /** Eyes, ears or nostrils each dose goes in. */
    sites: number;
    perDay: number;
    /** The quantity in dose units (mL × drops per mL for drops). */
    total: number;
    days: number;
    /** True when the in-use life, not the quantity, decided the days. */
    capped: boolean;
  };
  'supply.quantity': {
    product: ProductLabel;
    sig: string;
    days: number;
    unit: SupplyUnit;
    perDose: number;
    timesPerDay: number;
    perDay: number;
    quantity: number;
  };
  'sig.toWords': { sig: string; directions: SigDirections };
  'sig.fromWords': { sig: string; directions: SigDirections };
  'dea.checkDigit': { letters: string; digits: string; sum: DeaSum };
  'dea.verdict': { dea: string; lastName: string; verdict: DeaVerdict; sum: DeaSum; written: number };
  'ndc.to11': { ndc: string; layout: Exclude<NdcLayout, '5-4-2'>; ndc11: string; billing: string };
  'controlled.schedule': { generic: string; brand?: string; schedule: Schedule | null };
  'controlled.refills': { generic: string; brand?: string; schedule: 'II' | 'III' | 'IV'; max: number };
  'names.generic': { brand: string; generic: string };
  'names.brand': { generic: string; brand: string };
  'names.lookAlike': { product: ProductLabel; lookAlike: ProductLabel };
  'math.convert': { amount: number; from: MeasureUnit; to: MeasureUnit; factor: number; result: number };
  'math.doseVolume': { product: ProductLabel; dose: number; strengthMg: number; strengthMl: number; mgPerMl: number; volume: number };
}

/** One question code. */
export type DrillCode = keyof DrillParams;

/** Params of each kind of answer choice. */
export interface DrillChoiceParams {
  /** Patient wording, written from read directions. */
  directions: { directions: SigDirections };
  /** A sig as a prescriber writes it, shown as typed. */
  sig: { sig: string };
  verdict: { verdict: DeaVerdict };
  ndc: { ndc: string };
  schedule: { schedule: Schedule | null };
  name: { name: string };
  product: { product: ProductLabel };
}
/** One answer choice of a multiple-choice question. */
export type DrillChoice = Coded<DrillChoiceParams>;

/** What counts as the right answer: a number in a unit, or one of up to four choices. */
export type DrillAnswer = { kind: 'number'; value: number; unit: DrillUnit } | { kind: 'choice'; choices: DrillChoice[]; correct: number };

/** One drill question: its code and params, its topic, and the answer the rules computed. */
export type DrillQuestion = Coded<DrillParams> & { topic: DrillTopic; answer: DrillAnswer };
