// The sound service, on Howler (Phaser's own audio is off). Nothing audible is created before the first user gesture:
// Howl objects and Howler's AudioContext are made in unlock(), so Chromium has nothing to warn about. Every cue is
// captioned through onCaption, muted or not, because captions are for players who cannot hear. Audio failures (no
// device, a file that does not load) leave the game silent, never broken: nothing here throws or logs.
import { Howl, Howler } from 'howler';
import { CUE_IDS, CUES, type CueId } from './cues';

export const soundSettingsKey = 'btn.sound.v1';

export interface SoundSettings {
  volume: number;
  muted: boolean;
}

export const defaultSoundSettings: Readonly<SoundSettings> = Object.freeze({ volume: 0.7, muted: false });

const clampVolume = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback;

/** Reads the saved volume and mute; anything missing, corrupt or unreadable falls back to the defaults. */
export function loadSoundSettings(storage: Pick<Storage, 'getItem'> | null | undefined): SoundSettings {
  let parsed: unknown;
  try {
    const raw = storage?.getItem(soundSettingsKey);
    parsed = raw ? JSON.parse(raw) : null;
  } catch {
    parsed = null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ...defaultSoundSettings };
  const saved = parsed as Record<string, unknown>;
  return {
    volume: clampVolume(saved.volume, defaultSoundSettings.volume),
    muted: typeof saved.muted === 'boolean' ? saved.muted : defaultSoundSettings.muted,
  };
}

/** Saves volume and mute as JSON; if storage is full or forbidden the setting lasts only this session. */
export function saveSoundSettings(storage: Pick<Storage, 'setItem'> | null | undefined, settings: SoundSettings): void {
  const value: SoundSettings = { volume: clampVolume(settings.volume, defaultSoundSettings.volume), muted: settings.muted === true };
  try {
    storage?.setItem(soundSettingsKey, JSON.stringify(value));
  } catch {
    // Private browsing or a full quota: nothing to do.
  }
}

