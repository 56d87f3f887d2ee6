import type { ResolvedEncounter } from '../../core/scenario/resolve';

// Common stickers every pharmacy stocks, so the right one is never the only one on offer.
const STANDARD = [
  'May cause drowsiness',
  'Alcohol may intensify this effect',
  'Take with food',
  'Take on an empty stomach',
  'Avoid alcohol',
  'Avoid prolonged exposure to sunlight',
  'Finish all of this medication',
  'Shake well',
  'Refrigerate',
  'Do not crush or chew',
  'For the eye',
  'For the ear',
  'For external use only',
];

/** The sticker rack: the standard stickers plus every auxiliary label the scenario's products name, sorted. */
export function auxiliaryVocabulary(scenario: ResolvedEncounter): string[] {
  const seen = new Map<string, string>();
  const add = (label: string) => {
    const key = label.trim().toLowerCase();
    if (key && !seen.has(key)) seen.set(key, label.trim());
  };
  STANDARD.forEach(add);
  for (const p of scenario.products.values()) p.auxiliaryLabels.forEach(add);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
