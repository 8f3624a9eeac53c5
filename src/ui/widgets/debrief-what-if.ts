// "What if": branch the finished game at a quarter with another agenda, and see both runs overlaid.
import type { Game } from '../../engine/session';
import { branchWithNotes, compareRuns } from '../../debrief/what-if';
import { setWhatIf } from '../../state/actions';
import { button, h } from '../dom';
import { t } from '../../i18n/messages';

/** `mine`: the ghost on the chart is this section's branch (not another board with the same luck). */
export function whatIfSection(game: Game, whatIf: Game | null, mine: boolean): HTMLElement {
  const sc = game.scenario;
  const played = game.snap.context.game.history.length - 1;
  const quarter = h('select', { id: 'whatif-quarter', 'data-focus': 'whatif-quarter' }, ...Array.from({ length: played }, (_, i) => h('option', { value: i + 1 }, t('debrief.quarterN', { n: i + 1 }))));
  const boxes = sc.decisions.map((d) => h('div', { class: 'field inline' },
    h('input', { type: 'checkbox', id: `wi-${d.id}`, value: d.id, 'data-focus': `wi-${d.id}` }), h('label', { for: `wi-${d.id}` }, d.title)));
  const result = h('div', { class: 'whatif-result', 'aria-live': 'polite' });
  if (whatIf && mine) {
    const c = compareRuns(game, whatIf);
    const last = c.delta[c.delta.length - 1];
    result.append(h('p', {}, c.divergesAt === null ? t('debrief.whatIf.same') :
      t('debrief.whatIf.differs', { from: c.divergesAt, dashboard: signedWord(last.dashboard), truth: signedWord(last.truth) })));
  }
  const run = () => {
    const q = Number((quarter as HTMLSelectElement).value);
    const agenda = boxes.map((b) => b.querySelector('input')!).filter((i) => i.checked).map((i) => i.value);
    const branch = branchWithNotes(game, q, agenda);
    setWhatIf(branch.game);
  };
  return h('section', { class: 'debrief-section what-if', 'aria-labelledby': 'whatif-heading' },
    h('h2', { id: 'whatif-heading' }, t('debrief.whatIf.heading')),
    h('p', {}, t('debrief.whatIf.intro')),
    h('div', { class: 'field' }, h('label', { for: 'whatif-quarter' }, t('debrief.whatIf.branchAt')), quarter),
    h('fieldset', { class: 'whatif-agenda' }, h('legend', {}, t('debrief.whatIf.agenda', { n: sc.calendar.slots })), ...boxes),
    h('div', { class: 'actions' }, button(t('debrief.whatIf.run'), run, { class: 'primary', 'data-focus': 'whatif-run' }),
      whatIf && mine ? button(t('debrief.whatIf.clear'), () => setWhatIf(null), { 'data-focus': 'whatif-clear' }) : null),
    result,
  );
}

function signedWord(d: number): string {
  if (Math.abs(d) < 0.5) return t('debrief.signed.same');
  return t(d > 0 ? 'debrief.signed.higher' : 'debrief.signed.lower', { n: Math.abs(d).toFixed(0) });
}
