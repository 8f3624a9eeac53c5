import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine/session';
import { deviceRecord, restoreDevice } from '../../src/state/workshop-device';
import type { Workshop } from '../../src/state/store';
import { encodeTeamGame } from '../../src/workshop/codes';
import { botGame, scenario, session } from '../workshop/helpers';

const s = session('device-1');
const red = botGame('learning', s.seed);
const codes = encodeTeamGame({ session: s, team: 'Red team', decisions: red.decisions, rationale: { 2: 'Listen first.' } }, scenario());
const code = codes.code;
const scenarioOf = (id: string) => (id === 'northmoor' ? scenario() : undefined);
const room: Workshop = { role: 'facilitator', session: s, rationale: {}, pausesHeld: [], teams: [{ name: 'Red team', code, game: red, rationale: { 2: 'Listen first.' } }], notes: { 0: 'Warm room.', 4: 'Red wants more time.' }, reveal: true, scriptStep: 3 };
const team: Workshop = { role: 'team', session: s, team: 'Blue team', rationale: { 1: 'The audit first.' }, pausesHeld: [4], teams: [], notes: {}, reveal: false };

describe('a workshop kept on the device', () => {
  it('comes back after a reload as it was: the room with its teams rebuilt by replay, its notes, reveal and script step', () => {
    const back = restoreDevice(deviceRecord(room, null), scenarioOf);
    expect(back.problem).toBeUndefined();
    expect(back.workshop?.session).toEqual(s);
    expect(back.workshop?.notes).toEqual(room.notes);
    expect([back.workshop?.reveal, back.workshop?.scriptStep]).toEqual([true, 3]);
    expect(back.workshop?.teams.map((t) => [t.name, stateHash(t.game), t.rationale])).toEqual([['Red team', stateHash(red), { 2: 'Listen first.' }]]);
  });

  it('keeps a team device\'s part (its team, reasons, pauses held) and a room set aside for hot-seat play', () => {
    const back = restoreDevice(deviceRecord(team, room), scenarioOf);
    expect(back.workshop).toMatchObject({ role: 'team', team: 'Blue team', rationale: { 1: 'The audit first.' }, pausesHeld: [4] });
    expect(back.room?.teams).toHaveLength(1);
    expect(deviceRecord(null, null)).toBeNull();
  });

  it('sets aside a damaged record with a reason and never throws, and rebuilds what it can', () => {
    for (const text of ['{', 'null', '[]', '{"workshopDevice":2}', JSON.stringify({ workshopDevice: 1, workshop: { role: 'team', session: { ...s, id: 'AAA-AAA' } } })]) {
      const back = restoreDevice(text, scenarioOf);
      expect(back.workshop, text).toBeNull();
      expect(back.problem, text).toMatch(/set aside/);
    }
    const tampered = JSON.parse(deviceRecord(room, null)!);
    // a character changed inside the second group: its check no longer matches
    tampered.workshop.teams[0].code = code.slice(0, 13) + (code[13] === 'A' ? 'B' : 'A') + code.slice(14);
    const back = restoreDevice(JSON.stringify(tampered), scenarioOf);
    expect(back.workshop?.teams).toEqual([]);
    expect(back.workshop?.notes).toEqual(room.notes);
    expect(back.problem).toMatch(/Red team's game could not be rebuilt .*receive its code again/);
  });
});
