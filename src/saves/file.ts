// Saves as files the player can keep, move to another device, or send with a bug report.
import { parseSave, type Save, type SaveProblem } from './format';

/** Pretty JSON, so a save sent for help can be read by a person. */
export function exportSave(save: Save): { filename: string; text: string } {
  return { filename: `beyond-the-numbers-${slug(save.scenario.id)}-q${save.quarter}.save.json`, text: `${JSON.stringify(save, null, 2)}\n` }; // i18n-exempt: a file name, the same in every language
}

/** Reads a save file; problems name the file, since the player chose it by that name. */
export function importSave(text: string, filename: string): { save?: Save; problem?: SaveProblem } {
  return parseSave(text, filename);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'game';
}
