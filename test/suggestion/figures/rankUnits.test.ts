import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/model/suggestion.js';
import {
  byAssignmentMonth,
  byAssignmentQuarter,
  byAssignmentYear,
  byJurisdiction,
  byLeadUnit,
  byLevel,
  byTermSession,
  byTopic,
  rankUnits,
  suggestionStats,
} from '../../../src/suggestion/figures/index.js';
import { defaultPolicy } from '../../../src/suggestion/policy.js';
import { item, replied } from './support/build.js';

const asOf = '2025-12-31T18:00:00+08:00';
const unit = (unitId: string) => ({ units: [{ unitId, role: 'sole' as const }] });
const repeat = (record: Suggestion, count: number): Suggestion[] => new Array(count).fill(record);

describe('rankUnits', () => {
  const records = [
    replied('A', unit('U-ONE')), // 1 of 1: 100%, but too small to rank
    ...repeat(replied('A', unit('U-BIG')), 18),
    ...repeat(item(unit('U-BIG')), 2),
    ...repeat(replied('A', unit('U-FULL')), 12),
    item({ state: 'withdrawn', ...unit('U-NONE') }),
  ];
  const stats = suggestionStats(records, { asOf, policy: defaultPolicy, groupBy: byLeadUnit });

  it('never puts a unit below the minimum n on top: it is flagged and listed after', () => {
    const table = rankUnits(stats, { minimumN: 10 });
    expect(table.map((r) => [r.key[0], r.rank, r.position, r.n, r.belowMinimum])).toEqual([
      ['U-FULL', 1, 1, 12, false],
      ['U-BIG', 2, 2, 20, false],
      ['U-ONE', null, 3, 1, true],
      ['U-NONE', null, 4, 0, true],
    ]);
    expect(table[0]?.rate.interval?.low).toBeGreaterThan(0.7);
    expect(table[2]?.rate.interval?.low).toBeLessThan(0.25);
  });

  it('can order by the Wilson lower bound, and ranks any rate', () => {
    const table = rankUnits(stats.groups, {
      minimumN: 0,
      orderBy: 'wilsonLow',
      metric: 'closureRate',
    });
    expect(table[0]?.key).toEqual(['U-FULL']);
    expect(table.every((r) => r.metric === 'closureRate')).toBe(true);
  });

  it('shares a rank between exact ties and refuses a bad minimum', () => {
    const tied = suggestionStats(
      [...repeat(replied('A', unit('U-X')), 10), ...repeat(replied('A', unit('U-Y')), 10)],
      { asOf, policy: defaultPolicy, groupBy: byLeadUnit },
    );
    expect(rankUnits(tied).map((r) => r.rank)).toEqual([1, 1]);
    expect(() => rankUnits(tied, { minimumN: -1 })).toThrow();
  });
});

describe('group keys', () => {
  const s = item({
    units: [
      { unitId: 'U-ASSIST', role: 'assisting', assignedDay: '2025-04-30' },
      { unitId: 'U-LEAD', role: 'lead', assignedDay: '2025-04-30' },
    ],
    topic: '教育',
    level: 'county',
    jurisdiction: '330281',
    term: 9,
    session: 4,
  });

  it('key an item by its lead unit, topic, level, term-session and jurisdiction', () => {
    expect([byLeadUnit(s), byTopic(s), byLevel(s), byTermSession(s), byJurisdiction(s)]).toEqual([
      'U-LEAD',
      '教育',
      'county',
      '09-04',
      '330281',
    ]);
    expect(byTopic(item())).toBe('(none)');
    expect(byLeadUnit(item({ state: 'draft' }))).toBe('(unassigned)');
  });

  it('key an item by month, quarter and year of assignment, in the policy’s zone if it differs', () => {
    expect([
      byAssignmentMonth(defaultPolicy)(s),
      byAssignmentQuarter()(s),
      byAssignmentYear()(s),
    ]).toEqual(['2025-04', '2025-Q2', '2025']);
    // Assigned at 10:00 on 30 April in Shanghai: still 29 April in Los Angeles.
    expect(byAssignmentMonth({ timeZone: 'America/Los_Angeles' })(s)).toBe('2025-04');
    const late = item({ units: [{ unitId: 'U-1', assignedDay: '2025-05-01' }] });
    expect(byAssignmentMonth({ timeZone: 'America/Los_Angeles' })(late)).toBe('2025-04');
    expect(byAssignmentYear()(item({ state: 'draft' }))).toBe('(unassigned)');
  });
});
