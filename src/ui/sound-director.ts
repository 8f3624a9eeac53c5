// Sound follows the game: room tone in the board room, the debrief theme when the fog lifts, a cue for each arrival.
// Every sound has a caption, shown for a few seconds, even when muted.
import { CUES, cueForEvent, type CueId } from '../audio/cues';
import { createSound, loadSoundSettings, saveSoundSettings } from '../audio/sound';
import { setCaption } from '../state/actions';
import { store } from '../state/store';
import { stateOf } from '../engine/session';
import { pressureOf } from '../present/mood';

/** Below this pressure (the mean badness of the pressures, 0-1) the room is quiet; above it the tension comes in. */
const TENSION_FROM = 0.35;

export function directSound(storage: Storage | null): void {
  const saved = loadSoundSettings(storage);
  let clear = 0;
  // the cue whose own caption shows now, if it is its own (not a moment's words): said again in a language chosen
  // while it shows
  let captioned: CueId | null = null;
  const sound = createSound({
    volume: saved.volume, muted: saved.muted, unlockOn: window,
    onCaption: (text, cue) => {
      if (cue.startsWith('ui_')) return; // interface clicks are not worth a caption each time
      captioned = Object.hasOwn(CUES, cue) && text === CUES[cue as CueId].caption ? cue as CueId : null;
      setCaption(text);
      window.clearTimeout(clear);
      clear = window.setTimeout(() => setCaption(''), 4000);
    },
  });
  store.setState({ settings: { ...store.getState().settings, volume: saved.volume, muted: saved.muted } });
  store.subscribe((s) => s.settings, (s) => {
    sound.setVolume(s.volume);
    sound.setMuted(s.muted);
    saveSoundSettings(storage, { volume: s.volume, muted: s.muted });
  });
  store.subscribe((s) => s.settings.locale, () => {
    // after the interface has taken the new language (it follows the same change)
    setTimeout(() => { if (captioned && store.getState().caption) setCaption(CUES[captioned].caption); }, 0);
  });
  store.subscribe((s) => s.screen, (screen) => {
    if (screen === 'debrief') sound.playTheme();
    else if (screen === 'board' || screen === 'briefing') sound.startAmbience();
    else if (screen === 'title') sound.stopAmbience();
  });
  store.subscribe((s) => s.stepNo, () => {
    const state = store.getState();
    // the tension under the room rises with the pressure the board is under as it changes (see present/mood.ts)
    if (state.game) {
      const p = pressureOf(state.game.scenario, stateOf(state.game).vars);
      sound.setTension(p < TENSION_FROM ? 0 : Math.min(1, (p - TENSION_FROM) / (1 - TENSION_FROM) * 1.4));
    }
    for (const e of state.effects) {
      if (e.type === 'event') sound.play(cueForEvent(e.cue));
      else if (e.type === 'chosen') sound.play('ui_select');
      else if (e.type === 'unchosen') sound.play('ui_back');
      else if (e.type === 'ending') sound.play('ui_confirm');
    }
    // the room's events last: the caption that stays says what the room did (the phone, the television, the letters)
    for (const e of state.roomEvents) sound.play(e.cue, e.caption);
  });
}
