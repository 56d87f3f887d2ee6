/**
 * Writes a read sig back as the sentence a patient sees on the label: a capital verb that
 * fits the route and form, the dose with its unit, where it goes, when, and why. Never
 * uses the abbreviations the sig was written in.
 */
import type { Household, SigRoute, SigSite, SigUnit, TimeOfDay } from './sigLexicon';

/** What the label sentence is built from. */
export interface SigWording {
  dose: number;
  doseMax?: number;
  unit: SigUnit;
  household?: { name: Household; dose: number; doseMax?: number };
  route?: SigRoute;
  site?: SigSite;
  verb?: string;
  primary?: string;
  additive: TimeOfDay[];
  times: TimeOfDay[];
  timing: string[];
  asNeeded: boolean;
  indication?: string;
  durationDays?: number;
  asDirected: boolean;
}

/** Units counted whole or in halves, where "1/2 tablet" reads better than "0.5 tablet". */
const COUNTED: ReadonlySet<SigUnit> = new Set(['tablet', 'capsule', 'suppository', 'patch', 'vial', 'lozenge']);

const UNIT_WORDS: Record<SigUnit, [string, string]> = {
  tablet: ['tablet', 'tablets'], capsule: ['capsule', 'capsules'], mL: ['mL', 'mL'], drop: ['drop', 'drops'],
  puff: ['puff', 'puffs'], unit: ['unit', 'units'], application: ['application', 'applications'],
  suppository: ['suppository', 'suppositories'], patch: ['patch', 'patches'], mg: ['mg', 'mg'], mcg: ['mcg', 'mcg'],
  spray: ['spray', 'sprays'], g: ['g', 'g'], vial: ['vial', 'vials'], lozenge: ['lozenge', 'lozenges'],
};

const AS_QUALIFIER: Record<TimeOfDay, string> = { morning: 'in the morning', evening: 'in the evening', bedtime: 'at bedtime' };
const ALONE: Record<TimeOfDay, string> = { morning: 'every morning', evening: 'every evening', bedtime: 'at bedtime' };

/** A number as a label shows it: halves and quarters as fractions for counted units, no float noise. */
export function formatAmount(value: number, counted: boolean): string {
  const clean = Number(value.toFixed(4));
  if (counted && !Number.isInteger(clean) && Number.isInteger(clean * 4)) {
    const whole = Math.floor(clean);
    const part = { 0.25: '1/4', 0.5: '1/2', 0.75: '3/4' }[clean - whole] ?? String(clean - whole);
    return whole > 0 ? `${whole} ${part}` : part;
  }
  return String(clean);
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The label verb: the route decides first, then the form, and "Take" is the default. */
function verb(w: SigWording): string {
  if (w.verb === 'chew') return 'Chew';
  if (w.unit === 'puff') return 'Inhale';
  switch (w.route) {
    case 'in the eye': case 'in the ear': return 'Instill';
    case 'in the nose': return 'Use';
    case 'by inhalation': case 'by nebulizer': return 'Inhale';
    case 'under the skin': case 'into the muscle': case 'into a vein': return 'Inject';
    case 'topically': case 'on the skin': return 'Apply';
    case 'rectally': case 'vaginally': return 'Insert';
    case 'under the tongue': return 'Dissolve';
    case 'by mouth': return 'Take';
    default: break;
  }
  const byUnit: Partial<Record<SigUnit, string>> = {
    drop: 'Instill', application: 'Apply', patch: 'Apply', suppository: 'Insert', spray: 'Use', unit: 'Inject',
  };
  return byUnit[w.unit] ?? 'Take';
}

function dosePhrase(w: SigWording): string {
  if (w.unit === 'application' && w.dose === 1 && w.doseMax === undefined) return 'a thin layer';
  const counted = COUNTED.has(w.unit);
  const amount = w.doseMax === undefined
    ? formatAmount(w.dose, counted)
    : `${formatAmount(w.dose, counted)} to ${formatAmount(w.doseMax, counted)}`;
  // Plural follows the largest amount: "1/2 tablet", "1 to 2 tablets".
  const plural = (w.doseMax ?? w.dose) > 1;
  let phrase = `${amount} ${UNIT_WORDS[w.unit][plural ? 1 : 0]}`;
  const h = w.household;
  if (h) {
    const hAmount = h.doseMax === undefined ? formatAmount(h.dose, true) : `${formatAmount(h.dose, true)} to ${formatAmount(h.doseMax, true)}`;
    const many = (h.doseMax ?? h.dose) > 1;
    const name = h.name === 'fluid ounce' ? (many ? 'fluid ounces' : 'fluid ounce') : `${h.name}${many ? 's' : ''}`;
    phrase += ` (${hAmount} ${name})`;
  }
  return w.unit === 'vial' && w.route === 'by nebulizer' ? `the contents of ${phrase}` : phrase;
}

function routePhrase(w: SigWording): string | undefined {
  const site = w.site;
  switch (w.route) {
    case 'topically': return site === 'affected area' ? 'topically to the affected area' : 'topically';
    case 'on the skin': return 'to the skin';
    case 'by inhalation': return w.unit === 'puff' ? 'by mouth' : 'by inhalation';
    case 'by nebulizer': return 'via nebulizer';
    case 'in the eye': case 'in the ear': {
      const organ = w.route === 'in the eye' ? 'eye' : 'ear';
      if (site === 'both eyes' || site === 'both ears') return `in both ${organ}s`;
      return site ? `in the ${site}` : `in the ${organ}`;
    }
    case 'in the nose': return site === 'each nostril' ? 'in each nostril' : 'in the nose';
    default: return w.route;
  }
}

/** The "when" part: main frequency, meal timing, extra bedtime dose, then time-of-day qualifiers. */
export function whenPhrase(w: Pick<SigWording, 'primary' | 'additive' | 'times' | 'timing'>): string {
  const parts: string[] = [];
  if (w.primary) {
    parts.push(w.primary, ...w.timing);
    if (w.additive.length > 0) parts.push(`and ${joinAnd(w.additive.map((t) => AS_QUALIFIER[t]))}`);
    if (w.times.length > 0) parts.push(joinAnd(w.times.map((t) => AS_QUALIFIER[t])));
  } else {
    if (w.times.length > 0) parts.push(joinAnd(w.times.map((t) => ALONE[t])));
    parts.push(...w.timing);
  }
  return parts.join(' ');
}

/** The full patient-friendly direction, e.g. "Take 1 tablet by mouth twice daily after meals". */
export function sigSentence(w: SigWording): string {
  const parts = [verb(w), dosePhrase(w), routePhrase(w), whenPhrase(w)];
  if (w.asNeeded) parts.push(w.indication ? `as needed for ${w.indication}` : 'as needed');
  else if (w.indication) parts.push(`for ${w.indication}`);
  if (w.durationDays !== undefined) parts.push(`for ${formatAmount(w.durationDays, false)} ${w.durationDays === 1 ? 'day' : 'days'}`);
  if (w.asDirected) parts.push('as directed');
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' ');
}
