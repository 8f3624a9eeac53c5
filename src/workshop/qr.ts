// A QR code as a grid of dark (true) and light modules, so the interface can draw it with its own SVG elements:
// no canvas, no HTML strings. Level M survives a smudged or partly covered screen.
import { create } from 'qrcode';

export function qrMatrix(text: string): boolean[][] {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col))));
}

/** Whether a text fits in one QR code at level M (long reasons may not). */
export function fitsQr(text: string): boolean {
  try { create(text, { errorCorrectionLevel: 'M' }); return true; } catch { return false; }
}
