import type { Finding } from '../findings/codes';
import type { FindingParams } from '../findings/params';
import type { Product } from '../scenario/catalogSchema';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import { ingredients, productLabel } from './productNames';

/**
 * What patients and profiles write for an allergy, mapped to catalog allergy classes
 * (slugs in Product.allergyClasses / crossSensitivity) or generic names (domain §9.1).
 * Keys are lower case with punctuation removed. Anything not listed is matched as written.
 * "Sulfa" means sulfonamide antibiotics; sulfites and sulfates are different things
 * (ferrous sulfate, morphine sulfate are fine), so they never map to 'sulfonamide-antibiotic'.
 */
export const ALLERGY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  penicillin: ['penicillin'],
  penicillins: ['penicillin'],
  pcn: ['penicillin'],
  pen: ['penicillin'],
  sulfa: ['sulfonamide-antibiotic'],
  sulpha: ['sulfonamide-antibiotic'],
  'sulfa drugs': ['sulfonamide-antibiotic'],
  'sulfa antibiotics': ['sulfonamide-antibiotic'],
  sulfonamide: ['sulfonamide-antibiotic'],
  sulfonamides: ['sulfonamide-antibiotic'],
  bactrim: ['sulfonamide-antibiotic'],
  septra: ['sulfonamide-antibiotic'],
  'smx tmp': ['sulfonamide-antibiotic'],
  'smz tmp': ['sulfonamide-antibiotic'],
  sulfite: ['sulfite'],
  sulfites: ['sulfite'],
  codeine: ['codeine', 'opioid'],
  'tylenol 3': ['codeine', 'opioid'],
  'tylenol with codeine': ['codeine', 'opioid'],
  nsaid: ['nsaid'],
  nsaids: ['nsaid'],
  'anti inflammatories': ['nsaid'],
  'non steroidal anti inflammatory drugs': ['nsaid'],
  aspirin: ['aspirin'],
  asa: ['aspirin'],
  'acetylsalicylic acid': ['aspirin'],
  cephalosporins: ['cephalosporin'],
  macrolides: ['macrolide'],
  fluoroquinolones: ['fluoroquinolone'],
  quinolones: ['fluoroquinolone'],
  'ace inhibitor': ['ace-inhibitor'],
  'ace inhibitors': ['ace-inhibitor'],
  opioids: ['opioid'],
  opiates: ['opioid'],
  narcotics: ['opioid'],
};

/** Salt names dropped from an allergy so "morphine sulfate" is read as morphine. */
const SALTS = /\b(sulfate|hydrochloride|hcl|sodium|potassium|tartrate|succinate|citrate|maleate|besylate)\b/g;
const FILLER = /\b(allergy|allergies|allergic|to|drug|drugs|class|family)\b/g;

function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name without its salt: "morphine sulfate" → "morphine". */
function unsalted(name: string): string {
  return clean(name).replace(SALTS, ' ');
}

/** One comparable form for slugs, generic names and brands: "Ferrous Sulfate" → "ferrous-sulfate". */
function key(text: string): string {
  return clean(text).replace(/ /g, '-');
}

/** The allergy classes and generic names (as keys) a free-text allergy stands for. */
export function allergyTerms(substance: string, catalog: Iterable<Product> = []): Set<string> {
  const text = clean(substance);
  const bare = clean(text.replace(FILLER, ' '));
  const candidates = [text, bare, bare.replace(/s$/, ''), clean(unsalted(bare))].filter((c) => c !== '');
  // Own keys only, so an allergy written "constructor" cannot reach Object.prototype.
  const hit = candidates.find((c) => Object.hasOwn(ALLERGY_SYNONYMS, c));
  const terms = new Set((hit !== undefined ? ALLERGY_SYNONYMS[hit]! : candidates).map(key));
  // An allergy to one member of a class (amoxicillin, Amoxil) is an allergy to the class the
  // catalog puts it in. Only whole generics expand, so a codeine allergy does not pick up
  // acetaminophen's classes through a combination product.
  for (const p of catalog) {
    if (terms.has(key(p.generic)) || terms.has(key(unsalted(p.generic))) || (p.brand !== undefined && terms.has(key(p.brand)))) {
      for (const c of p.allergyClasses) terms.add(key(c));
    }
  }
  return terms;
}

/** The product's names an allergy can hit directly: its generic, each ingredient, its brand. */
function names(p: Product): string[] {
  return [p.generic, unsalted(p.generic), ...ingredients(p.generic), ...(p.brand !== undefined ? [p.brand] : [])].filter(
    (n) => key(n) !== '',
  );
}

/**
 * ALLERGY at data entry (the DUR allergy alert): the product is, contains, or belongs to
 * the class of something the patient is allergic to; or it has a listed cross-sensitivity
 * with it. A cross-sensitivity is still a finding, because only the pharmacist may judge it.
 */
export function checkAllergy(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const product = productOf(scenario, rx.product);
  type Hit = FindingParams['ALLERGY'];
  const direct: Hit[] = [];
  const cross: Hit[] = [];
  for (const allergy of scenario.patient.allergies) {
    const terms = allergyTerms(allergy.substance, scenario.products.values());
    const reported = { substance: allergy.substance, reaction: allergy.reaction, product: productLabel(product) };
    const cls = product.allergyClasses.find((c) => terms.has(key(c)));
    const name = names(product).find((n) => terms.has(key(n)));
    const crossCls = product.crossSensitivity.find((c) => terms.has(key(c)));
    if (cls !== undefined) direct.push({ ...reported, match: { via: 'class', allergyClass: cls } });
    else if (name !== undefined) {
      const whole = key(name) === key(product.generic) || name === product.brand;
      direct.push({ ...reported, match: { via: 'name', name, whole } });
    } else if (crossCls !== undefined) {
      cross.push({ ...reported, match: { via: 'cross', allergyClass: crossCls } });
    }
  }
  const params = direct[0] ?? cross[0];
  return params === undefined ? [] : [{ code: 'ALLERGY', rx: rx.id, step: 'entry', params }];
}
