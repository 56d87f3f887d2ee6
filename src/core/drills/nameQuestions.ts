/**
 * Brand/generic and look-alike questions (domain reference §8), all from the catalog: the
 * wrong choices never include another right answer (a second brand of the same drug, or a
 * second look-alike).
 */
import { productLabel } from '../rules/productNames';
import type { Product } from '../scenario/catalogSchema';
import { choiceAnswer } from './choices';
import type { DrillChoice, DrillQuestion } from './params';
import { pickAny, type Random } from './random';

const name = (text: string): DrillChoice => ({ code: 'name', params: { name: text } });
const branded = (products: readonly Product[]): (Product & { brand: string })[] =>
  products.filter((p): p is Product & { brand: string } => p.brand !== undefined);

/** "What is the generic name of Zoloft?" Wrong choices prefer the same therapeutic class. */
export function genericQuestion(random: Random, products: readonly Product[]): DrillQuestion | undefined {
  const product = pickAny(random, branded(products));
  if (!product) return undefined;
  const sameBrand = new Set(
    branded(products)
      .filter((p) => p.brand === product.brand)
      .map((p) => p.generic),
  );
  const others = [...new Set(products.map((p) => p.generic))].filter((g) => !sameBrand.has(g));
  const cousins = others.filter((g) => products.some((p) => p.generic === g && p.therapeuticClass === product.therapeuticClass));
  const wrong = cousins.length >= 3 ? cousins : others;
  const answer = choiceAnswer(random, name(product.generic), wrong.map(name));
  if (!answer) return undefined;
  return { code: 'names.generic', topic: 'names', params: { brand: product.brand, generic: product.generic }, answer };
}

/** "Which brand is sertraline sold as?" */
export function brandQuestion(random: Random, products: readonly Product[]): DrillQuestion | undefined {
  const product = pickAny(random, branded(products));
  if (!product) return undefined;
  const ownBrands = new Set(
    branded(products)
      .filter((p) => p.generic === product.generic)
      .map((p) => p.brand),
  );
  // A brand that also names another generic (a combination's brand) would be right for neither.
  const wrong = [...new Set(branded(products).map((p) => p.brand))].filter((b) => !ownBrands.has(b));
  const answer = choiceAnswer(random, name(product.brand), wrong.map(name));
  if (!answer) return undefined;
  return { code: 'names.brand', topic: 'names', params: { generic: product.generic, brand: product.brand }, answer };
}

/** "Which product is a look-alike/sound-alike of hydrOXYzine 25 mg?" Pairs count in either direction, as at the shelf. */
export function lookAlikeQuestion(random: Random, products: readonly Product[]): DrillQuestion | undefined {
  const byId = new Map(products.map((p) => [p.id, p]));
  const paired = (a: Product, b: Product): boolean => a.lookAlikes.includes(b.id) || b.lookAlikes.includes(a.id);
  const product = pickAny(
    random,
    products.filter((p) => p.lookAlikes.some((id) => byId.has(id))),
  );
  if (!product) return undefined;
  const partner = pickAny(
    random,
    product.lookAlikes.flatMap((id) => byId.get(id) ?? []),
  );
  if (!partner) return undefined;
  // No wrong choice may be the same drug as either of the pair, or itself a look-alike of the product.
  const wrong = products.filter((p) => p.generic !== product.generic && p.generic !== partner.generic && !paired(p, product));
  const choice = (p: Product): DrillChoice => ({ code: 'product', params: { product: productLabel(p) } });
  const answer = choiceAnswer(random, choice(partner), wrong.map(choice));
  if (!answer) return undefined;
  return {
    code: 'names.lookAlike',
    topic: 'names',
    params: { product: productLabel(product), lookAlike: productLabel(partner) },
    answer,
  };
}
