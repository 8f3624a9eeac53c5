// Saves in key-value storage (the browser's localStorage, or a fake in tests). Each save lives under its own key, so a
// damaged save never touches another, and there is no index to go wrong: list() scans the keys. Nothing here throws.
import { phaseOf, replay, stateOf, type Game } from '../engine/session';
import { t } from '../i18n/messages';
import type { LearningRecord } from '../learning/record';
import { parseSave, SaveSchema, SAVE_FORMATS, type Save, type SaveProblem } from './format';

/** The part of the Web Storage interface the store uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface SaveSummary {
  id: string;
  label: string;
  scenarioTitle: string;
  quarter: number;
  savedAt: string;
  /** Set for a save that cannot be read. It stays listed (and stored) so the player can export it and ask for help. */
  problem?: SaveProblem;
}

export interface SaveStore {
  /** Readable saves newest first, then unreadable ones. */
  list(): SaveSummary[];
  read(id: string): { save?: Save; problem?: SaveProblem };
  /** The raw stored text, for exporting a save that cannot be read. */
  raw(id: string): string | null;
  write(save: Save): { problem?: SaveProblem };
  remove(id: string): { problem?: SaveProblem };
  /** The newest readable save, for Continue. */
  latest(): Save | undefined;
}

export const SAVE_KEY_PREFIX = 'btn.save.';

export function createSaveStore(storage: KeyValueStorage): SaveStore {
  const keyOf = (id: string) => `${SAVE_KEY_PREFIX}${id}`;

  function ids(): string[] {
    const out: string[] = [];
    try {
      // collect first: keys are indexed by position, and reading must not depend on their order
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k !== null && k.startsWith(SAVE_KEY_PREFIX)) out.push(k.slice(SAVE_KEY_PREFIX.length));
      }
    } catch { /* storage that cannot even be listed holds no saves we can reach */ }
    return out;
  }

  function raw(id: string): string | null {
    try {
      return storage.getItem(keyOf(id));
    } catch {
      return null;
    }
  }

  function read(id: string): { save?: Save; problem?: SaveProblem } {
    let text: string | null;
    try {
      text = storage.getItem(keyOf(id));
    } catch (e) {
      return { problem: storageProblem('read', id, e) };
    }
    if (text === null) return { problem: { code: 'missing', severity: 'error', message: t('codes.store.missing', { id }) } };
    return parseSave(text, id);
  }

  function readAll(): { id: string; save?: Save; problem?: SaveProblem }[] {
    return ids().map((id) => ({ id, ...read(id) }));
  }

  const newestFirst = (a: Save, b: Save) => time(b.savedAt) - time(a.savedAt) || b.savedAt.localeCompare(a.savedAt);

  return {
    list() {
      const all = readAll();
      const good = all.flatMap((r) => (r.save ? [r.save] : [])).sort(newestFirst);
      const bad = all.filter((r) => !r.save).sort((a, b) => a.id.localeCompare(b.id));
      return [
        ...good.map((s) => ({ id: s.id, label: s.label, scenarioTitle: s.scenario.title, quarter: s.quarter, savedAt: s.savedAt })),
        ...bad.map((r) => ({ id: r.id, label: r.id, scenarioTitle: '', quarter: 0, savedAt: '', problem: r.problem })),
      ];
    },
    read,
    raw,
    write(save) {
      // refuse to store what could not be read back
      const check = SaveSchema.safeParse(save);
      if (!check.success) return { problem: { code: 'invalid', severity: 'error', message: t('codes.store.notValid', { name: save.label || save.id, issue: check.error.issues[0].message }) } };
      try {
        storage.setItem(keyOf(save.id), JSON.stringify(save));
        return {};
      } catch (e) {
        return { problem: storageProblem('write', save.label || save.id, e) };
      }
    },
    remove(id) {
      try {
        storage.removeItem(keyOf(id));
        return {};
      } catch (e) {
        return { problem: storageProblem('delete', id, e) };
      }
    },
    latest() {
      return readAll().flatMap((r) => (r.save ? [r.save] : [])).sort(newestFirst)[0];
    },
  };
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

function isQuotaError(e: unknown): boolean {
  const err = e as { name?: unknown; code?: unknown } | null;
  // browsers disagree on the name; the legacy codes are 22 (most) and 1014 (old Firefox)
  return !!err && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014);
}

/** Storage that would not read, write or delete save `name`: full, or refusing for a reason of its own. */
function storageProblem(action: 'read' | 'write' | 'delete', name: string, e: unknown): SaveProblem {
  if (isQuotaError(e)) return { code: 'quota', severity: 'error', message: t('codes.store.full', { action, name }) };
  const why = e instanceof Error ? e.message : String(e);
  return { code: 'storage', severity: 'error', message: t('codes.store.refused', { action, name, why }) };
}

/**
 * A save of a game as it stands. Pass the state hash after each step if the caller kept them (stateHash after each
 * accepted step); otherwise they come from a replay of the decisions (a few tens of ms for a whole game).
 */
export function saveOf(game: Game, options: { id: string; label: string; now: string; hashes?: readonly string[]; learning?: LearningRecord | null }): Save {
  const s = stateOf(game);
  // saves carry no forced outcomes (a testing aid): a game played with them would not replay the same way
  const hashes = options.hashes?.length === game.decisions.length ? [...options.hashes] : replay(game.scenario, { seed: game.seed, decisions: game.decisions }).hashes;
  return {
    saveFormat: SAVE_FORMATS.current,
    id: options.id,
    label: options.label,
    scenario: { id: game.scenario.id, title: game.scenario.title, hash: game.scenario.hash },
    seed: game.seed,
    decisions: [...game.decisions],
    hashes,
    quarter: s.quarter,
    phase: phaseOf(game),
    savedAt: options.now,
    ...(s.ending !== null ? { ending: s.ending } : {}),
    ...(options.learning ? { learning: options.learning } : {}),
  };
}

/** The one rolling save per scenario, written after each step; `now` comes from the caller so this stays pure. */
export function autosave(game: Game, now: string, hashes?: readonly string[], learning?: LearningRecord | null): Save {
  const quarter = stateOf(game).quarter;
  return saveOf(game, { id: `autosave-${game.scenario.id}`, label: t('codes.store.autosaveLabel', { title: game.scenario.title, quarter }), now, hashes, learning });
}
