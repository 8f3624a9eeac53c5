import { beforeEach, describe, expect, it } from 'vitest';
import { phaseOf, stateOf, type Game } from '../../src/engine/session';
import { answer, begin, choose, commit, connect, proceed, showScreen, back, startGame, toggleDecision, updateSettings } from '../../src/state/actions';
import { initialState, store } from '../../src/state/store';
import { readScenarioFile } from '../../tools/scenario/files';

const northmoor = readScenarioFile('scenarios/northmoor.scenario.yaml');
let saved: Game[] = [];

beforeEach(() => {
  store.setState({ ...initialState(), scenarios: [{ file: 'scenarios/northmoor.scenario.yaml', scenario: northmoor.value, diagnostics: [] }] });
  saved = [];
  connect({ autosave: (g) => { saved.push(g); }, randomSeed: () => 'fixed-seed' });
});

describe('store actions', () => {
  it('starting a game opens the briefing with a fresh seed and saves it at once', () => {
    startGame('northmoor');
    const { game, screen } = store.getState();
    expect(screen).toBe('briefing');
    expect(game?.seed).toBe('fixed-seed');
    expect(saved).toHaveLength(1);
  });

  it('every accepted intent updates the game once, autosaves, and announces the change in words', () => {
    startGame('northmoor');
    begin();
    expect(phaseOf(store.getState().game!)).toBe('agenda');
    choose('practice_visits');
    expect(stateOf(store.getState().game!).agenda).toEqual(['practice_visits']);
    expect(store.getState().announcement).toMatch(/Added to the agenda/);
    commit();
    expect(store.getState().announcement).toMatch(/(rose|fell|barely moved)/);
    expect(saved.length).toBe(4);
  });

  it('a refused intent leaves the game as it was and tells the player why', () => {
    startGame('northmoor');
    begin();
    const before = store.getState().game;
    choose('systems_review');
    expect(store.getState().game).toBe(before);
    expect(store.getState().notice?.kind).toBe('error');
    expect(store.getState().notice?.text).toMatch(/review/i);
    expect(saved.length).toBe(2);
  });

  it('toggling a decision adds it, and toggling again takes it off the agenda', () => {
    startGame('northmoor');
    begin();
    toggleDecision('practice_visits');
    toggleDecision('practice_visits');
    expect(stateOf(store.getState().game!).agenda).toEqual([]);
  });

  it('announcements never name a hidden variable', () => {
    startGame('northmoor');
    const hidden = northmoor.value!.model.variables.filter((v) => v.visibility === 'hidden').map((v) => v.label);
    const heard: string[] = [];
    for (let q = 0; q < 4; q++) {
      begin(); choose('practice_visits'); commit(); heard.push(store.getState().announcement);
      proceed();
      const g = store.getState().game!;
      for (const item of stateOf(g).inbox) {
        const e = g.scenario.events.find((x) => x.id === item.event)!;
        if (e.choices.length) { answer(e.id, e.defaultChoice!); heard.push(store.getState().announcement); }
      }
      proceed(); heard.push(store.getState().announcement);
    }
    expect(stateOf(store.getState().game!).quarter).toBe(5);
    for (const text of heard) for (const label of hidden) expect(text).not.toContain(label);
  });

  it('settings and about return to the screen they were opened from', () => {
    startGame('northmoor');
    showScreen('board');
    showScreen('settings');
    showScreen('about');
    back();
    expect(store.getState().screen).toBe('board');
    updateSettings({ textScale: 1.5 });
    expect(store.getState().settings.textScale).toBe(1.5);
  });
});
