// A progress bar for terminals (stderr only, so stdout stays byte-identical between runs).
export function progressBar(total: number, write: (s: string) => void) {
  let shown = -1;
  return {
    tick(done: number) {
      const pct = Math.floor((done / total) * 100);
      if (pct === shown) return;
      shown = pct;
      const width = 30;
      const full = Math.round((pct / 100) * width);
      write(`\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${String(pct).padStart(3)}% ${done}/${total}`);
    },
    done() { write('\r\x1b[K'); },
  };
}