export interface SoundOptions {
  /** Called for every cue played or background started, with its caption and cue id, even when muted or locked. */
  onCaption: (text: string, cue: string) => void;
  /** Starting master volume (0..1) and mute, e.g. from loadSoundSettings(localStorage). */
  volume?: number;
  muted?: boolean;
  /** If given (e.g. window), the first click, tap or key press on it calls unlock(). */
  unlockOn?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

export interface Sound {
  /** Plays a one-shot cue and captions it (with `caption` when the moment says more than the cue's own). room_tone and
   *  debrief_theme start the background instead. */
  play(cue: CueId, caption?: string): void;
  /** The tension layer under the room tone, 0 (silent) to 1: it rises with the board's pressure. */
  setTension(level: number): void;
  startAmbience(): void;
  stopAmbience(): void;
  /** The debrief theme replaces the room tone (crossfade); it plays once. */
  playTheme(): void;
  stopTheme(): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** Call from a user gesture (click, key press). Creates the audio context and loads the sounds. */
  unlock(): void;
  settings(): SoundSettings;
}

export const CROSSFADE_MS = 600;
type Background = 'room_tone' | 'debrief_theme';
interface Playing { cue: Background; id: number; startedAt: number }

const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;
const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

export function createSound(options: SoundOptions): Sound {
  let volume = clampVolume(options.volume, defaultSoundSettings.volume);
  let muted = options.muted === true;
  let unlocked = false;
  const howls = new Map<CueId, Howl>();
  const failed = new Set<CueId>();
  let wanted: Background | null = null;
  let current: Playing | null = null;
  let tension = 0;
  let tensionId: number | null = null;

  const safely = (fn: () => void): void => {
    try {
      fn();
    } catch {
      // Audio is optional: a failure leaves the game silent, with its captions.
    }
  };
  const caption = (cue: CueId, text = CUES[cue].caption): void => options.onCaption(text, cue);

  function howl(cue: CueId): Howl | null {
    if (!unlocked || failed.has(cue)) return null;
    const existing = howls.get(cue);
    if (existing) return existing;
    const def = CUES[cue];
    try {
      const created = new Howl({
        src: [def.src], format: ['wav'], html5: false, preload: true, loop: def.loop, volume: def.volume,
        onloaderror: () => {
          failed.add(cue);
          howls.delete(cue);
        },
        onplayerror: () => undefined,
        onend: (id) => {
          if (!def.loop && current?.id === id) {
            current = null;
            if (wanted === cue) wanted = null;
          }
        },
      });
      howls.set(cue, created);
      return created;
    } catch {
      failed.add(cue);
      return null;
    }
  }

  function fadeOut(playing: Playing): void {
    const h = howls.get(playing.cue);
    if (!h) return;
    const level = CUES[playing.cue].volume * Math.min(1, (now() - playing.startedAt) / CROSSFADE_MS);
    safely(() => h.fade(level, 0, CROSSFADE_MS, playing.id));
    setTimeout(() => safely(() => h.stop(playing.id)), CROSSFADE_MS + 50);
  }

  /** Makes what plays match what is wanted: at most one background, crossfading between them. */
  function sync(): void {
    if (!unlocked) return;
    if (current && current.cue !== wanted) {
      fadeOut(current);
      current = null;
    }
    if (!wanted || current) return;
    const cue = wanted;
    const h = howl(cue);
    if (!h) return;
    safely(() => {
      const id = h.play();
      if (typeof id !== 'number') return;
      h.volume(0, id);
      h.fade(0, CUES[cue].volume, CROSSFADE_MS, id);
      current = { cue, id, startedAt: now() };
    });
  }

  /** The tension loop follows its level, under the room tone only (the debrief's theme plays alone). */
  function syncTension(): void {
    if (!unlocked) return;
    const level = wanted === 'room_tone' ? tension : 0;
    const h = level > 0 || tensionId !== null ? howl('tension') : null;
    if (!h) return;
    safely(() => {
      if (tensionId === null) {
        const id = h.play();
        if (typeof id !== 'number') return;
        tensionId = id;
        h.volume(0, id);
      }
      const from = h.volume(tensionId) as unknown as number;
      h.fade(typeof from === 'number' ? from : 0, CUES.tension.volume * level, CROSSFADE_MS * 2, tensionId);
    });
  }

  function want(cue: Background | null): void {
    if (cue && wanted !== cue) caption(cue);
    wanted = cue;
    sync();
    syncTension();
  }

  const onGesture = (event: Event): void => {
    if ((event as KeyboardEvent).key === 'Escape') return; // Escape does not count as a user activation in Chromium.
    sound.unlock();
  };
  const detach = (): void => {
    for (const type of GESTURES) options.unlockOn?.removeEventListener(type, onGesture);
  };

  const sound: Sound = {
    play(cue, text) {
      if (!Object.hasOwn(CUES, cue)) return;
      if (cue === 'room_tone') return sound.startAmbience();
      if (cue === 'debrief_theme') return sound.playTheme();
      if (cue === 'tension') return; // a layer, set by its level
      if (unlocked && !muted) safely(() => void howl(cue)?.play());
      caption(cue, text);
    },
    setTension(level) {
      const next = Math.max(0, Math.min(1, Number.isFinite(level) ? level : 0));
      // the caption says when the layer comes in, not every small change of its level
      if (next > 0 && tension === 0) caption('tension');
      tension = next;
      syncTension();
    },
    startAmbience: () => want('room_tone'),
    stopAmbience: () => want(wanted === 'room_tone' ? null : wanted),
    playTheme: () => want('debrief_theme'),
    stopTheme: () => want(wanted === 'debrief_theme' ? null : wanted),
    setVolume(v) {
      volume = clampVolume(v, volume);
      if (unlocked) safely(() => void Howler.volume(volume));
    },
    setMuted(m) {
      muted = m === true;
      if (unlocked) safely(() => void Howler.mute(muted));
    },
    unlock() {
      if (unlocked) return;
      unlocked = true;
      detach();
      safely(() => {
        Howler.volume(volume);
        Howler.mute(muted);
      });
      // Load everything but the long debrief theme now, so the first cue of each kind plays without delay.
      for (const cue of CUE_IDS) if (cue !== 'debrief_theme') howl(cue);
      sync();
      syncTension();
    },
    settings: () => ({ volume, muted }),
  };

  for (const type of GESTURES) options.unlockOn?.addEventListener(type, onGesture);
  return sound;
}
