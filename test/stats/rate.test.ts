import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { rate } from '../../src/stats/rate.js';
import { safeRate } from '../../src/stats/safeRate.js';
import { wilsonInterval } from '../../src/stats/wilsonInterval.js';

/** The Wilson interval written out from the textbook formula, as the oracle. */
function wilsonReference(x: number, n: number, z: number): [number, number] {
  const p = x / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}

describe('rate', () => {
  it('divides the numerator by the denominator and keeps both counts', () => {
    const r = rate(40, 43);
    expect(r).toEqual({ numerator: 40, denominator: 43, value: 40 / 43 });
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('gives null, not NaN or 0, when the denominator is 0', () => {
    expect(rate(0, 0).value).toBeNull();
  });

  it('sets belowMinimum when minimumN is given', () => {
    expect(rate(1, 1, { minimumN: 10 }).belowMinimum).toBe(true);
    expect(rate(7, 10, { minimumN: 10 }).belowMinimum).toBe(false);
    expect('belowMinimum' in rate(1, 1)).toBe(false);
  });

  it('throws a RendaError naming the numerator when it exceeds the denominator', () => {
    expect(() => rate(5, 4)).toThrow(RendaError);
    try {
      rate(5, 4);
    } catch (error) {
      const detail = (error as RendaError).detail as unknown as {
        code: string;
        issues: { code: string; path: string[]; field: { en: string } }[];
      };
      expect(detail.code).toBe('INVALID_INPUT');
      expect(detail.issues[0]).toMatchObject({ code: 'TOO_BIG', path: ['numerator'] });
    }
  });

  it.each([
    [-1, 3, 'numerator'],
    [1.5, 3, 'numerator'],
    [Number.NaN, 3, 'numerator'],
    [1, -3, 'denominator'],
    [1, Number.POSITIVE_INFINITY, 'denominator'],
  ])('rejects rate(%s, %s) with an issue at %s', (n, d, field) => {
    const result = safeRate(n, d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues.map((issue) => issue.path[0])).toContain(field);
    expect(result.error.issues[0]?.field.en).toBe(field);
    expect(result.error.issues[0]?.field['zh-Hans']).toMatch(/分子|分母/);
  });

  it('rejects a confidence outside (0, 1)', () => {
    const result = safeRate(1, 2, { interval: 'wilson', confidence: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['confidence']);
  });

  it('keeps the value in [0, 1], and null exactly when the denominator is 0', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (a, b) => {
        const [n, d] = a <= b ? [a, b] : [b, a];
        const r = rate(n, d, { interval: 'wilson' });
        if (d === 0) return r.value === null;
        return (
          r.value !== null &&
          r.value >= 0 &&
          r.value <= 1 &&
          r.interval !== undefined &&
          r.interval.low <= r.value + 1e-12 &&
          r.value <= r.interval.high + 1e-12 &&
          r.interval.low >= 0 &&
          r.interval.high <= 1
        );
      }),
    );
  });
});

describe('safeRate', () => {
  it('returns the same rate as rate() for good counts', () => {
    expect(safeRate(3, 4)).toEqual({ ok: true, value: rate(3, 4) });
  });
});

describe('wilsonInterval', () => {
  const z95 = 1.959963984540054;

  it('matches the published 95% interval for 81 of 263: [0.2553, 0.3662]', () => {
    const { low, high, confidence } = wilsonInterval(81, 263);
    expect(low).toBeCloseTo(0.2553, 4);
    expect(high).toBeCloseTo(0.3662, 4);
    expect(confidence).toBe(0.95);
  });

  it.each([
    [5, 10, 0.2366, 0.7634],
    [10, 10, 0.7225, 1],
    [0, 10, 0, 0.2775],
    [1, 1, 0.2065, 1],
  ])('gives %s of %s ≈ [%s, %s] at 95%', (x, n, low, high) => {
    const interval = wilsonInterval(x, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
    const [refLow, refHigh] = wilsonReference(x, n, z95);
    expect(interval.low).toBeCloseTo(Math.max(0, refLow), 12);
    expect(interval.high).toBeCloseTo(Math.min(1, refHigh), 12);
  });

  it('is [0, 1] with no trials: nothing is known', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1, confidence: 0.95 });
  });

  it('uses z = 2.5758 at 99%', () => {
    const [refLow, refHigh] = wilsonReference(5, 10, 2.5758293035489);
    const interval = wilsonInterval(5, 10, 0.99);
    expect(interval.low).toBeCloseTo(refLow, 9);
    expect(interval.high).toBeCloseTo(refHigh, 9);
  });

  it('is attached by rate() when asked', () => {
    expect(rate(81, 263, { interval: 'wilson' }).interval).toEqual(wilsonInterval(81, 263));
  });
});
