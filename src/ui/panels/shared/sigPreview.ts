import { type DispenseUnit, isSigError, type Language, parseSig, renderSig, renderSigProblem, type SigUnit } from '../../../core';

const AS_SIG_UNIT: Partial<Record<DispenseUnit, SigUnit>> = {
  tablet: 'tablet',
  capsule: 'capsule',
  mL: 'mL',
  g: 'g',
  puff: 'puff',
  drop: 'drop',
  unit: 'unit',
};

/**
 * What the patient will read for a typed sig: the friendly text, a polite reason it can't be
 * read, or nothing yet, in the given language. `dispenseUnit` lets "1 po bid" read as tablets
 * when the drug is a tablet.
 */
export function sigPreview(
  sig: string,
  dispenseUnit: DispenseUnit | undefined,
  language: Language,
): { text: string } | { error: string } | null {
  if (sig.trim() === '') return null;
  const defaultUnit = dispenseUnit ? AS_SIG_UNIT[dispenseUnit] : undefined;
  const parsed = parseSig(sig, defaultUnit ? { defaultUnit } : {});
  return isSigError(parsed) ? { error: renderSigProblem(parsed.error, language) } : { text: renderSig(parsed, language) };
}
