import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSound } from '../../src/audio/sound';

describe('sound service without any audio device (real Howler under Node)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('stays silent, keeps captioning, and neither throws nor logs an error', () => {
    const error = vi.spyOn(console, 'error');
    const captions: string[] = [];
    const sound = createSound({ onCaption: (_text, cue) => captions.push(cue) });
    expect(() => {
      sound.unlock();
      sound.setVolume(0.5);
      sound.setMuted(true);
      sound.setMuted(false);
      sound.startAmbience();
      sound.play('phone');
      sound.play('ui_select');
      sound.playTheme();
      sound.stopTheme();
    }).not.toThrow();
    expect(captions).toEqual(['room_tone', 'phone', 'ui_select', 'debrief_theme']);
    expect(error).not.toHaveBeenCalled();
  });
});
