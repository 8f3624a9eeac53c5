// The game's colours for canvas drawing (Okabe-Ito, safe for the common kinds of colour blindness), as Phaser numbers.
export const PALETTE = {
  numbers: 0x0072b2, // the dashboard: cold blue, solid line
  truth: 0xd55e00, // practice quality: vermillion, dashed line
  pressure: 0xe69f00,
  calm: 0x009e73,
  ink: 0x1b2228,
  paper: 0xffffff,
  grid: 0xc5d0d8,
  room: 0x1f2a33,
  lamp: 0xfbf3e4,
} as const;
