import { describe, expect, it } from 'vitest';
import { CUE_IDS, CUES, ENGINE_CUES, cueForEvent } from '../../src/audio/cues';
import { ScenarioFile } from '../../src/scenario/schema/scenario-schema';

describe('sound cue catalogue', () => {
  it('every cue a scenario event may name maps to a sound cue with a caption', () => {
    const scenarioCues = ScenarioFile.shape.events.element.shape.cue.options;
    expect([...ENGINE_CUES].sort()).toEqual([...scenarioCues].sort());
    for (const cue of scenarioCues) {
      const id = cueForEvent(cue);
      expect(CUE_IDS).toContain(id);
      expect(CUES[id].caption, cue).toMatch(/^\[.+\]$/);
    }
  });

  it('every cue has a file URL from a Vite asset import, a volume between 0 and 1, and a bracketed caption', () => {
    for (const id of CUE_IDS) {
      const cue = CUES[id];
      expect(cue.id).toBe(id);
      expect(cue.src, id).toMatch(/\.wav$|^data:audio\/wav/);
      expect(cue.volume, id).toBeGreaterThan(0);
      expect(cue.volume, id).toBeLessThanOrEqual(1);
      expect(cue.caption, id).toMatch(/^\[[A-Z].*\]$/);
    }
  });

  it('only the room tone and the tension under it loop', () => {
    expect(CUE_IDS.filter((id) => CUES[id].loop)).toEqual(['room_tone', 'tension']);
  });

  it('a message reuses the letter sound but has its own caption', () => {
    expect(CUES.message.src).toBe(CUES.letter.src);
    expect(CUES.message.caption).not.toBe(CUES.letter.caption);
  });

  it('the inspectorate telephone and the newspaper are captioned as the design asks', () => {
    expect(CUES[cueForEvent('phone')].caption).toBe('[A telephone rings: the inspectorate is calling]');
    expect(CUES[cueForEvent('headline')].caption).toBe('[A newspaper lands on the table]');
    expect(CUES[cueForEvent('incident')].caption).toBe('[A low, grave tone]');
  });

  it('an unknown event cue still sounds, as a plain message, rather than failing', () => {
    expect(cueForEvent('fanfare')).toBe('message');
    expect(cueForEvent('toString')).toBe('message');
  });
});
