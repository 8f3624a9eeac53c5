// The notebook keeps every account heard from practice, with who gave it and when, as the board heard it.
import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { newGame, stateOf, step } from '../../src/engine/session';
import { storyText } from '../../src/engine/texts';
import { notebook } from '../../src/present/notebook';
import { readScenarioFile } from '../../tools/scenario/files';

const scenario = readScenarioFile('scenarios/northmoor.scenario.yaml').value!;

describe("the board's notebook", () => {
  const game = playBot(scenario, BUILT_IN.learning, 'notebook');
  const entries = notebook(game);
  it('holds one entry for every account the game told, in the order heard', () => {
    expect(entries.length).toBe(stateOf(game).heard.length);
    expect(entries.map((e) => e.quarter)).toEqual(entries.map((e) => e.quarter).sort((a, b) => a - b));
  });
  it('says who spoke and when, in calendar terms', () => {
    for (const e of entries) {
      expect(e.voice.length).toBeGreaterThan(0);
      expect(e.when).toMatch(/^\d{4} Q[1-4]$/);
      expect(e.text.trim().length).toBeGreaterThan(20);
    }
  });
  it('keeps each account as clear or vague, and in the words, the board heard at the time', () => {
    // replay the same game and read the story panel's account after each quarter resolves
    let g = newGame(scenario, game.seed).game;
    const atTheTime: { quarter: number; text: string; clear: boolean }[] = [];
    for (const intent of game.decisions) {
      g = step(g, intent).game;
      if (intent.type !== 'COMMIT') continue;
      for (const heard of stateOf(g).stories) {
        const t = storyText(scenario.stories.find((x) => x.id === heard.id)!, heard);
        atTheTime.push({ quarter: stateOf(g).quarter, text: heard.clear ? t.clear : t.vague, clear: heard.clear });
      }
    }
    expect(entries.map((e) => ({ quarter: e.quarter, text: e.text, clear: e.clear }))).toEqual(atTheTime);
    expect(entries.some((e) => e.clear) && entries.some((e) => !e.clear)).toBe(true);
  });
});
