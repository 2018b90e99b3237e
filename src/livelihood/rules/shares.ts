// The two ways a share of an electorate is read (表决基数): "more than" (超过, 过半数) and "at
// least" (以上). A share times a count is snapped to the nearest whole number when it is within
// floating-point noise of it, so that 0.57 × 100 needs 58 votes, not 57.

function product(share: number, base: number): number {
  const p = share * base;
  const whole = Math.round(p);
  return Math.abs(p - whole) < 1e-9 ? whole : p;
}

/** The fewest votes that are more than `share` × `base` (超过): ⌊share × base⌋ + 1. */
export function moreThan(share: number, base: number): number {
  return Math.floor(product(share, base)) + 1;
}

/** The fewest that are at least `share` × `base` (以上): ⌈share × base⌉. */
export function atLeast(share: number, base: number): number {
  return Math.ceil(product(share, base));
}
