import type { Product } from '../core';

/** The name as a stock label prints it, with the tall-man letters where the catalog gives them: "hydrOXYzine HCl". */
export function labelName(product: Product): string {
  const { tallMan, generic } = product;
  if (!tallMan) return generic.charAt(0).toUpperCase() + generic.slice(1);
  // Keep the salt or suffix of the generic name ("hydroxyzine hcl" → "hydrOXYzine hcl").
  return generic.toLowerCase().startsWith(tallMan.toLowerCase()) ? tallMan + generic.slice(tallMan.length) : tallMan;
}

const FORM_WORDS: Record<Product['form'], string> = {
  tablet: 'tablet',
  'tablet-er': 'extended-release tablet',
  capsule: 'capsule',
  'capsule-er': 'extended-release capsule',
  'oral-solution': 'oral solution',
  'oral-suspension': 'oral suspension',
  'ophthalmic-solution': 'eye drops',
  'otic-solution': 'ear drops',
  'nasal-spray': 'nasal spray',
  inhaler: 'inhaler',
  'insulin-vial': 'insulin vial',
  'insulin-pen': 'insulin pen',
  cream: 'cream',
  ointment: 'ointment',
  patch: 'patch',
  suppository: 'suppository',
};

/** The dosage form in plain words. */
export function formWords(product: Product): string {
  return FORM_WORDS[product.form];
}

/** "hydrOXYzine HCl 25 mg tablet": what the label and the drug search show. */
export function fullProductName(product: Product): string {
  return `${labelName(product)} ${product.strength} ${formWords(product)}`;
}
