import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintScenario } from '../../src/scenario/lint';
import { readScenarioFile } from '../../tools/scenario/files';
import { ROOT } from './lint-fixtures';

const bundled = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.scenario.yaml')).sort();

describe('the bundled scenarios', () => {
  it('are at least two', () => expect(bundled.length).toBeGreaterThanOrEqual(2));

  it.each(bundled)('%s has no lint errors', (name) => {
    const loaded = readScenarioFile(join(ROOT, 'scenarios', name));
    expect(loaded.value).toBeDefined();
    const findings = lintScenario(loaded.value!, Object.keys(loaded.sources)[0], loaded.sources);
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.file}:${f.line}:${f.col} ${f.message}`)).toEqual([]);
  });
});
