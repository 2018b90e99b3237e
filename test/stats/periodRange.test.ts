import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodRange, safePeriodRange } from '../../src/stats/index.js';
import { suggestionStats } from '../../src/suggestion/figures/suggestionStats.js';
import { generateSample } from '../../src/testing/generateSample.js';

const pad2 = (n: number) => String(n).padStart(2, '0');
/** The last day of a month by the proleptic Gregorian rule, written out here to check against. */
const lastDay = (year: number, month: number) => {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

describe('periodRange', () => {
  it('gives a month’s first and last day, leap years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const year = String(y).padStart(4, '0');
        expect(periodRange(`${year}-${pad2(m)}`)).toEqual({
          from: `${year}-${pad2(m)}-01`,
          to: `${year}-${pad2(m)}-${pad2(lastDay(y, m))}`,
        });
      }),
    );
    expect(periodRange('2024-02').to).toBe('2024-02-29');
    expect(periodRange('1900-02').to).toBe('1900-02-28');
    expect(periodRange('2000-02').to).toBe('2000-02-29');
  });

  it('gives a quarter as three calendar months and a year as twelve', () => {
    expect(['1', '2', '3', '4'].map((q) => periodRange(`2025-Q${q}`))).toEqual([
      { from: '2025-01-01', to: '2025-03-31' },
      { from: '2025-04-01', to: '2025-06-30' },
      { from: '2025-07-01', to: '2025-09-30' },
      { from: '2025-10-01', to: '2025-12-31' },
    ]);
    expect(periodRange('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(Object.isFrozen(periodRange('2025'))).toBe(true);
  });

  it('counts the same items as the string it came from', () => {
    const sample = generateSample({ seed: 4, size: 'town' });
    for (const period of ['2025', '2025-Q2', '2025-11']) {
      const byString = suggestionStats(sample.suggestions, {
        policy: sample.policy,
        asOf: sample.asOf,
        period,
      });
      const range = periodRange(period);
      const byRange = suggestionStats(sample.suggestions, {
        policy: sample.policy,
        asOf: sample.asOf,
        period: range,
      });
      // Equal but for the period each figure stamps: the string, or the range.
      const stamped = JSON.stringify(byRange).replaceAll(
        JSON.stringify(range),
        JSON.stringify(period),
      );
      expect(JSON.parse(stamped)).toEqual(byString);
    }
  });

  it('refuses a name, a bad quarter or month and a non-string, naming the field', () => {
    for (const bad of ['十四届二次会议', '2025-Q5', '2025-13', '2025年', '', 2025, null]) {
      const result = safePeriodRange(bad as string);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.issues[0]?.path).toEqual(['period']);
        expect(result.error.message['zh-Hans']).toContain('统计期间');
      }
    }
  });
});
