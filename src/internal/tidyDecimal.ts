/**
 * Removes binary floating-point noise from a sum of decimal points (internal): 3 × 0.1 is
 * 0.30000000000000004 and 60 + 7 × 0.8 − 7 × 0.8 is 59.99999999999999, which would print badly and
 * drop a total on a band line into the band below. Nine decimal places are far more than any
 * published scheme uses (points come in halves or tenths) and far fewer than a double's noise on
 * any total a scheme reaches; decimal places, not significant digits, because a total of 0 made of
 * 0.2 + 0.5 − 0.7 is 1.1e-16, whose noise significant digits keep. Also turns −0 into 0.
 *
 * Used by the deputies' scores (scoreDeputies) and the selections' weighted scores
 * (selectCandidates), so a score of 0.3 − 0.1 − 0.2 is 0 in both and ties compare exactly.
 */
export function tidyDecimal(value: number): number {
  return Number.parseFloat(value.toFixed(9)) + 0;
}
