import { z } from 'zod';
import { catalogSchema } from './catalogSchema';
import { encounterSchema } from './encounterSchema';
import { shiftSchema } from './shiftSchema';

/** Any scenario file: an encounter or a shift, told apart by "kind". */
export const scenarioFileSchema = z.discriminatedUnion('kind', [encounterSchema, shiftSchema]).meta({
  title: 'TechShift scenario',
  description: 'One patient encounter ("kind": "encounter") or a shift of several ("kind": "shift"). Check with: npm run check-scenarios',
});

/** Draft-07 JSON Schema for scenario files (encounter or shift), for editors' autocomplete and underlines. */
export function scenarioJsonSchema(): object {
  return z.toJSONSchema(scenarioFileSchema, { target: 'draft-07', io: 'input' });
}

/** Draft-07 JSON Schema for drug catalog files in scenarios/catalog/. */
export function catalogJsonSchema(): object {
  return z.toJSONSchema(catalogSchema, { target: 'draft-07', io: 'input' });
}

/** The exact text written to a .schema.json file: two-space indent, final newline. */
export function schemaFileText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
