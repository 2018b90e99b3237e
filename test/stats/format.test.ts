import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/stats/formatPercent.js';
import { formatRate } from '../../src/stats/formatRate.js';
import { rate } from '../../src/stats/rate.js';

describe('formatPercent', () => {
  it('prints a fraction as a percentage with the given decimals', () => {
    expect(formatPercent(0.5807, { decimals: 2 })).toBe('58.07%');
    expect(formatPercent(0.5807)).toBe('58.1%');
    expect(formatPercent(1, { decimals: 0 })).toBe('100%');
  });

  it('rounds half up on the decimal form, not the floating product', () => {
    // 0.58065 × 100 is 58.064999999999998 in floating point.
    expect(formatPercent(0.58065, { decimals: 2 })).toBe('58.07%');
    expect(formatPercent(0.58065, { decimals: 2, rounding: 'truncate' })).toBe('58.06%');
    expect(formatPercent(0.000049, { decimals: 2 })).toBe('0.00%');
    expect(formatPercent(1e-7, { decimals: 3 })).toBe('0.000%');
  });

  it('prints null as a dash', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});

describe('formatRate', () => {
  it('prints the percentage with the counts, full-width parentheses in Chinese', () => {
    expect(formatRate(rate(25, 43), { decimals: 2 })).toBe('58.14%（25/43）');
    expect(formatRate(rate(25, 43), { decimals: 2, locale: 'zh-Hant' })).toBe('58.14%（25/43）');
    expect(formatRate(rate(25, 43), { decimals: 2, locale: 'en' })).toBe('58.14% (25 of 43)');
  });

  it('rounds from the counts exactly', () => {
    // 403/1034 = 38.974…%; 1/8 = 12.5% exactly rounds half up to 13%.
    expect(formatRate(rate(403, 1034), { decimals: 2 })).toBe('38.97%（403/1034）');
    expect(formatRate(rate(1, 8), { decimals: 0 })).toBe('13%（1/8）');
    expect(formatRate(rate(1, 8), { decimals: 0, rounding: 'truncate' })).toBe('12%（1/8）');
  });

  it('prints a dash for a zero denominator', () => {
    expect(formatRate(rate(0, 0))).toBe('—（0/0）');
    expect(formatRate(rate(0, 0), { locale: 'en' })).toBe('— (0 of 0)');
  });
});
