// A small, strict argument parser: unknown flags are usage errors, never silently ignored.
export class UsageError extends Error {}
type Kind = 'string' | 'number' | 'flag' | 'list';

export function parseArgs(argv: string[], spec: Record<string, Kind>): { positional: string[]; values: Record<string, string | number | boolean | string[]> } {
  const positional: string[] = [];
  const values: Record<string, string | number | boolean | string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option '--${name}'`);
    if (kind === 'flag') { values[name] = true; continue; }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    if (kind === 'number') {
      if (!/^-?\d+(\.\d+)?$/.test(value)) throw new UsageError(`--${name} needs a number (got '${value}')`);
      values[name] = Number(value);
    } else if (kind === 'list') values[name] = [...((values[name] as string[]) ?? []), value];
    else values[name] = value;
  }
  return { positional, values };
}
