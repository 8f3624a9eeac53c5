// Editors check scenario files against the generated JSON Schema; this makes sure every real file passes it, with a
// standard validator (ajv, draft-07), so no editor ever underlines a file the game accepts.
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ajv = new Ajv({ allErrors: true, strict: false });
const scenarioSchema = ajv.compile(JSON.parse(readFileSync('scenarios/schema/scenario.schema.json', 'utf8')));
const modelSchema = ajv.compile(JSON.parse(readFileSync('scenarios/schema/model.schema.json', 'utf8')));

const scenarios = readdirSync('scenarios').filter((f) => f.endsWith('.scenario.yaml')).map((f) => `scenarios/${f}`);
const models = readdirSync('scenarios/models').filter((f) => f.endsWith('.model.yaml')).map((f) => `scenarios/models/${f}`);

describe('the generated JSON Schemas', () => {
  const kinds = [
    { files: scenarios, schema: scenarioSchema, name: 'scenario.schema.json', firstLine: '# yaml-language-server: $schema=./schema/scenario.schema.json' },
    { files: models, schema: modelSchema, name: 'model.schema.json', firstLine: '# yaml-language-server: $schema=../schema/model.schema.json' },
  ];
  for (const { files, schema, name, firstLine } of kinds) {
    for (const file of files) {
      it(`${file} validates against ${name} and names it in its first line`, () => {
        const text = readFileSync(file, 'utf8');
        expect(text.split('\n')[0]).toBe(firstLine);
        const ok = schema(parse(text));
        expect(ok, JSON.stringify(schema.errors, null, 1)).toBe(true);
      });
    }
  }
  it('rejects a scenario with a misspelt key, as the loader does', () => {
    const text = readFileSync('scenarios/first-meeting.scenario.yaml', 'utf8').replace(/^summary:/m, 'sumary:');
    expect(scenarioSchema(parse(text))).toBe(false);
  });
});
