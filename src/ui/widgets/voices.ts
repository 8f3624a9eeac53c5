// What the members say around the table this quarter: the page's list of the lines the room shows as speech, in the
// order they are spoken. Pointing at a line (hover, or keyboard focus within it) shows that member speaking in the room.
import type { Game } from '../../engine/session';
import { stateOf } from '../../engine/session';
import { voicesOf, type Voice } from '../../engine/voices';
import { pointAtVoice } from '../../state/room-focus';
import { h } from '../dom';
import { t } from '../../i18n/messages';

export function voicesList(game: Game): HTMLElement | null {
  const sc = game.scenario;
  const voices = voicesOf(sc, stateOf(game));
  pointAtVoice(null); // a new list: nothing is pointed at until the player does
  if (voices.length === 0) return null;
  const name = (id: string) => sc.roles.find((r) => r.id === id)?.name ?? id;
  const what = (v: Voice): string | null => {
    if (v.kind === 'request') return t('board.voices.request', { title: sc.decisions.find((d) => d.id === v.asks)?.title ?? v.asks ?? '' });
    if (v.kind === 'disagree') return t('board.voices.disagree', { name: lowerFirst(name(v.with ?? '')) });
    return null;
  };
  return h('section', { class: 'voices', 'aria-labelledby': 'voices-heading' },
    h('h3', { id: 'voices-heading' }, t('board.voices.heading')),
    h('ol', { class: 'voice-list' }, ...voices.map((v, i) => {
      const kind = what(v);
      return h('li', {
        class: `voice voice-${v.kind}`, 'data-voice': String(i),
        onpointerenter: () => pointAtVoice(i), onpointerleave: () => pointAtVoice(null),
      },
      h('p', { class: 'voice-who' }, h('strong', {}, name(v.role)), kind ? h('span', { class: 'voice-kind' }, ` ${kind}`) : null),
      h('p', { class: 'voice-line' }, v.text));
    })));
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
