import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay, stateHash } from '../../src/engine/session';
import { readScenarioFile } from '../../tools/scenario/files';

// A recording, not a specification: it pins the engine's behaviour so that no change alters old saves by accident.
const record = JSON.parse(readFileSync('test/fixtures/reference/reference-game.json', 'utf8'));

describe('the recorded reference game', () => {
  it('still replays to the same state hash at every step (re-record with npm run record-reference only on purpose)', () => {
    const scenario = readScenarioFile('test/fixtures/reference/reference.scenario.yaml').value!;
    expect(scenario.hash).toBe(record.scenarioHash);
    const r = replay(scenario, { seed: record.seed, decisions: record.decisions });
    expect(r.error).toBeUndefined();
    const firstDrift = r.hashes.findIndex((h, i) => h !== record.hashes[i]);
    expect(firstDrift, `replay drifts at step ${firstDrift}: ${JSON.stringify(record.decisions[firstDrift])}`).toBe(-1);
    expect(stateHash(r.game)).toBe(record.final);
  });
});
