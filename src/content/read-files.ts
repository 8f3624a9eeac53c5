// Files a player picks or drops, read as text (scenario and model files only, none too large to be one).
export interface OpenedFile { name: string; text: string }

export async function readDropped(list: FileList | null | undefined): Promise<OpenedFile[]> {
  const files = [...(list ?? [])].filter((f) => /\.ya?ml$/i.test(f.name) && f.size < 2_000_000);
  return Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
}

/** Opens files in the chooser; the parser and the checks come with the first file opened. */
export async function openFiles(files: readonly OpenedFile[]): Promise<void> {
  if (!files.length) return;
  const { openScenarioFiles } = await import('./open-file');
  openScenarioFiles(files);
}
