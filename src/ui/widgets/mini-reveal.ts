// A small reveal: the dashboard and the truth of one game as two lines, for the room view and for two runs side by side.
import { stateOf, type Game } from '../../engine/session';

const SVG = 'http://www.w3.org/2000/svg';

export function miniReveal(game: Game): SVGSVGElement {
  const m = game.scenario.model.display;
  const hist = stateOf(game).history;
  const n = game.scenario.calendar.quarters;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 200 80');
  svg.setAttribute('class', 'mini-reveal');
  svg.setAttribute('aria-hidden', 'true');
  for (const [id, colour, dash] of [[m.summary, '#0072b2', ''], [m.truth, '#d55e00', '5 3']] as const) {
    const p = document.createElementNS(SVG, 'polyline');
    p.setAttribute('points', hist.map((row, q) => `${((q / n) * 200).toFixed(1)},${(80 - ((row[id] as number) / 100) * 80).toFixed(1)}`).join(' '));
    p.setAttribute('fill', 'none'); p.setAttribute('stroke', colour); p.setAttribute('stroke-width', '3');
    if (dash) p.setAttribute('stroke-dasharray', dash);
    svg.append(p);
  }
  return svg;
}
