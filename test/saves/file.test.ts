import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine/session';
import { exportSave, importSave } from '../../src/saves/file';
import { restoreGame } from '../../src/saves/restore';
import { autosave } from '../../src/saves/store';
import { findScenario, midGame, NOW } from './fixtures';

describe('save files', () => {
  const game = midGame(6);
  const save = autosave(game, NOW);

  it('an exported save is pretty JSON with a name saying the scenario and quarter', () => {
    const { filename, text } = exportSave(save);
    expect(filename).toBe('beyond-the-numbers-northmoor-q6.save.json');
    expect(text).toContain('\n  "saveFormat": 1,');
  });

  it('an exported save imports back to the same save and the same game', () => {
    const { filename, text } = exportSave(save);
    const imported = importSave(text, filename);
    expect(imported.problem).toBeUndefined();
    expect(imported.save).toEqual(save);
    expect(stateHash(restoreGame(imported.save!, findScenario).game!)).toBe(stateHash(game));
  });

  it('a damaged file is reported under its file name', () => {
    const { filename, text } = exportSave(save);
    const { problem } = importSave(text.slice(0, 120), filename);
    expect(problem?.code).toBe('truncated');
    expect(problem?.message).toContain(`'${filename}'`);
  });
});
