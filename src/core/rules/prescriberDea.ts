import type { Finding } from '../findings/codes';
import type { FindingParams } from '../findings/params';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import { checkDea, deaCheckDigit, type DeaProblem } from './dea';

/**
 * DEA_MISSING, DEA_INVALID and DEA_NAME_MISMATCH for controlled-substance prescriptions
 * (domain §1, §3.3.2), caught at intake when the technician reads the prescriber block.
 *
 * A DEA number is not required on a non-controlled prescription, so one is not checked
 * there at all, even if it is written and wrong: flagging it would stop a legal fill.
 */
export function checkPrescriberDea(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const { schedule } = productOf(scenario, rx.product);
  if (schedule === null) return [];

  const { dea, lastName } = rx.prescriber;
  const written = dea?.trim() ?? '';
  if (written === '') return [{ code: 'DEA_MISSING', rx: rx.id, step: 'intake', params: { schedule, prescriber: lastName } }];

  const { problems } = checkDea(written, lastName);
  const out: Finding[] = [];
  const invalid = problems.filter((p) => p !== 'last-name');
  if (invalid.length > 0) {
    out.push({ code: 'DEA_INVALID', rx: rx.id, step: 'intake', params: invalidParams(written, invalid) });
  }
  if (problems.includes('last-name')) {
    out.push({
      code: 'DEA_NAME_MISMATCH',
      rx: rx.id,
      step: 'intake',
      params: { dea: written, letter: written.charAt(1).toUpperCase(), lastName, initial: lastName.trim().charAt(0).toUpperCase() },
    });
  }
  return out;
}

/** The failing checks, with the digit it expected where that helps. */
function invalidParams(dea: string, problems: DeaProblem[]): FindingParams['DEA_INVALID'] {
  const number = dea.toUpperCase();
  if (problems.includes('format')) return { dea, format: true };
  return {
    dea,
    format: false,
    ...(problems.includes('prefix') ? { prefix: number.charAt(0) } : {}),
    ...(problems.includes('checksum') ? { checkDigit: { expected: deaCheckDigit(number.slice(2, 8)), shown: number.charAt(8) } } : {}),
  };
}
