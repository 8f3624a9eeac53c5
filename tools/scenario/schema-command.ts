// `scenario schema [--model] [--write]`: the JSON Schemas that let editors complete keys and show their documentation.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText, modelJsonSchema, scenarioJsonSchema } from '../../src/scenario/json-schema';
import { display } from './files';

/** scenarios/schema/ of this checkout, wherever the command is run from. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../scenarios/schema/', import.meta.url));
export const SCHEMA_FILES = { scenario: 'scenario.schema.json', model: 'model.schema.json' } as const;

const USAGE = `usage: npm run scenario -- schema [--model] [--write]

  (no flags)   print the scenario file schema
  --model      print the model file schema
  --write      write both to scenarios/schema/${SCHEMA_FILES.scenario} and ${SCHEMA_FILES.model}
`;

export function schemaCommand(args: string[], out: (s: string) => void, err: (s: string) => void): number {
  const unknown = args.find((a) => a !== '--model' && a !== '--write');
  if (unknown !== undefined) { err(`unknown option '${unknown}'\n\n${USAGE}`); return 2; }
  if (args.includes('--write')) {
    mkdirSync(SCHEMA_DIR, { recursive: true });
    for (const [file, schema] of [[SCHEMA_FILES.scenario, scenarioJsonSchema()], [SCHEMA_FILES.model, modelJsonSchema()]] as const) {
      const path = join(SCHEMA_DIR, file);
      writeFileSync(path, jsonSchemaText(schema));
      out(`wrote ${display(path)}\n`);
    }
    return 0;
  }
  out(jsonSchemaText(args.includes('--model') ? modelJsonSchema() : scenarioJsonSchema()));
  return 0;
}
