import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/model/suggestion.js';
import { formatPercent } from '../../../src/stats/formatPercent.js';
import { suggestionStats } from '../../../src/suggestion/figures/index.js';
import {
  jiaYiBingOutcomeTaxonomy,
  threeTierOutcomeTaxonomy,
} from '../../../src/suggestion/outcomeTaxonomy.js';
import { defaultPolicy, definePolicy } from '../../../src/suggestion/policy.js';
import { replied } from './support/build.js';

// DOMAIN.md §3.2, reproduced through suggestionStats from minimal records built in bulk. One
// record per class is parsed and repeated: the dashboard reads records, it does not need them
// distinct.
const asOf = '2025-12-31T18:00:00+08:00';
const repeat = (record: Suggestion, count: number): Suggestion[] => new Array(count).fill(record);
const pct = (value: number | null) => formatPercent(value, { decimals: 1 });

describe('published tables (DOMAIN §3.2)', () => {
  it('T1 NPC 2002: 4,287 items, A/B/C/D 536/2560/775/416 → 12.5/59.7/18.1/9.7, solved or planned 72.2%', () => {
    const records = [
      ...repeat(replied('A'), 536),
      ...repeat(replied('B'), 2560),
      ...repeat(replied('C'), 775),
      ...repeat(replied('D'), 416),
    ];
    const { total } = suggestionStats(records, { asOf, policy: defaultPolicy });
    expect(total.rates.replyRate.denominator).toBe(4287);
    expect(total.outcomeClasses.shares.parts.map((p) => p.printed)).toEqual([
      '12.5',
      '59.7',
      '18.1',
      '9.7',
    ]);
    expect(total.rates.solvedOrPlannedRate.numerator).toBe(3096);
    expect(pct(total.rates.solvedOrPlannedRate.value)).toBe('72.2%');
  });

  it('T4 Sichuan 2016: 1,034 items in three tiers; satisfaction over the 755 forms returned', () => {
    const sichuan = definePolicy({
      id: 'sichuan',
      version: 1,
      outcomeTaxonomy: threeTierOutcomeTaxonomy,
      evaluationCounting: 'leadOnly',
    });
    const records = [
      ...repeat(replied('A', { evaluations: [{ grade: 'satisfied' }] }), 363),
      ...repeat(replied('B', { evaluations: [{ grade: 'satisfied' }] }), 327),
      ...repeat(replied('B', { evaluations: [{ grade: 'basicallySatisfied' }] }), 65),
      ...repeat(replied('B'), 11),
      ...repeat(replied('C'), 268),
    ];
    const { total } = suggestionStats(records, { asOf, policy: sichuan });
    expect(total.outcomeClasses.shares.parts.map((p) => p.printed)).toEqual([
      '35.1',
      '39.0',
      '25.9',
    ]);
    const twoDecimals = suggestionStats(records, {
      asOf,
      policy: sichuan,
      shares: { decimals: 2 },
    });
    expect(twoDecimals.total.outcomeClasses.shares.byKey.B?.printed).toBe('38.97');
    // The Sichuan convention: the denominator is the forms returned, not the items.
    expect(total.rates.narrowSatisfactionRate).toMatchObject({
      numerator: 690,
      denominator: 755,
    });
    expect(pct(total.rates.narrowSatisfactionRate.value)).toBe('91.4%');
    expect(pct(total.rates.basicSatisfactionRate.value)).toBe('8.6%');
    expect(total.rates.feedbackRate).toMatchObject({ numerator: 755, denominator: 1034 });
    // The same items under the other denominators of DOMAIN §10.5: over the 1,034 replied items
    // (an item without a form is not satisfied), and over replies (one unit each here: the same).
    for (const satisfactionBase of ['items', 'replies'] as const) {
      const other = definePolicy({
        ...sichuan,
        id: `sichuan-${satisfactionBase}`,
        satisfactionBase,
      });
      const rates = suggestionStats(records, { asOf, policy: other }).total.rates;
      expect(rates.narrowSatisfactionRate).toMatchObject({ numerator: 690, denominator: 1034 });
      expect(rates.basicSatisfactionRate).toMatchObject({ numerator: 65, denominator: 1034 });
      expect(rates.satisfactionRate.unit).toBe(satisfactionBase === 'items' ? 'item' : 'reply');
      expect(pct(rates.narrowSatisfactionRate.value)).toBe('66.7%');
    }
  });

  it('T5 Qinyang 2023: 57 items 甲/乙/丙 43/13/1 → 75.4/22.8/1.8, half up, summing to 100', () => {
    const qinyang = definePolicy({
      id: 'qinyang',
      version: 1,
      outcomeTaxonomy: jiaYiBingOutcomeTaxonomy,
    });
    const records = [
      ...repeat(replied('甲'), 43),
      ...repeat(replied('乙'), 13),
      ...repeat(replied('丙'), 1),
    ];
    const { total } = suggestionStats(records, { asOf, policy: qinyang });
    expect(total.outcomeClasses.shares.parts.map((p) => [p.key, p.printed])).toEqual([
      ['甲', '75.4'],
      ['乙', '22.8'],
      ['丙', '1.8'],
    ]);
    expect(total.outcomeClasses.shares.sumPrinted).toBe('100.0');
  });
});
