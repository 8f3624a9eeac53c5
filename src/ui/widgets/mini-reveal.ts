// A small reveal: the dashboard of one game over its fog, and once the fog is lifted the truth drawn under it (the draw
// is a CSS animation, still when motion is reduced), for the room view and for two runs side by side.
import { stateOf, type Game } from '../../engine/session';

const SVG = 'http://www.w3.org/2000/svg';

/** `draw`: the truth is drawn in (the moment the fog lifts), not shown whole. */
export function miniReveal(game: Game, lifted = true, draw = false): SVGSVGElement {
  const m = game.scenario.model.display;
  const hist = stateOf(game).history;
  const n = game.scenario.calendar.quarters;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 200 80');
  svg.setAttribute('preserveAspectRatio', 'none'); // as wide as its card; the strokes keep their width (CSS)
  svg.setAttribute('class', `mini-reveal${lifted ? ' lifted' : ' fogged'}${lifted && draw ? ' draw' : ''}`);
  svg.setAttribute('aria-hidden', 'true');
  const at = (id: string) => hist.map((row, q) => `${((q / n) * 200).toFixed(1)},${(80 - ((row[id] as number) / 100) * 80).toFixed(1)}`);
  if (!lifted) {
    const fog = document.createElementNS(SVG, 'polygon');
    fog.setAttribute('points', [...at(m.summary), `${(((hist.length - 1) / n) * 200).toFixed(1)},80`, '0,80'].join(' '));
    fog.setAttribute('class', 'mini-fog');
    svg.append(fog);
  }
  for (const [id, colour, dash] of (lifted ? [[m.summary, '#0072b2', ''], [m.truth, '#d55e00', '5 3']] : [[m.summary, '#0072b2', '']]) as [string, string, string][]) {
    const p = document.createElementNS(SVG, 'polyline');
    p.setAttribute('points', at(id).join(' '));
    p.setAttribute('fill', 'none'); p.setAttribute('stroke', colour); p.setAttribute('stroke-width', '3');
    if (dash) { p.setAttribute('stroke-dasharray', dash); p.setAttribute('class', 'mini-truth'); }
    svg.append(p);
  }
  return svg;
}
