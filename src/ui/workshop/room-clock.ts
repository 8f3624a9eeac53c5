// The room's quarter clock on the projector: a guide the trainer starts for each quarter, counted on this laptop.
import { t } from '../../i18n/messages';
import { button, h } from '../dom';

let startedAt: number | null = null;

export function roomClock(minutes: number): HTMLElement {
  const face = h('p', { class: 'room-clock', role: 'timer', 'data-testid': 'room-clock' });
  let run = 0; // each start (and each drawing of the page) has its own loop; an older one stops
  const tick = (mine: number, first = false) => {
    if (mine !== run) return;
    if (startedAt === null) { face.textContent = t('misc.clock.idle', { minutes }); return; }
    const left = Math.max(0, minutes * 60 - Math.floor((Date.now() - startedAt) / 1000));
    face.textContent = left > 0 ? t('misc.clock.left', { time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` }) : t('misc.clock.up');
    if (left > 0 && (first || face.isConnected)) window.setTimeout(() => tick(mine), 1000);
  };
  const start = button(startedAt === null ? t('misc.clock.start', { minutes }) : t('misc.clock.again'), () => {
    startedAt = Date.now();
    start.textContent = t('misc.clock.again');
    tick(++run, true);
  }, { 'data-focus': 'room-clock-start' });
  tick(++run, true);
  return h('div', { class: 'room-clock-box' }, face, start);
}
