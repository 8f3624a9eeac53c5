import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine/session';
import type { Save } from '../../src/saves/format';
import { restoreGame } from '../../src/saves/restore';
import { autosave, createSaveStore, saveOf } from '../../src/saves/store';
import { findScenario, MemoryStorage, midGame, NOW } from './fixtures';

const game6 = midGame(6);
const healthy = autosave(game6, NOW);
const other = saveOf(midGame(3, 'other'), { id: 'manual-1', label: 'Before the inspection', now: '2025-03-13T09:00:00.000Z' });

function storeWithDamage(): { storage: MemoryStorage; store: ReturnType<typeof createSaveStore> } {
  const storage = new MemoryStorage();
  const store = createSaveStore(storage);
  expect(store.write(healthy).problem).toBeUndefined();
  expect(store.write(other).problem).toBeUndefined();
  const text = JSON.stringify(healthy);
  storage.setItem('btn.save.corrupt', text.replace('"seed"', '"seed" oops'));
  storage.setItem('btn.save.truncated', text.slice(0, 300));
  storage.setItem('btn.save.too-new', JSON.stringify({ ...healthy, id: 'too-new', saveFormat: 3 }));
  storage.setItem('btn.save.too-old', JSON.stringify({ ...healthy, id: 'too-old', saveFormat: 0 }));
  storage.setItem('some.other.app', 'not ours');
  return { storage, store };
}

describe('the save store', () => {
  it('a save written and read back restores to the same state hash', () => {
    const store = createSaveStore(new MemoryStorage());
    store.write(healthy);
    const { save, problem } = store.read(healthy.id);
    expect(problem).toBeUndefined();
    expect(stateHash(restoreGame(save!, findScenario).game!)).toBe(stateHash(game6));
  });

  it('the autosave has one slot per scenario and a readable label', () => {
    expect(healthy.id).toBe('autosave-northmoor');
    expect(healthy.label).toBe('Northmoor, 2009-2013 - quarter 6');
    expect(healthy).toMatchObject({ quarter: 6, phase: 'agenda', savedAt: NOW });
    expect(healthy.hashes).toHaveLength(healthy.decisions.length);
  });

  it('an autosave built from hashes the caller kept equals one built by replaying the decisions', () => {
    expect(autosave(game6, NOW, healthy.hashes)).toEqual(healthy);
  });

  it.each([
    ['corrupt', 'corrupt'], ['truncated', 'truncated'], ['too-new', 'too_new'], ['too-old', 'too_old'],
  ])('a %s save gives its own message and leaves the other saves readable', (id, code) => {
    const { store } = storeWithDamage();
    const { save, problem } = store.read(id);
    expect(save).toBeUndefined();
    expect(problem?.code).toBe(code);
    expect(problem?.message).toContain(`'${id}'`);
    expect(store.read(healthy.id).save).toEqual(healthy);
    expect(store.read(other.id).save).toEqual(other);
  });

  it('list() shows the healthy saves newest first, then the damaged ones with their problem, and deletes nothing', () => {
    const { storage, store } = storeWithDamage();
    const listed = store.list();
    expect(listed.slice(0, 2)).toEqual([
      { id: 'autosave-northmoor', label: 'Northmoor, 2009-2013 - quarter 6', scenarioTitle: 'Northmoor, 2009-2013', quarter: 6, savedAt: NOW },
      { id: 'manual-1', label: 'Before the inspection', scenarioTitle: 'Northmoor, 2009-2013', quarter: 3, savedAt: '2025-03-13T09:00:00.000Z' },
    ]);
    expect(listed.slice(2).map((s) => [s.id, s.problem?.code])).toEqual([
      ['corrupt', 'corrupt'], ['too-new', 'too_new'], ['too-old', 'too_old'], ['truncated', 'truncated'],
    ]);
    expect(storage.length).toBe(7);
    expect(store.raw('truncated')).toHaveLength(300);
  });

  it('Continue picks the newest readable save, skipping damaged ones', () => {
    const { storage, store } = storeWithDamage();
    expect(store.latest()?.id).toBe('autosave-northmoor');
    storage.setItem('btn.save.autosave-northmoor', '{"saveFormat": 1, "id": "autosave-nor');
    expect(store.latest()?.id).toBe('manual-1');
  });

  it('an empty store lists nothing and has nothing to continue', () => {
    const store = createSaveStore(new MemoryStorage());
    expect(store.list()).toEqual([]);
    expect(store.latest()).toBeUndefined();
    expect(store.read('nothing').problem?.code).toBe('missing');
  });

  it('remove() deletes only the save named', () => {
    const { store } = storeWithDamage();
    expect(store.remove('corrupt').problem).toBeUndefined();
    expect(store.list().map((s) => s.id)).not.toContain('corrupt');
    expect(store.list()).toHaveLength(5);
  });

  it('a full storage reports a quota problem instead of throwing, and keeps the previous save', () => {
    const storage = new MemoryStorage(JSON.stringify(healthy).length + 100);
    const store = createSaveStore(storage);
    expect(store.write(healthy).problem).toBeUndefined();
    const { problem } = store.write(other);
    expect(problem?.code).toBe('quota');
    expect(problem?.message).toContain("'Before the inspection'");
    expect(store.list().map((s) => s.id)).toEqual(['autosave-northmoor']);
  });

  it('a storage that refuses everything gives problems, never exceptions', () => {
    const broken = { get length(): number { throw new Error('denied'); }, key: () => null, getItem: (): string | null => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    const store = createSaveStore(broken);
    expect(store.list()).toEqual([]);
    expect(store.read('x').problem?.code).toBe('storage');
    expect(store.write(healthy).problem?.code).toBe('storage');
    expect(store.remove('x').problem?.code).toBe('storage');
  });

  it('a save that is not valid is not written', () => {
    const store = createSaveStore(new MemoryStorage());
    const bad = { ...healthy, hashes: [] } as Save;
    expect(store.write(bad).problem?.code).toBe('invalid');
    expect(store.list()).toEqual([]);
  });
});
