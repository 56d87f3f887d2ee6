/**
 * The pharmacy's one auxiliary-label vocabulary: each sticker once, spelled as printed.
 * Every product in the catalog uses these exact words (scenarios/catalog/README.md).
 */
export const AUXILIARY_LABELS = [
  'May cause drowsiness',
  'Avoid alcohol',
  'Take with food',
  'Take on an empty stomach',
  'Finish all of this medication',
  'Shake well',
  'Refrigerate',
  'Do not crush or chew',
  'Separate from antacids, iron or calcium',
  'Avoid prolonged exposure to sunlight',
  'For the eye',
  'For the ear',
  'For external use only',
  'For rectal use only',
  'May discolor urine',
  'Federal law prohibits transfer',
] as const;

/** Labels compare by wording, ignoring case and spacing ("Take with food" = "take with  food"). */
const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

// Older wordings of the same sticker (earlier catalogs and imported scenarios), so choosing
// either one is the same choice, never "missing" one and "does not belong" for the other.
const SAME_STICKER: Record<string, (typeof AUXILIARY_LABELS)[number]> = {
  'finish all medication': 'Finish all of this medication',
  'avoid sun exposure': 'Avoid prolonged exposure to sunlight',
  'alcohol may intensify this effect': 'Avoid alcohol',
};

/** The comparison key of a label: its vocabulary wording when it is an older name for the same sticker. */
export function labelKey(label: string): string {
  const key = norm(label);
  const same = SAME_STICKER[key];
  return same === undefined ? key : norm(same);
}

/** A label as the vocabulary spells it (an older wording becomes today's; anything else is kept, trimmed). */
export function vocabularyWording(label: string): string {
  return SAME_STICKER[norm(label)] ?? label.trim();
}

/** The stickers a reconstituted suspension carries besides the product's own: shake well, and its storage (none at room temperature). */
export const RECONSTITUTED_LABELS: {
  shake: (typeof AUXILIARY_LABELS)[number];
  storage: Record<'room' | 'refrigerator', (typeof AUXILIARY_LABELS)[number] | null>;
} = { shake: 'Shake well', storage: { room: null, refrigerator: 'Refrigerate' } };
