// The warm side: what the board heard from practice. Clear when the board has insight; vague when it has not.
import { stateOf, type Game } from '../../engine/session';
import { storyText } from '../../engine/texts';
import { notebook } from '../../present/notebook';
import { h, prose } from '../dom';
import { t } from '../../i18n/messages';

export function storyPanel(game: Game): HTMLElement {
  const s = stateOf(game);
  const heard = s.stories[0];
  const def = heard ? game.scenario.stories.find((x) => x.id === heard.id) : undefined;
  const story = def ? storyText(def, heard) : undefined;
  return h('section', { class: 'panel story', 'aria-labelledby': 'story-heading' },
    h('h2', { id: 'story-heading' }, t('board.story.heading')),
    story ? h('figure', { class: `practice-story ${heard.clear ? 'clear' : 'vague'}` },
      h('blockquote', {}, prose(heard.clear ? story.clear : story.vague, 'handwritten')),
      h('figcaption', {}, `— ${story.voice}`),
      h('p', { class: 'clarity' }, heard.clear ? t('board.story.clear') : t('board.story.vague')),
    ) : h('p', { class: 'quiet' }, s.heard.length ? t('board.story.nothingNew') : t('board.story.notYet')),
    notebookList(game),
  );
}

/** Every account heard so far, newest first, folded away until the board wants to re-read them. */
function notebookList(game: Game): HTMLElement | null {
  const entries = notebook(game);
  if (!entries.length) return null;
  return h('details', { class: 'notebook' },
    h('summary', { 'data-focus': 'notebook' }, t('board.story.notebook', { n: entries.length })),
    h('ol', { reversed: true },
      ...[...entries].reverse().map((e) => h('li', { class: e.clear ? 'clear' : 'vague' },
        h('p', { class: 'heard-when' }, e.clear ? `${e.when}, ${e.voice}` : t('board.story.heardVague', { when: e.when, voice: e.voice })),
        prose(e.text)))));
}
