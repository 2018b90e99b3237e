import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { categoryCountAccumulator } from '../../src/stats/categoryCountAccumulator.js';
import { countAccumulator } from '../../src/stats/countAccumulator.js';
import { defineAccumulator } from '../../src/stats/defineAccumulator.js';
import { histogramAccumulator } from '../../src/stats/histogramAccumulator.js';
import { rateAccumulator } from '../../src/stats/rateAccumulator.js';

function runAll<TRecord, TState, TResult>(
  accumulator: {
    init(): TState;
    step(state: TState, record: TRecord): TState;
    result(state: TState): TResult;
  },
  records: readonly TRecord[],
): TResult {
  let state = accumulator.init();
  for (const record of records) state = accumulator.step(state, record);
  return accumulator.result(state);
}

describe('countAccumulator', () => {
  it('counts every record, or those matching the predicate', () => {
    expect(runAll(countAccumulator(), [1, 2, 3])).toBe(3);
    expect(
      runAll(
        countAccumulator((n: number) => n > 1),
        [1, 2, 3],
      ),
    ).toBe(2);
    expect(countAccumulator().id).toBe('count');
    expect(Object.isFrozen(countAccumulator())).toBe(true);
  });
});

describe('rateAccumulator', () => {
  it('asks the numerator only about records in the denominator', () => {
    const r = runAll(
      rateAccumulator({ numerator: () => true, denominator: (n: number) => n % 2 === 0 }),
      [1, 2, 3, 4],
    );
    expect(r).toMatchObject({ numerator: 2, denominator: 2, value: 1 });
  });

  it('gives a null value with nothing in the denominator', () => {
    const r = runAll(rateAccumulator({ numerator: () => true, denominator: () => false }), [1]);
    expect(r.value).toBeNull();
  });

  it('passes the interval and minimum n to rate()', () => {
    const r = runAll(
      rateAccumulator({
        numerator: () => true,
        denominator: () => true,
        interval: 'wilson',
        minimumN: 3,
      }),
      [1],
    );
    expect(r.belowMinimum).toBe(true);
    expect(r.interval?.high).toBe(1);
  });
});

// Computed keys, so neither the linter nor TypeScript reads them as Object.prototype members.
const PROTO: string = '__proto__';
const CONSTRUCTOR: string = 'constructor';
const TO_STRING: string = 'toString';

describe('categoryCountAccumulator', () => {
  const byGrade = categoryCountAccumulator((record: { grade: string | null }) => record.grade);

  it('counts per category and skips null keys', () => {
    const result = runAll(byGrade, [
      { grade: 'B' },
      { grade: 'A' },
      { grade: 'B' },
      { grade: null },
    ]);
    expect(result.total).toBe(3);
    expect({ ...result.counts }).toEqual({ A: 1, B: 2 });
    expect(Object.keys(result.counts)).toEqual(['A', 'B']);
  });

  it('counts keys such as __proto__, constructor and toString like any other', () => {
    const records = ['__proto__', 'constructor', 'toString', '__proto__', 'hasOwnProperty'].map(
      (grade) => ({ grade }),
    );
    const result = runAll(byGrade, records);
    expect(result.counts[PROTO]).toBe(2);
    expect(result.counts[CONSTRUCTOR]).toBe(1);
    expect(result.counts[TO_STRING]).toBe(1);
    expect(result.total).toBe(5);
    expect(Object.getPrototypeOf(result.counts)).toBeNull();
    // Nothing leaked onto the global prototype.
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString);
  });

  it('keeps __proto__ counts when stepping on a state that came back through JSON', () => {
    let state = byGrade.init();
    state = byGrade.step(state, { grade: '__proto__' });
    let parsed = JSON.parse(JSON.stringify(state));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    parsed = byGrade.step(parsed, { grade: '__proto__' });
    parsed = byGrade.step(parsed, { grade: 'constructor' });
    const fresh = JSON.parse('{}');
    byGrade.step(fresh, { grade: '__proto__' });
    expect(byGrade.result(parsed).counts[PROTO]).toBe(2);
    expect(byGrade.result(parsed).counts[CONSTRUCTOR]).toBe(1);
    expect(byGrade.result(fresh).counts[PROTO]).toBe(1);
    expect(Object.getPrototypeOf(fresh)).toBe(Object.prototype);
  });
});

describe('histogramAccumulator', () => {
  const days = histogramAccumulator((record: { days: number | null }) => record.days);
  const of = (values: (number | null)[]) =>
    runAll(
      days,
      values.map((value) => ({ days: value })),
    );

  it('gives the median, p90, mean, min, max and n', () => {
    const result = of([10, 30, 45, 46, 90, 20, null]);
    expect(result).toMatchObject({ n: 6, sum: 241, min: 10, max: 90, median: 37.5 });
    expect(result.mean).toBeCloseTo(241 / 6, 12);
    expect(result.p90).toBeCloseTo(68, 12); // h = 4.5 → 46 + 0.5 × 44
    expect(result.values).toEqual([
      [10, 1],
      [20, 1],
      [30, 1],
      [45, 1],
      [46, 1],
      [90, 1],
    ]);
  });

  it('gives nulls with no values', () => {
    const result = of([null]);
    expect(result).toMatchObject({ n: 0, mean: null, median: null, p90: null, min: null });
    expect(result.quantile(0.5)).toBeNull();
  });

  it('matches a sort-and-interpolate oracle (type 7) for any values and q', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const h = (sorted.length - 1) * q;
          const lo = Math.floor(h);
          const lower = sorted[lo] as number;
          const upper = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
          const expected = lower + (h - lo) * (upper - lower);
          expect(of(values).quantile(q)).toBeCloseTo(expected, 9);
        },
      ),
    );
  });

  it('keeps quantile out of the data: not enumerable, not serialised', () => {
    const result = of([1, 2]);
    expect(Object.keys(result)).not.toContain('quantile');
    expect(JSON.stringify(result)).not.toContain('quantile');
  });

  it('throws INVALID_INPUT for a value that is not a whole number', () => {
    expect(() => of([1.5])).toThrow(RendaError);
  });
});

describe('defineAccumulator', () => {
  const valid = {
    id: 'sum',
    version: 1,
    init: () => 0,
    step: (sum: number, n: number) => sum + n,
    merge: (a: number, b: number) => a + b,
    result: (sum: number) => sum,
  };

  it('returns a frozen copy', () => {
    const accumulator = defineAccumulator(valid);
    expect(Object.isFrozen(accumulator)).toBe(true);
    expect(accumulator).not.toBe(valid);
    expect(runAll(accumulator, [1, 2, 3])).toBe(6);
  });

  it.each([
    ['id', { ...valid, id: '' }],
    ['version', { ...valid, version: 0 }],
    ['step', { ...valid, step: 'nope' }],
    ['init', { ...valid, init: () => undefined }],
  ])('names the bad field %s', (field, spec) => {
    try {
      defineAccumulator(spec as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RendaError);
      const detail = (error as RendaError).detail as unknown as { issues: { path: string[] }[] };
      expect(detail.issues[0]?.path).toEqual([field]);
    }
  });
});
