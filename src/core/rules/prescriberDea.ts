import type { Finding } from '../findings/codes';
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
  const who = `Dr. ${lastName}`;
  if (written === '') {
    return [
      {
        code: 'DEA_MISSING',
        rx: rx.id,
        step: 'intake',
        detail: `This C-${schedule} prescription shows no DEA number for ${who}, and a controlled-substance prescription must carry one.`,
      },
    ];
  }

  const { problems } = checkDea(written, lastName);
  const out: Finding[] = [];
  const invalid = problems.filter((p) => p !== 'last-name');
  if (invalid.length > 0) {
    out.push({ code: 'DEA_INVALID', rx: rx.id, step: 'intake', detail: invalidDetail(written, invalid) });
  }
  if (problems.includes('last-name')) {
    out.push({
      code: 'DEA_NAME_MISMATCH',
      rx: rx.id,
      step: 'intake',
      detail: `The second letter of DEA number ${written} is "${written.charAt(1).toUpperCase()}", but the prescriber's last name, ${lastName}, starts with "${lastName.trim().charAt(0).toUpperCase()}".`,
    });
  }
  return out;
}

/** One sentence naming the first failing check, with the digit it expected where that helps. */
function invalidDetail(dea: string, problems: DeaProblem[]): string {
  const number = dea.toUpperCase();
  if (problems.includes('format')) {
    return `DEA number ${dea} is not in DEA format (two letters, or a letter and a 9, then seven digits).`;
  }
  const parts: string[] = [];
  if (problems.includes('prefix')) {
    parts.push(`its first letter "${number.charAt(0)}" is not one a prescriber's registration starts with`);
  }
  if (problems.includes('checksum')) {
    const expected = deaCheckDigit(number.slice(2, 8));
    parts.push(`its check digit should be ${expected}, but the prescription shows ${number.charAt(8)}`);
  }
  return `DEA number ${dea} fails the check: ${parts.join('; ')}.`;
}
