/**
 * National Provider Identifier check (domain reference §1.4).
 * Like the DEA check, a pass shows only that the number is well formed.
 */

/** The card-issuer prefix the NPI standard places before the digits for its Luhn check. */
const NPI_PREFIX = '80840';

/**
 * The Luhn check digit for the first nine NPI digits, computed with the 80840 prefix.
 * Returns NaN unless given exactly nine digits.
 */
export function npiCheckDigit(first9: string): number {
  if (typeof first9 !== 'string' || !/^\d{9}$/.test(first9)) return Number.NaN;
  const payload = NPI_PREFIX + first9;
  let sum = 0;
  // Counting from the right, the digit next to the check digit is doubled, then every other one.
  for (let i = 0; i < payload.length; i += 1) {
    let digit = Number(payload.charAt(payload.length - 1 - i));
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the input (trimmed) is ten digits whose last digit is the NPI Luhn check digit. */
export function checkNpi(npi: string): boolean {
  if (typeof npi !== 'string') return false;
  const digits = npi.trim();
  if (!/^\d{10}$/.test(digits)) return false;
  return npiCheckDigit(digits.slice(0, 9)) === Number(digits.charAt(9));
}
