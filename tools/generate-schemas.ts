/**
 * Writes the JSON Schema files editors use to autocomplete and underline scenario files:
 * scenarios/scenario.schema.json and scenarios/catalog.schema.json. Run: npm run schemas
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalogJsonSchema, scenarioJsonSchema, schemaFileText } from '../src/core/scenario/jsonSchema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each generated file: its path from the repository root and its full text. */
export function schemaFiles(): { path: string; text: string }[] {
  return [
    { path: 'scenarios/scenario.schema.json', text: schemaFileText(scenarioJsonSchema()) },
    { path: 'scenarios/catalog.schema.json', text: schemaFileText(catalogJsonSchema()) },
  ];
}

/** Writes every schema file under `root`; returns the paths written. */
export function writeSchemas(root = ROOT): string[] {
  return schemaFiles().map(({ path, text }) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    return path;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    for (const path of writeSchemas()) process.stdout.write(`wrote ${path}\n`);
  } catch (e) {
    process.stderr.write(`generate-schemas: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
