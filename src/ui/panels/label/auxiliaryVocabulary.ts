import { AUXILIARY_LABELS, labelKey, type ResolvedEncounter, vocabularyWording } from '../../../core';

/**
 * The sticker rack: every label of the pharmacy's one vocabulary (so the right one is never the
 * only one on offer) plus any other label the scenario's products name, each sticker once, sorted.
 */
export function auxiliaryVocabulary(scenario: ResolvedEncounter): string[] {
  const seen = new Map<string, string>();
  const add = (label: string) => {
    const key = labelKey(label);
    if (key && !seen.has(key)) seen.set(key, vocabularyWording(label));
  };
  AUXILIARY_LABELS.forEach(add);
  for (const p of scenario.products.values()) p.auxiliaryLabels.forEach(add);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
