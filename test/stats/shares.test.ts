import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { formatRate } from '../../src/stats/formatRate.js';
import { rate } from '../../src/stats/rate.js';
import { type ShareRounding, shares } from '../../src/stats/shares.js';

const printed = (result: ReturnType<typeof shares>) => result.parts.map((part) => part.printed);

describe('shares: published tables (DOMAIN.md §3.2)', () => {
  it('reproduces T1, NPC 2002: 536/2560/775/416 of 4,287 → 12.5/59.7/18.1/9.7, A+B 72.2', () => {
    const t1 = shares({ A: 536, B: 2560, C: 775, D: 416 });
    expect(t1.total).toBe(4287);
    expect(printed(t1)).toEqual(['12.5', '59.7', '18.1', '9.7']);
    expect(t1.byKey.B?.share).toBe(59.7);
    expect(t1.sumPrinted).toBe('100.0');
    const solvedOrPlanned = shares({ AB: 536 + 2560, CD: 775 + 416 });
    expect(solvedOrPlanned.byKey.AB?.printed).toBe('72.2');
    expect(formatRate(rate(3096, 4287), { locale: 'en' })).toBe('72.2% (3096 of 4287)');
  });

  it('reproduces T4, Sichuan 2016: 363/403/268 of 1,034 → 35.1/39.0/25.9, 38.97 at 2 decimals', () => {
    const t4 = shares([363, 403, 268]);
    expect(printed(t4)).toEqual(['35.1', '39.0', '25.9']);
    const twoDecimals = shares([363, 403, 268], { decimals: 2 });
    expect(twoDecimals.parts[1]?.share).toBe(38.97);
    expect(twoDecimals.parts[1]?.printed).toBe('38.97');
  });

  it('reproduces T4 satisfaction on the 755 forms returned: 690 → 91.4, 65 → 8.6', () => {
    const satisfaction = shares({ satisfied: 690, basicallySatisfied: 65 });
    expect(satisfaction.denominator).toBe(755);
    expect(printed(satisfaction)).toEqual(['91.4', '8.6']);
    expect(satisfaction.sumPrinted).toBe('100.0');
  });

  it('reproduces T5, Qinyang 2023 甲乙丙: 43/13/1 of 57 → 75.4/22.8/1.8, half up, total 100', () => {
    const t5 = shares({ 甲: 43, 乙: 13, 丙: 1 }, { rounding: 'halfUp' });
    expect(printed(t5)).toEqual(['75.4', '22.8', '1.8']);
    expect(t5.sumPrinted).toBe('100.0');
  });

  it('leaves the CPPCC table at 99.99 half up, and prints 100.00 when adjusting the largest share', () => {
    const halfUp = shares([22, 68, 2], { decimals: 2 });
    expect(printed(halfUp)).toEqual(['23.91', '73.91', '2.17']);
    expect(halfUp.sumPrinted).toBe('99.99');
    const adjusted = shares([22, 68, 2], { decimals: 2, rounding: 'adjustLargest' });
    expect(printed(adjusted)).toEqual(['23.91', '73.92', '2.17']);
    expect(adjusted.sumPrinted).toBe('100.00');
    const hamilton = shares([22, 68, 2], { decimals: 2, rounding: 'largestRemainder' });
    expect(hamilton.sumPrinted).toBe('100.00');
  });
});

describe('shares', () => {
  it('truncates when asked, so totals print at or below 100', () => {
    const t = shares([1, 1, 1], { rounding: 'truncate' });
    expect(printed(t)).toEqual(['33.3', '33.3', '33.3']);
    expect(t.sumPrinted).toBe('99.9');
  });

  it('gives the extra unit to the largest remainder (Hamilton)', () => {
    expect(printed(shares([1, 1, 1], { rounding: 'largestRemainder' }))).toEqual([
      '33.4',
      '33.3',
      '33.3',
    ]);
    expect(printed(shares([1, 2], { rounding: 'largestRemainder', decimals: 0 }))).toEqual([
      '33',
      '67',
    ]);
  });

  it('gives every share null when the total is 0', () => {
    const zero = shares({ A: 0, B: 0 });
    expect(zero.parts.map((part) => part.share)).toEqual([null, null]);
    expect(zero.sumPrinted).toBeNull();
    expect(shares([]).parts).toEqual([]);
  });

  it('measures parts against a larger denominator when given one', () => {
    const t = shares({ satisfied: 690 }, { denominator: 755 });
    expect(t.byKey.satisfied?.printed).toBe('91.4');
    expect(t.total).toBe(690);
    expect(t.denominator).toBe(755);
  });

  it('prints exactly `decimals` digits', () => {
    expect(printed(shares([1, 0], { decimals: 0 }))).toEqual(['100', '0']);
    expect(printed(shares([1, 0], { decimals: 3 }))).toEqual(['100.000', '0.000']);
  });

  it('keeps keys such as __proto__ as ordinary keys', () => {
    const t = shares({ ['__proto__']: 1, constructor: 3 });
    const proto: string = '__proto__';
    const ctor: string = 'constructor';
    expect(t.byKey[proto]?.count).toBe(1);
    expect(t.byKey[ctor]?.printed).toBe('75.0');
    expect(Object.getPrototypeOf(t.byKey)).toBeNull();
  });

  it('rejects negative or fractional counts and bad decimals with INVALID_INPUT', () => {
    expect(() => shares([1, -1])).toThrow(RendaError);
    expect(() => shares({ A: 0.5 })).toThrow(RendaError);
    expect(() => shares([1], { decimals: 7 })).toThrow(RendaError);
    expect(() => shares([3], { denominator: 2 })).toThrow(RendaError);
    try {
      shares({ A: 1, B: -2 });
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });

  it('does not mutate its input and freezes its output', () => {
    const input = { A: 1, B: 2 };
    const result = shares(input);
    expect(input).toEqual({ A: 1, B: 2 });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.parts[0])).toBe(true);
  });

  const countsArb = fc
    .array(fc.nat(1_000_000), { minLength: 1, maxLength: 12 })
    .filter((counts) => counts.some((count) => count > 0));

  it.each(['largestRemainder', 'adjustLargest'] as ShareRounding[])(
    'prints shares that add up to exactly 100 with %s at 0–3 decimals',
    (rounding) => {
      fc.assert(
        fc.property(countsArb, fc.integer({ min: 0, max: 3 }), (counts, decimals) => {
          const result = shares(counts, { rounding, decimals });
          const hundred = decimals === 0 ? '100' : `100.${'0'.repeat(decimals)}`;
          const units = result.parts.reduce(
            (sum, part) => sum + Math.round(Number(part.printed) * 10 ** decimals),
            0,
          );
          return result.sumPrinted === hundred && units === 100 * 10 ** decimals;
        }),
      );
    },
  );

  it('stays within one unit of the exact share under largestRemainder', () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        return shares(counts, { rounding: 'largestRemainder' }).parts.every(
          (part) => Math.abs((part.share as number) - (part.count / total) * 100) < 0.1 + 1e-9,
        );
      }),
    );
  });

  it('matches the exact decimal rounding for half up (no floating drift)', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 100_000 }), (a, extra) => {
        const total = a + extra;
        const result = shares([a, extra], { decimals: 2 });
        // Oracle in BigInt: round(a × 10000 / total) half up.
        const scaled = BigInt(a) * 10000n;
        const q = scaled / BigInt(total);
        const r = scaled % BigInt(total);
        const expected = 2n * r >= BigInt(total) ? q + 1n : q;
        return result.parts[0]?.printed === (Number(expected) / 100).toFixed(2);
      }),
    );
  });
});
