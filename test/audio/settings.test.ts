import { describe, expect, it } from 'vitest';
import { defaultSoundSettings, loadSoundSettings, saveSoundSettings, soundSettingsKey } from '../../src/audio/sound';

function memoryStorage(initial: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => (Object.hasOwn(data, k) ? data[k] : null), setItem: (k, v) => void (data[k] = v) };
}

describe('sound settings persistence', () => {
  it('are stored under btn.sound.v1 as JSON and read back', () => {
    const storage = memoryStorage();
    saveSoundSettings(storage, { volume: 0.35, muted: true });
    expect(soundSettingsKey).toBe('btn.sound.v1');
    expect(JSON.parse(storage.data['btn.sound.v1'])).toEqual({ volume: 0.35, muted: true });
    expect(loadSoundSettings(storage)).toEqual({ volume: 0.35, muted: true });
  });

  it('default to volume 0.7, not muted, when nothing was saved', () => {
    expect(defaultSoundSettings).toEqual({ volume: 0.7, muted: false });
    expect(loadSoundSettings(memoryStorage())).toEqual({ volume: 0.7, muted: false });
    expect(loadSoundSettings(null)).toEqual({ volume: 0.7, muted: false });
  });

  it('survive corrupt JSON and wrong shapes by falling back to the defaults', () => {
    for (const raw of ['{not json', '', 'null', '42', '"loud"', '[0.5, true]', '{}']) {
      expect(loadSoundSettings(memoryStorage({ [soundSettingsKey]: raw })), raw).toEqual({ volume: 0.7, muted: false });
    }
  });

  it('keep the valid half of a half-corrupt value, and clamp the volume to 0..1', () => {
    const load = (value: unknown) => loadSoundSettings(memoryStorage({ [soundSettingsKey]: JSON.stringify(value) }));
    expect(load({ volume: 'high', muted: true })).toEqual({ volume: 0.7, muted: true });
    expect(load({ volume: 0.2, muted: 'yes' })).toEqual({ volume: 0.2, muted: false });
    expect(load({ volume: 7, muted: false })).toEqual({ volume: 1, muted: false });
    expect(load({ volume: -1, muted: false })).toEqual({ volume: 0, muted: false });
  });

  it('never throw when storage is forbidden or full', () => {
    const throwing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(loadSoundSettings(throwing)).toEqual({ volume: 0.7, muted: false });
    expect(() => saveSoundSettings(throwing, { volume: 0.5, muted: false })).not.toThrow();
  });
});
