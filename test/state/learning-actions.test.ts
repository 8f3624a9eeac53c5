import { beforeEach, describe, expect, it } from 'vitest';
import { playBot, BUILT_IN } from '../../src/engine/bot';
import type { Game } from '../../src/engine/session';
import { formItems } from '../../src/learning/check';
import { connect, resumeGame, startGame } from '../../src/state/actions';
import { answerCheck, finishCheck, skipCheck } from '../../src/state/learning-actions';
import { initialState, store } from '../../src/state/store';
import { createWorkshop, receiveTeamCode } from '../../src/state/workshop-actions';
import { encodeTeamGame } from '../../src/workshop/codes';
import { readScenarioFile } from '../../tools/scenario/files';

const northmoor = readScenarioFile('scenarios/northmoor.scenario.yaml').value!;
const check = northmoor.check!;
let saved: { game: Game; learning: unknown }[] = [];

beforeEach(() => {
  store.setState({ ...initialState(), scenarios: [{ file: 'scenarios/northmoor.scenario.yaml', scenario: northmoor, diagnostics: [] }] });
  saved = [];
  connect({ autosave: (game) => { saved.push({ game, learning: store.getState().learning }); }, randomSeed: () => 'fixed-seed' });
});

describe('the check as a player takes it', () => {
  it('keeps every answer as it is given and saves it with the game, so a reload mid-check loses nothing', () => {
    startGame('northmoor');
    const [first, second] = formItems(check, 'before');
    answerCheck(first.id, first.choices![1].id);
    answerCheck(second.id, second.choices![0].id);
    expect(store.getState().learning?.draft).toEqual({ [first.id]: first.choices![1].id, [second.id]: second.choices![0].id });
    expect(saved.at(-1)?.learning).toEqual(store.getState().learning);
    finishCheck('before');
    expect(store.getState().learning).toEqual({ before: { [first.id]: first.choices![1].id, [second.id]: second.choices![0].id } });
  });

  it('a game started again with the same luck, or skipped, asks nothing; a game with no move yet resumes in its briefing', () => {
    startGame('northmoor');
    skipCheck();
    expect(store.getState().learning?.skipped).toBe(true);
    const game = store.getState().game!;
    startGame(northmoor, game.seed, game);
    expect(store.getState().learning).toEqual({ skipped: true });
    resumeGame(game);
    expect(store.getState().screen).toBe('briefing');
  });
});

describe('the room receiving a team\'s check', () => {
  it('takes it with the game, or typed after it, and refuses it before the game with what to do', () => {
    expect(createWorkshop('northmoor', { seed: 'room-1', teams: ['Red', 'Blue'], pauses: [] })).toBeNull();
    const session = store.getState().workshop!.session;
    const game = playBot(northmoor, BUILT_IN.learning, session.seed);
    const learning = { before: { [formItems(check, 'before')[0].id]: 'a' }, after: { [formItems(check, 'after')[0].id]: 'a' }, reaction: { useful: 5 } };
    const codes = encodeTeamGame({ session, team: 'Red', decisions: game.decisions, rationale: {}, learning }, northmoor);
    expect(receiveTeamCode(codes.check!)).toBe("This is Red's check code: take Red's game code first, then this one.");
    expect(receiveTeamCode(codes.code)).toBeNull();
    expect(store.getState().workshop!.teams[0].learning).toBeUndefined();
    expect(receiveTeamCode(codes.check!)).toBeNull();
    expect(store.getState().workshop!.teams[0].learning).toEqual(learning);
    expect(store.getState().announcement).toBe("Red's check received.");
    // the game typed again without its check keeps the check
    expect(receiveTeamCode(codes.code)).toBeNull();
    expect(store.getState().workshop!.teams[0].learning).toEqual(learning);
    expect(store.getState().announcement).toBe("Red's game was already here: nothing changed.");
  });
});
