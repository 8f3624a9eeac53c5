// A model or scenario formula that gave no number (a division by zero, an overflow): the game must never carry NaN
// or Infinity into its state, where it would spread to every figure. The compiled formula throws this, with the
// formula's place in its file; the step that ran it is refused and the game stays as it was.
export class FormulaError extends Error {
  constructor(message: string, readonly place: string) {
    super(`${place}: ${message}`);
    this.name = 'FormulaError';
  }
}
