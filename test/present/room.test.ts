// How the room reads the board: members' looks from what only they see and the pressure on all of them; the pressures'
// objects, and the thresholds a step pushes them across (going up only).
import { describe, expect, it } from 'vitest';
import { crossings, heatOf, objectFor } from '../../src/present/room-events';
import { moodOf, pressureOf } from '../../src/present/mood';
import { scenario } from '../engine/helpers';

const northmoor = scenario('northmoor');
const calm = { ...northmoor.start, media_heat: 10, regulatory_pressure: 20, political_confidence: 70 } as Record<string, number | string>;

describe('the room', () => {
  it('gives each pressure its object: the press the television, the council the telephone, the regulator the letters', () => {
    expect(objectFor(northmoor, 'media_heat')).toBe('television');
    expect(objectFor(northmoor, 'political_confidence')).toBe('phone');
    expect(objectFor(northmoor, 'regulatory_pressure')).toBe('letters');
    const adults = scenario('riverside-adults');
    expect(adults.model.display.pressures.map((id) => objectFor(adults, id)).sort()).toEqual(['letters', 'phone', 'television']);
  });

  it('plays a threshold crossed going up, once, and is quiet when a pressure falls', () => {
    const hot = { ...calm, media_heat: 50 };
    expect(crossings(northmoor, calm, hot)).toEqual([expect.objectContaining({ pressure: 'media_heat', object: 'television', heat: 'hot', cue: 'headline' })]);
    expect(crossings(northmoor, hot, { ...hot, media_heat: 60 })).toEqual([]); // still hot: nothing new
    expect(crossings(northmoor, hot, calm)).toEqual([]); // relief is not news
    // confidence falling is the council's pressure rising: past 30 the leader comes in
    const boiling = crossings(northmoor, calm, { ...calm, political_confidence: 28 });
    expect(boiling).toEqual([expect.objectContaining({ object: 'phone', heat: 'boiling' })]);
    expect(boiling[0].caption).toMatch(/^\[The council leader comes in/);
    expect(heatOf(0.1)).toBe('calm');
    expect(heatOf(0.72)).toBe('boiling');
  });

  it('draws a member strained when what only they see is bad and getting worse, at ease when it is good and the room calm', () => {
    const director = northmoor.roles.find((r) => r.id === 'childrens_social_care')!; // sees caseload and morale
    const good = { ...calm, caseload: 13, morale: 75 };
    const bad = { ...calm, caseload: 24, morale: 25 };
    expect(moodOf(northmoor, director, good, { ...good, morale: 70 })).toBe('at_ease');
    expect(moodOf(northmoor, director, bad, { ...bad, morale: 35 })).toBe('strained');
    // the same good figures under heavy pressure from every side: no one at the table is at ease
    const besieged = { ...good, media_heat: 90, regulatory_pressure: 85, political_confidence: 15 };
    expect(pressureOf(northmoor, besieged)).toBeGreaterThan(0.8);
    expect(moodOf(northmoor, director, besieged, besieged)).not.toBe('at_ease');
  });
});
