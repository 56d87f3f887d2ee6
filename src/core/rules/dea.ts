/**
 * DEA registration number checks (domain reference §1).
 *
 * A number that passes every check here only has a valid *format*. It does not show
 * that the registration is active, current, or covers the schedule on the prescription;
 * the pharmacist confirms those.
 */

/** One reason a DEA number fails: its shape, its first letter, its check digit, or the name letter. */
export type DeaProblem = 'format' | 'prefix' | 'checksum' | 'last-name';

/** The outcome of {@link checkDea}; `valid` is true exactly when `problems` is empty. */
export interface DeaCheck {
  valid: boolean;
  problems: DeaProblem[];
}

/**
 * First letters held by registrants who may write prescriptions.
 *
 * A, B, F, G are practitioner numbers (B ran out and F took over; G also covers DoD
 * contractors), M is a mid-level practitioner, and X is the legacy DATA-waiver number,
 * which still turns up on older paper. P and R are real DEA prefixes, but they belong to
 * manufacturers, distributors, researchers and treatment programmes, which cannot
 * prescribe; since this check is only ever run on a prescriber's number, they are left
 * out on purpose and report 'prefix'.
 *
 * The "A deprecated, B hospital, C practitioner…" list seen on many sites is DEA's
 * business-activity code, not this letter, so it must not be used here.
 */
export const DEA_PRESCRIBER_PREFIXES: readonly string[] = ['A', 'B', 'F', 'G', 'M', 'X'];

/** Prefixes that are valid DEA registrations but whose holders cannot prescribe. */
export const DEA_NON_PRESCRIBER_PREFIXES: readonly string[] = ['P', 'R'];

/**
 * The expected check digit for the first six serial digits: the units digit of
 * (D1 + D3 + D5) + 2 × (D2 + D4 + D6). Returns NaN unless given exactly six digits.
 */
export function deaCheckDigit(digits6: string): number {
  if (typeof digits6 !== 'string' || !/^\d{6}$/.test(digits6)) return Number.NaN;
  const d = Array.from(digits6, Number) as [number, number, number, number, number, number];
  const odd = d[0] + d[2] + d[4];
  const even = d[1] + d[3] + d[5];
  return (odd + 2 * even) % 10;
}

/**
 * Checks a prescriber's DEA number: shape, registrant prefix, check digit, and (when the
 * prescriber's last name is given) that the second letter matches it or is '9'.
 *
 * Input is trimmed and upper-cased, and a hospital suffix after a hyphen
 * (`F91234563-001AB`) is dropped, because residents prescribe under the hospital's
 * number plus an internal code. When the shape is wrong, only 'format' is reported:
 * the other checks would be reading the wrong characters.
 *
 * A P or R prefix reports 'prefix' even though such numbers exist, because their holders
 * (manufacturers, distributors) cannot prescribe; see {@link DEA_PRESCRIBER_PREFIXES}.
 */
export function checkDea(dea: string, prescriberLastName?: string): DeaCheck {
  const number = typeof dea === 'string' ? stripSuffix(dea.trim().toUpperCase()) : '';
  if (!/^[A-Z][A-Z9]\d{7}$/.test(number)) return { valid: false, problems: ['format'] };

  const problems: DeaProblem[] = [];
  const prefix = number.charAt(0);
  const nameLetter = number.charAt(1);
  if (!DEA_PRESCRIBER_PREFIXES.includes(prefix)) problems.push('prefix');
  if (deaCheckDigit(number.slice(2, 8)) !== Number(number.charAt(8))) problems.push('checksum');

  const initial = lastNameInitial(prescriberLastName);
  // '9' marks a registration under a business address, so it matches any name.
  if (initial !== undefined && nameLetter !== '9' && nameLetter !== initial) problems.push('last-name');

  return { valid: problems.length === 0, problems };
}

/** Drops everything from a hyphen that directly follows the nine core characters. */
function stripSuffix(raw: string): string {
  return raw.length > 9 && raw.charAt(9) === '-' ? raw.slice(0, 9) : raw;
}

/**
 * First letter of a last name, ignoring leading punctuation and spaces and accents
 * ("O'Brien" → O, "Ábalos" → A). Undefined when no letter can be found, so an empty
 * name skips the check rather than failing it.
 */
function lastNameInitial(name: string | undefined): string | undefined {
  if (typeof name !== 'string') return undefined;
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  const match = /[A-Z]/.exec(plain);
  return match ? match[0] : undefined;
}
