// The live tier, browser side: when the game is served by `npm run host`, the workshop on this device keeps one
// connection to its room there. It sends what this device owns (the facilitator's session and released pauses; a
// team's game code as it plays, and its progress code at a pause) and takes in what others send, through the same
// actions as codes typed by hand: nothing here changes a game, and with no host the game works by codes alone.
// The Colyseus client is loaded only when a host answers, so a game without one never downloads it.
import type { Room } from '@colyseus/sdk';
import { store, type LiveView, type Workshop } from '../state/store';
import { pausesReleased, progressCode, receiveLiveGame, receiveProgress, teamCodes } from '../state/workshop-actions';
import { stateOf } from '../engine/session';
import { encodeSession } from '../workshop/codes';

interface Snapshot { session: { code: string; teams: string[] } | null; released: number[]; teams: LiveView['teams'] }
/** Seconds between attempts to reach the host after it went away (a restart, the laptop's lid). */
const RETRY_MS = 2000;
/** Reconnection attempts (100 ms, doubling) before joining the room afresh: about six seconds. */
const RECONNECT_TRIES = 6;

let hosted: Promise<boolean> | null = null;
/** Whether this page was served by a host that runs workshop rooms. */
export function servedByHost(): Promise<boolean> {
  hosted ??= location.protocol.startsWith('http')
    ? fetch('/live.json', { cache: 'no-store' }).then((r) => r.ok && r.headers.get('content-type')?.includes('json') === true).catch(() => false)
    : Promise.resolve(false);
  return hosted;
}

const keyOf = (w: Workshop | null) => (w ? `${w.role}|${w.session.id}|${w.team ?? ''}` : '');

export function startLiveSync(): void {
  let current: { key: string; stop: () => void } | null = null;
  const follow = (w: Workshop | null) => {
    const key = keyOf(w);
    if (key === (current?.key ?? '')) return;
    current?.stop();
    current = null;
    if (!w) { store.setState({ live: null }); return; }
    current = { key, stop: connect(key) };
  };
  store.subscribe((s) => s.workshop, follow);
  follow(store.getState().workshop);
}

function connect(key: string): () => void {
  let stopped = false;
  let room: Room | null = null;
  const unsubscribe: (() => void)[] = [];
  const still = () => !stopped && keyOf(store.getState().workshop) === key;
  const setStatus = (status: LiveView['status'], teams?: LiveView['teams']) => store.setState({ live: { status, teams: teams ?? store.getState().live?.teams ?? [] } });

  const mine = () => {
    const { workshop: w, game, scenarios } = store.getState();
    if (!w || !room) return;
    if (w.role === 'facilitator') {
      const scenario = scenarios.find((e) => e.scenario?.id === w.session.scenario.id)?.scenario;
      if (scenario) room.send('session', { code: encodeSession(w.session, scenario), teams: w.session.teams, released: w.released ?? [] });
      return;
    }
    const codes = teamCodes();
    if (codes && game) room.send('game', { text: [codes.code, codes.reasons].filter(Boolean).join('\n'), quarter: stateOf(game).quarter });
    const progress = progressCode();
    if (progress && game && w.session.pauses.some((p) => p.quarter === stateOf(game).quarter && !w.pausesHeld.includes(p.quarter))) room.send('progress', { code: progress });
  };

  const join = async () => {
    if (!(await servedByHost()) || !still()) return;
    setStatus('connecting');
    const { Client } = await import('@colyseus/sdk');
    const w = store.getState().workshop!;
    while (still()) {
      try {
        room = await new Client(location.origin).joinOrCreate('workshop', { sessionId: w.session.id, role: w.role, ...(w.team ? { team: w.team } : {}) });
        // a blip is bridged by the client's own reconnection; past a few seconds (the host restarted) it joins afresh
        room.reconnection.maxRetries = RECONNECT_TRIES;
        break;
      } catch {
        setStatus('lost');
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
    if (!room || !still()) { void room?.leave(); return; }
    const r = room;
    r.onMessage('room', (m: Snapshot) => {
      if (!still()) return;
      setStatus('live', Array.isArray(m?.teams) ? m.teams : []);
      if (store.getState().workshop?.role === 'team' && Array.isArray(m?.released)) pausesReleased(m.released);
    });
    r.onMessage('game', (m: { text?: string }) => { if (still() && typeof m?.text === 'string') receiveLiveGame(m.text); });
    r.onMessage('progress', (m: { code?: string }) => { if (still() && typeof m?.code === 'string') receiveProgress(m.code); });
    r.onDrop(() => { if (still()) setStatus('reconnecting'); });
    r.onReconnect(() => { if (still()) { setStatus('live'); mine(); } });
    // the host went away for good (a restart): join its room again, and send again what this device owns
    r.onLeave(() => { room = null; if (still()) { setStatus('lost'); window.setTimeout(() => void join(), RETRY_MS); } });
    mine();
  };

  // what this device owns, sent again whenever it changes (a team's reasons go with its next move)
  unsubscribe.push(store.subscribe((s) => [s.stepNo, s.workshop?.pausesHeld.length, s.workshop?.released?.length] as const, () => { if (room && still()) mine(); }, { equalityFn: (a, b) => a.every((x, i) => x === b[i]) }));
  void join();
  return () => {
    stopped = true;
    for (const u of unsubscribe) u();
    void room?.leave(true);
    room = null;
  };
}
