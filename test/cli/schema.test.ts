import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, modelJsonSchema, scenarioJsonSchema, type JsonSchema } from '../../src/scenario/json-schema';
import { ModelFile } from '../../src/scenario/schema/model-schema';
import { ScenarioFile } from '../../src/scenario/schema/scenario-schema';
import { SCHEMA_DIR, SCHEMA_FILES } from '../../tools/scenario/schema-command';
import { runCli } from './run-cli';

const kinds = [
  { name: 'scenario', file: SCHEMA_FILES.scenario, generate: scenarioJsonSchema, keys: Object.keys(ScenarioFile.shape) },
  { name: 'model', file: SCHEMA_FILES.model, generate: modelJsonSchema, keys: Object.keys(ModelFile.shape) },
] as const;

const props = (s: JsonSchema, ...path: string[]): JsonSchema =>
  path.reduce<JsonSchema>((node, key) => (key === '[]' ? node.items : (node.properties as Record<string, JsonSchema>)[key]) as JsonSchema, s);

describe('the JSON Schemas in scenarios/schema/', () => {
  it.each(kinds)('$file is exactly what the $name schema generates today (never stale)', ({ file, generate }) => {
    const committed = readFileSync(join(SCHEMA_DIR, file), 'utf8');
    expect(committed, `scenarios/schema/${file} is stale: run npm run scenario -- schema --write`).toBe(jsonSchemaText(generate()));
  });

  it.each(kinds)('the $name schema is draft-07 with an $id, a title and every top-level key of the file', ({ generate, keys }) => {
    const s = generate();
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(s.$id).toMatch(/^urn:beyond-the-numbers:schema:/);
    expect(s.title).toMatch(/^Beyond the Numbers .* file \(format 1\)$/);
    expect(Object.keys(s.properties as object).sort()).toEqual([...keys].sort());
    expect(s.additionalProperties).toBe(false);
  });

  it('keeps the descriptions of the zod schemas, so editors show them as hover docs', () => {
    const s = scenarioJsonSchema();
    expect(props(s, 'format').description).toContain('this game reads 1');
    expect(props(s, 'model').description).toBe('The model file: models/ID.model.yaml.');
    expect(props(s, 'decisions', '[]', 'text').description).toBe('What the decision means, shown on its card.');
    expect(props(s, 'decisions', '[]', 'effects').description).toContain('{ variable: +8 } adds');
    expect(s.description).toBe('A scenario file of Beyond the Numbers.');
    expect(props(modelJsonSchema(), 'links', '[]', 'strength').description).toContain('W=0.1');
  });

  it('limits format to the versions the game reads, as the loader does', () => {
    for (const s of [scenarioJsonSchema(), modelJsonSchema()]) expect(props(s, 'format')).toMatchObject({ type: 'integer', minimum: 1, maximum: 1 });
  });
});

describe('scenario schema', () => {
  it('prints the scenario schema as JSON without flags, and the model schema with --model', () => {
    const scenario = runCli('schema');
    expect(scenario.status).toBe(0);
    expect(JSON.parse(scenario.stdout)).toEqual(scenarioJsonSchema());
    const model = runCli('schema', '--model');
    expect(model.status).toBe(0);
    expect(model.stdout).toBe(jsonSchemaText(modelJsonSchema()));
  });

  it('exits 2 with its usage for an option it does not know', () => {
    const r = runCli('schema', '--wirte');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option '--wirte'");
    expect(r.stderr).toContain('schema [--model] [--write]');
  });
});
