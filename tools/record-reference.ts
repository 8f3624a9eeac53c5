// Records the reference game: a frozen copy of Northmoor played by the balanced bot, with the state hash after every
// step. The test replays it; when the engine's behaviour changes on purpose, re-record with `npm run record-reference`
// and say why in the commit.
import { writeFileSync } from 'node:fs';
import { BUILT_IN, playBot } from '../src/engine/bot';
import { replay, stateHash } from '../src/engine/session';
import { readScenarioFile } from './scenario/files';

const FILE = 'test/fixtures/reference/reference.scenario.yaml';
const scenario = readScenarioFile(FILE).value;
if (!scenario) throw new Error(`${FILE} does not load`);
const game = playBot(scenario, BUILT_IN.balanced, 'reference-1');
const { hashes } = replay(scenario, { seed: game.seed, decisions: game.decisions });
const record = { recorded: 'reference game: balanced bot, seed reference-1', scenarioHash: scenario.hash, seed: game.seed, decisions: game.decisions, hashes, final: stateHash(game) };
writeFileSync('test/fixtures/reference/reference-game.json', `${JSON.stringify(record, null, 1)}\n`);
console.log(`recorded ${game.decisions.length} steps, final hash ${record.final}`);
