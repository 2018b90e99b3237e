import { ArgumentChecks, fieldName, guard } from './internal/invalidInput.js';
import { normalQuantile } from './internal/normalQuantile.js';

/**
 * A confidence interval for a proportion (置信区间): `low` ≤ true rate ≤ `high` at `confidence`.
 *
 * @example
 * ```ts
 * import { wilsonInterval, type RateInterval } from 'renda';
 *
 * const interval: RateInterval = wilsonInterval(5, 10);
 * console.log(interval.low < 0.5 && 0.5 < interval.high); // true
 * ```
 * @category Metrics
 */
export interface RateInterval {
  /** The lower bound, in [0, 1]. */
  readonly low: number;
  /** The upper bound, in [0, 1]. */
  readonly high: number;
  /** The confidence level, e.g. 0.95. */
  readonly confidence: number;
}

/**
 * The Wilson score interval (威尔逊置信区间) for `successes` out of `trials`.
 *
 * @remarks
 * Formula, with z = Φ⁻¹(1 − (1 − confidence) / 2) (1.959964 at 95%), x successes and n trials:
 *
 * centre = (x + z²/2) / (n + z²), half-width = z · √(x(n − x)/n + z²/4) / (n + z²),
 * interval = [centre − half-width, centre + half-width], clamped to [0, 1].
 *
 * Unlike the textbook "p ± z·√(p(1−p)/n)", it never leaves [0, 1] and stays honest for small n:
 * 1 of 1 gives [0.207, 1], not [1, 1]. With no trials it is [0, 1] (nothing is known). This is the
 * interval Alaveteli uses to rank authorities. The counts are not checked here; {@link rate} checks
 * them.
 *
 * @param successes - The numerator x, a whole number from 0 to `trials`.
 * @param trials - The denominator n, a whole number.
 * @param confidence - The confidence level, strictly between 0 and 1; 0.95 by default.
 * @returns The interval, frozen.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from 'renda';
 *
 * const { low, high } = wilsonInterval(81, 263);
 * console.log(low.toFixed(4), high.toFixed(4)); // '0.2553' '0.3662'
 * ```
 * @category Metrics
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): RateInterval {
  return guard('wilsonInterval', () => {
    const checks = new ArgumentChecks('wilsonInterval');
    checks.count('successes', '成功数', successes, 0);
    checks.count('trials', '试验数', trials, 0);
    checks.openInterval('confidence', '置信水平', confidence, 0, 1);
    if (checks.issues.length === 0 && successes > trials) {
      checks.add('INVALID_VALUE', ['successes'], {
        field: fieldName('成功数', 'successes'),
        expected: fieldName(
          `不大于试验数（${trials}）的整数`,
          `a whole number ≤ trials (${trials})`,
        ),
        got: successes,
      });
    }
    if (successes === undefined)
      checks.add('REQUIRED', ['successes'], { field: fieldName('成功数', 'successes') });
    if (trials === undefined)
      checks.add('REQUIRED', ['trials'], { field: fieldName('试验数', 'trials') });
    checks.done();
    const z = normalQuantile(1 - (1 - confidence) / 2);
    const z2 = z * z;
    const spread = trials === 0 ? 0 : (successes * (trials - successes)) / trials;
    const centre = (successes + z2 / 2) / (trials + z2);
    const half = (z * Math.sqrt(spread + z2 / 4)) / (trials + z2);
    // The exact bounds are 0 when x = 0 and 1 when x = n; pin them rather than trust rounding.
    const low = successes === 0 ? 0 : Math.max(0, centre - half);
    const high = successes === trials ? 1 : Math.min(1, centre + half);
    return Object.freeze({ low, high, confidence });
  });
}
