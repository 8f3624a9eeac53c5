// Live editing: a changed scenario file is reloaded into the running game, which replays its decisions to the same place.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { reloadScenarios } from '../../src/content/reload';
import { explainCondition } from '../../src/scenario/explain-condition';
import { envFor } from '../../src/engine/env';
import { stateHash, stateOf } from '../../src/engine/session';
import { begin, choose, commit, connect, proceed, answer, startGame } from '../../src/state/actions';
import { initialState, store } from '../../src/state/store';
import { readScenarioFile } from '../../tools/scenario/files';

const files = {
  'scenarios/first-meeting.scenario.yaml': readFileSync('scenarios/first-meeting.scenario.yaml', 'utf8'),
  'scenarios/models/lscb-2010.model.yaml': readFileSync('scenarios/models/lscb-2010.model.yaml', 'utf8'),
};

function playOneQuarter(): void {
  begin(); choose('practice_visits'); commit(); proceed();
  const g = store.getState().game!;
  for (const item of stateOf(g).inbox) {
    const e = g.scenario.events.find((x) => x.id === item.event)!;
    if (e.choices.length) answer(e.id, e.defaultChoice!);
  }
  proceed();
}

beforeEach(() => {
  const loaded = readScenarioFile('scenarios/first-meeting.scenario.yaml');
  store.setState({ ...initialState(), scenarios: [{ file: 'scenarios/first-meeting.scenario.yaml', scenario: loaded.value, diagnostics: [] }] });
  connect({ autosave: () => {}, randomSeed: () => 'live' });
  startGame('first-meeting');
  playOneQuarter();
});

describe('live editing', () => {
  it('a reworded scenario reloads into the running game at the same quarter and state', () => {
    const before = store.getState().game!;
    reloadScenarios({ ...files, 'scenarios/first-meeting.scenario.yaml': files['scenarios/first-meeting.scenario.yaml'].replace('Visit front-line teams and listen', 'Go and listen to front-line teams') }, 'scenarios/first-meeting.scenario.yaml');
    const after = store.getState().game!;
    expect(after).not.toBe(before);
    expect(after.scenario.decisions.find((d) => d.id === 'practice_visits')?.title).toBe('Go and listen to front-line teams');
    expect(stateOf(after).quarter).toBe(2);
    expect(stateHash(after)).toBe(stateHash(before));
    expect(store.getState().notice?.text).toMatch(/back at quarter 2, by replaying your \d+ decisions/);
  });

  it('a change that puts a decision the player took out of reach replays as far as it can and says where it stopped', () => {
    const edited = files['scenarios/first-meeting.scenario.yaml'].replace(/(- id: practice_visits[\s\S]*?cost: \{ budget: )5/, '$1150');
    expect(edited).not.toBe(files['scenarios/first-meeting.scenario.yaml']);
    reloadScenarios({ ...files, 'scenarios/first-meeting.scenario.yaml': edited }, 'scenarios/first-meeting.scenario.yaml');
    expect(store.getState().notice?.text).toMatch(/replay stopped at decision 2/);
  });

  it('a broken file leaves the running game untouched and lists the scenario with its errors', () => {
    const before = store.getState().game!;
    reloadScenarios({ ...files, 'scenarios/first-meeting.scenario.yaml': files['scenarios/first-meeting.scenario.yaml'].replace('effects: {', 'effects: { media_heet: 3, ') }, 'scenarios/first-meeting.scenario.yaml');
    expect(store.getState().game).toBe(before);
    const entry = store.getState().scenarios.find((s) => s.file === 'scenarios/first-meeting.scenario.yaml')!;
    expect(entry.scenario).toBeUndefined();
    expect(entry.diagnostics.some((d) => d.code === 'SC0102')).toBe(true);
  });
});

describe('the debug panel\'s condition explainer', () => {
  it('shows which part of a condition fails', () => {
    const g = store.getState().game!;
    const parts = explainCondition('quarter >= 2 && happened(serious_incident) && media_heat < 1000', envFor(g.scenario, stateOf(g)));
    expect(parts.map((p) => p.text)).toEqual(['quarter >= 2', 'happened(serious_incident)', 'media_heat < 1000']);
    expect(parts[0].value).toBe(true);
    expect(parts[2].value).toBe(true);
  });
});
