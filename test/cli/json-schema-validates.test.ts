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
  for (const file of scenarios) {
    it(`${file} validates against scenario.schema.json and names it in its first line`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema/scenario.schema.json');
      const ok = scenarioSchema(parse(text));
      expect(ok, JSON.stringify(scenarioSchema.errors, null, 1)).toBe(true);
    });
  }
  for (const file of models) {
    it(`${file} validates against model.schema.json and names it in its first line`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/model.schema.json');
      const ok = modelSchema(parse(text));
      expect(ok, JSON.stringify(modelSchema.errors, null, 1)).toBe(true);
    });
  }
  it('rejects a scenario with a misspelt key, as the loader does', () => {
    const text = readFileSync('scenarios/first-meeting.scenario.yaml', 'utf8').replace(/^summary:/m, 'sumary:');
    expect(scenarioSchema(parse(text))).toBe(false);
  });
});
