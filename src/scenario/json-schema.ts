// JSON Schemas (draft-07) of the file formats, generated from the loader's own zod schemas, so that what an editor
// completes and explains is exactly what the loader accepts. Pure: tools/scenario/schema-command.ts writes the files.
import { z } from 'zod';
import { MODEL_FORMATS, SCENARIO_FORMATS } from './load';
import { ModelFile } from './schema/model-schema';
import { ScenarioFile } from './schema/scenario-schema';

export type JsonSchema = Record<string, unknown>;

interface Kind { schema: z.ZodType; name: 'scenario' | 'model'; formats: { oldest: number; current: number } }

function generate({ schema, name, formats }: Kind): JsonSchema {
  const { $schema, ...body } = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' }) as JsonSchema;
  const properties = body.properties as Record<string, JsonSchema>;
  const reads = formats.oldest === formats.current ? `${formats.current}` : `${formats.oldest} to ${formats.current}`;
  // The loader refuses other versions (SC0010); say so in the editor too, rather than accepting any integer.
  properties.format = {
    description: `The ${name} format version; this game reads ${reads}.`,
    ...properties.format, minimum: formats.oldest, maximum: formats.current,
  };
  const title = `Beyond the Numbers ${name} file (format ${reads})`;
  return { $schema, $id: `urn:beyond-the-numbers:schema:${name}`, title, ...body };
}

export function scenarioJsonSchema(): JsonSchema {
  return generate({ schema: ScenarioFile, name: 'scenario', formats: SCENARIO_FORMATS });
}

export function modelJsonSchema(): JsonSchema {
  return generate({ schema: ModelFile, name: 'model', formats: MODEL_FORMATS });
}

/** The text of a schema file: two-space indentation and a final newline. */
export function jsonSchemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
