// One workshop on the trainer's hotspot: a Colyseus room that relays what the devices would otherwise carry by code, and
// keeps the latest of each so a device that joins late, drops or reconnects catches up. Every device stays the owner
// of its own part (the facilitator's laptop its session, each team's device its game), so after a server restart they
// send it again and nothing is lost. What travels are the same codes as without a network: a team's game is its code,
// rebuilt on the facilitator's laptop by replay; receiving it twice changes nothing.
import { ClientState, Room, type Client } from '@colyseus/core';

export interface JoinOptions { sessionId: string; role: 'facilitator' | 'team'; team?: string }
/** What every device is told when it joins or comes back, and again when it changes. */
export interface RoomSnapshot { session: { code: string; teams: string[] } | null; released: number[]; teams: { team: string; online: boolean; quarter?: number }[] }

const MAX_TEXT = 20_000; // a game code with reasons is a few kilobytes at most
const text = (x: unknown, max = MAX_TEXT): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;
/** How long a dropped device keeps its place (seconds): a phone that sleeps through a discussion comes back to it. */
export const RECONNECT_SECONDS = 300;

export class WorkshopRoom extends Room {
  maxClients = 40;
  private session: RoomSnapshot['session'] = null;
  private readonly released = new Set<number>();
  private readonly games = new Map<string, string>();
  private readonly progress = new Map<string, string>();
  private readonly quarters = new Map<string, number>();

  onCreate(options: JoinOptions): void {
    void this.setMetadata({ sessionId: String(options.sessionId) });
    this.onMessage('session', (client: Client, m: { code?: unknown; teams?: unknown; released?: unknown }) => {
      if (!this.facilitator(client) || !text(m?.code, 200) || !Array.isArray(m.teams) || !m.teams.every((t) => text(t, 40))) return;
      this.session = { code: m.code, teams: m.teams as string[] };
      if (Array.isArray(m.released)) for (const q of m.released) if (Number.isInteger(q)) this.released.add(q as number);
      this.share();
    });
    this.onMessage('release', (client: Client, m: { quarter?: unknown }) => {
      if (!this.facilitator(client) || !Number.isInteger(m?.quarter)) return;
      this.released.add(m.quarter as number);
      this.share();
    });
    this.onMessage('game', (client: Client, m: { text?: unknown; quarter?: unknown }) => {
      const team = this.teamOf(client);
      if (!team || !text(m?.text)) return;
      this.games.set(team, m.text);
      if (Number.isInteger(m.quarter)) this.quarters.set(team, m.quarter as number);
      this.toFacilitators('game', { team, text: m.text });
      this.share();
    });
    this.onMessage('progress', (client: Client, m: { code?: unknown }) => {
      const team = this.teamOf(client);
      if (!team || !text(m?.code, 20)) return;
      this.progress.set(team, m.code);
      this.toFacilitators('progress', { team, code: m.code });
    });
  }

  onJoin(client: Client, options: JoinOptions): void {
    client.userData = { role: options?.role === 'facilitator' ? 'facilitator' : 'team', team: typeof options?.team === 'string' ? options.team.slice(0, 40) : undefined };
    this.catchUp(client);
    this.share();
  }

  onDrop(client: Client): void {
    void this.allowReconnection(client, RECONNECT_SECONDS);
    this.share();
  }

  onReconnect(client: Client): void {
    this.catchUp(client);
    this.share();
  }

  onLeave(): void {
    this.share();
  }

  private facilitator(client: Client): boolean { return client.userData?.role === 'facilitator'; }
  private teamOf(client: Client): string | undefined { return client.userData?.role === 'team' ? client.userData.team : undefined; }

  /** What a device missed: the room as it stands and, for the facilitator, every team's latest game and progress. */
  private catchUp(client: Client): void {
    client.send('room', this.snapshot());
    if (!this.facilitator(client)) return;
    for (const [team, code] of this.progress) client.send('progress', { team, code });
    for (const [team, t] of this.games) client.send('game', { team, text: t });
  }

  private snapshot(): RoomSnapshot {
    const online = new Set(this.clients.filter((c) => c.userData?.role === 'team' && (c.state === ClientState.JOINED || c.state === ClientState.RECONNECTED)).map((c) => c.userData.team as string));
    const names = new Set([...online, ...this.games.keys(), ...(this.session?.teams ?? [])]);
    return { session: this.session, released: [...this.released].sort((a, b) => a - b), teams: [...names].map((team) => ({ team, online: online.has(team), ...(this.quarters.has(team) ? { quarter: this.quarters.get(team) } : {}) })) };
  }

  private share(): void { this.broadcast('room', this.snapshot()); }

  private toFacilitators(type: string, message: unknown): void {
    for (const c of this.clients) if (this.facilitator(c)) c.send(type, message);
  }
}
