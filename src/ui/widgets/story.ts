// The warm side: what the board heard from practice. Clear when the board has insight; vague when it has not.
import { stateOf, type Game } from '../../engine/session';
import { storyText } from '../../engine/texts';
import { h, prose } from '../dom';

export function storyPanel(game: Game): HTMLElement {
  const s = stateOf(game);
  const heard = s.stories[0];
  const def = heard ? game.scenario.stories.find((x) => x.id === heard.id) : undefined;
  const story = def ? storyText(def, heard) : undefined;
  return h('section', { class: 'panel story', 'aria-labelledby': 'story-heading' },
    h('h2', { id: 'story-heading' }, 'Heard from practice'),
    story ? h('figure', { class: `practice-story ${heard.clear ? 'clear' : 'vague'}` },
      h('blockquote', {}, prose(heard.clear ? story.clear : story.vague, 'handwritten')),
      h('figcaption', {}, `— ${story.voice}`),
      h('p', { class: 'clarity' }, heard.clear ? 'A clear account: the board has been close enough to practice to hear it.' : 'A vague account, filtered through reports. Boards that listen hear more.'),
    ) : h('p', { class: 'quiet' }, s.heard.length ? 'Nothing new reached the board from front-line practice this quarter.' : 'The board has not yet heard from front-line practice.'),
  );
}
