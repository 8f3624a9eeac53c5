// Save-file operations the screens can ask for; main.ts plugs in the real ones (storage and files live outside the UI).
export interface SavesPort {
  continueSave(id: string): void;
  importFromFile(): void;
  exportSave(id: string): void;
  exportCurrent(): void;
}
let current: SavesPort = { continueSave: () => {}, importFromFile: () => {}, exportSave: () => {}, exportCurrent: () => {} };
export function setSavesPort(p: SavesPort): void { current = p; }
export function savesPort(): SavesPort { return current; }
