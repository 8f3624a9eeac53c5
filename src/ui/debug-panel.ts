// The designer's debug panel (development builds only; F2 toggles it): every hidden number, and for each decision that
// cannot be chosen, which part of its condition failed.
import { unaffordableBecause, unavailableBecause } from '../engine/agenda';
import { envFor, withDerived } from '../engine/env';
import { stateOf } from '../engine/session';
import { t } from '../i18n/messages';
import { explainCondition } from '../scenario/explain-condition';
import { store } from '../state/store';
import { h } from './dom';
import { refusalOrNull } from '../i18n/refusal';

export function mountDebugPanel(): void {
  const panel = h('aside', { class: 'debug-panel', 'aria-label': t('misc.debug.label'), hidden: true });
  document.body.append(panel);
  const render = () => {
    if (panel.hidden) return;
    const game = store.getState().game;
    if (!game) { panel.replaceChildren(h('h2', {}, t('misc.debug.heading')), h('p', {}, t('misc.debug.noGame'))); return; }
    const s = stateOf(game);
    const sc = game.scenario;
    const all = withDerived(sc.model, s.vars, {}, s);
    const env = envFor(sc, s);
    const hidden = [...sc.model.variables.filter((v) => v.visibility === 'hidden').map((v) => v.id), ...sc.model.derived.map((d) => d.id)];
    panel.replaceChildren(
      h('h2', {}, t('misc.debug.status', { quarter: s.quarter, state: String(game.snap.value), seed: game.seed })),
      h('table', {}, h('tbody', {}, ...hidden.map((id) => h('tr', {}, h('th', { scope: 'row' }, id), h('td', {}, typeof all[id] === 'number' ? (all[id] as number).toFixed(2) : String(all[id])))))),
      h('h3', {}, t('misc.debug.unavailable')),
      h('ul', {}, ...sc.decisions.flatMap((d) => {
        const why = refusalOrNull(unavailableBecause(sc, s, d) ?? unaffordableBecause(sc, s, d));
        if (!why) return [];
        const parts = d.requiresSource ? explainCondition(d.requiresSource, env) : [];
        return [h('li', {}, h('strong', {}, d.id), `: ${why}`,
          parts.length ? h('ul', {}, ...parts.map((p) => h('li', { class: p.value === true ? 'ok' : 'failed' }, `${p.text} → ${String(p.value)}`))) : null)];
      })),
    );
  };
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'F2') return;
    e.preventDefault();
    panel.hidden = !panel.hidden;
    render();
  });
  store.subscribe((s) => s.game, render);
}
