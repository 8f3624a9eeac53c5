// Saves in the browser: autosave after every decision into localStorage (one key per save, so one damaged save never
// harms another), Continue, and saves as files for export and import.
import { replay, stateHash, type Game } from '../engine/session';
import type { Scenario } from '../engine/types';
import { exportSave, importSave } from '../saves/file';
import type { Save } from '../saves/format';
import { restoreGame } from '../saves/restore';
import { autosave, createSaveStore, type KeyValueStorage, type SaveStore } from '../saves/store';
import { resumeGame } from '../state/actions';
import { store } from '../state/store';
import type { SavesPort } from './ports';

function memoryStorage(): KeyValueStorage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null, setItem: (k, v) => { m.set(k, v); }, removeItem: (k) => { m.delete(k); },
    key: (i) => [...m.keys()][i] ?? null, get length() { return m.size; },
  };
}

function browserStorage(): KeyValueStorage {
  try {
    const probe = '__btn_probe__';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return memoryStorage(); // private browsing or storage switched off: the game still plays, saves last the session
  }
}

export function download(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function pickFile(accept: string): Promise<{ name: string; text: string } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      resolve(file ? { name: file.name, text: await file.text() } : null);
    });
    input.click();
  });
}

export function createBrowserSaves(scenarioById: (id: string) => Scenario | undefined): { saves: SaveStore; port: SavesPort; autosave(game: Game): void; refresh(): void } {
  const saves = createSaveStore(browserStorage());
  let hashes: string[] = [];
  let hashesFor: Game | null = null;

  const refresh = () => store.setState({ saves: saves.list().map((s) => ({ id: s.id, label: s.label, scenarioTitle: s.scenarioTitle, quarter: s.quarter, savedAt: s.savedAt, problem: s.problem?.message })) });
  const open = (save: Save) => {
    const r = restoreGame(save, scenarioById);
    if (!r.game) { store.setState({ notice: { kind: 'error', text: r.problem?.message ?? 'This save could not be opened.' } }); return; }
    hashes = save.hashes.slice(0, r.game.decisions.length);
    hashesFor = r.game;
    resumeGame(r.game, r.problem?.message, save.learning);
  };

  const port: SavesPort = {
    continueSave(id) {
      const r = saves.read(id);
      if (r.save) open(r.save);
      else store.setState({ notice: { kind: 'error', text: r.problem?.message ?? 'This save could not be read.' } });
    },
    async importFromFile() {
      const file = await pickFile('.json,application/json');
      if (!file) return;
      const r = importSave(file.text, file.name);
      if (r.save) { saves.write(r.save); refresh(); open(r.save); } else store.setState({ notice: { kind: 'error', text: r.problem?.message ?? 'This file is not a saved game.' } });
    },
    exportSave(id) {
      const r = saves.read(id);
      if (r.save) { const f = exportSave(r.save); download(f.filename, f.text); return; }
      const raw = saves.raw(id); // a damaged save still leaves as it is, so someone can help recover it
      if (raw !== null) download(`beyond-the-numbers-${id}.damaged.json`, raw);
    },
    exportCurrent() {
      const game = store.getState().game;
      if (!game) return;
      const f = exportSave(autosave(game, new Date().toISOString(), hashesOf(game), store.getState().learning));
      download(f.filename, f.text);
      store.setState({ announcement: `Saved to the file ${f.filename}.` });
    },
  };

  function hashesOf(game: Game): string[] {
    if (hashesFor && game.decisions.length === hashes.length + 1 && hashesFor.decisions.every((d, i) => d === game.decisions[i])) hashes = [...hashes, stateHash(game)];
    else if (game.decisions.length !== hashes.length || hashesFor !== game) hashes = game.decisions.length === 0 ? [] : replayHashes(game);
    hashesFor = game;
    return hashes;
  }

  return {
    saves, port, refresh,
    autosave(game) {
      const r = saves.write(autosave(game, new Date().toISOString(), hashesOf(game), store.getState().learning));
      if (r.problem) store.setState({ notice: { kind: 'error', text: r.problem.message } });
    },
  };
}

function replayHashes(game: Game): string[] {
  return replay(game.scenario, { seed: game.seed, decisions: game.decisions }).hashes;
}
