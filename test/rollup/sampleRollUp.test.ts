import { describe, expect, it } from 'vitest';
import {
  aggregateStates,
  byDivision,
  chinaOfficialCalendar,
  coverageEnrolment,
  coverageOpinionsClosed,
  divisionAncestors,
  divisionParent,
  finalizeRollUp,
  rollUp,
  rollUpCoverage,
  type Suggestion,
  stationParent,
  suggestionStats,
  suggestionStatsAccumulator,
} from '../../src/index.js';
import { generateSample } from '../../src/testing/index.js';

// Done-when of issue 16 part 4: roll-ups where the sum of the parts equals the whole. The
// sample's suggestions all belong to one town, so the test files them under several townships
// of two counties and two cities, and one under a city directly.
const TOWNS = [
  '330281101000',
  '330281102000',
  '330282001000',
  '330382100000',
  '330382101000',
  '330200',
] as const;

const sample = generateSample({ seed: 3 });
const { policy, asOf } = sample;
const suggestions: Suggestion[] = sample.suggestions.map((s, index) => ({
  ...s,
  congress: { ...s.congress, jurisdiction: TOWNS[index % TOWNS.length] as string },
}));

describe('rolling the suggestion dashboard up township → county → city → province', () => {
  const metrics = { stats: suggestionStatsAccumulator(policy, asOf) };
  const states = aggregateStates(suggestions, metrics, { groupBy: byDivision('township') });
  const tree = finalizeRollUp(rollUp(states, metrics, { parentOf: divisionParent }), metrics);

  it('builds every ancestor up to the province', () => {
    expect(tree.roots).toEqual(['330000']);
    expect(tree.nodes.map((node) => node.key)).toEqual([
      '330000',
      '330200',
      '330281',
      '330281101000',
      '330281102000',
      '330282',
      '330282001000',
      '330300',
      '330382',
      '330382100000',
      '330382101000',
    ]);
  });

  it('gives every node the figures of a direct computation over the records under it', () => {
    for (const node of tree.nodes) {
      const under = suggestions.filter((s) =>
        divisionAncestors(s.congress.jurisdiction).includes(node.key),
      );
      const direct = suggestionStats(under, { asOf, policy }).total;
      const rolled = node.results.stats;
      expect(rolled.n, node.key).toBe(under.length);
      expect(rolled.stateCounts.byState).toEqual(direct.stateCounts.byState);
      for (const [id, rate] of Object.entries(direct.rates)) {
        const mine = rolled.rates[id as keyof typeof rolled.rates];
        expect([mine.numerator, mine.denominator], `${node.key} ${id}`).toEqual([
          rate.numerator,
          rate.denominator,
        ]);
      }
      expect(rolled.outcomeClasses.counts).toEqual(direct.outcomeClasses.counts);
      expect(rolled.overdue.items).toEqual(direct.overdue.items);
    }
  });

  it('has each node sum its own records and its children, and the root equal the ungrouped total', () => {
    const at = (key: string) => tree.nodes.find((node) => node.key === key);
    for (const node of tree.nodes) {
      const own = suggestions.filter((s) => byDivision('township')(s) === node.key).length;
      const children = node.children.reduce((sum, key) => sum + (at(key)?.results.stats.n ?? 0), 0);
      expect(node.results.stats.n, node.key).toBe(own + children);
      for (const id of ['replyRate', 'onTimeReplyRate', 'satisfactionRate'] as const) {
        const parts = node.children.map((key) => at(key)?.results.stats.rates[id]);
        const ownRate =
          own === 0
            ? { numerator: 0, denominator: 0 }
            : suggestionStats(
                suggestions.filter((s) => byDivision('township')(s) === node.key),
                { asOf, policy },
              ).total.rates[id];
        expect(node.results.stats.rates[id].numerator).toBe(
          parts.reduce((sum, rate) => sum + (rate?.numerator ?? 0), ownRate.numerator),
        );
        expect(node.results.stats.rates[id].denominator).toBe(
          parts.reduce((sum, rate) => sum + (rate?.denominator ?? 0), ownRate.denominator),
        );
      }
    }
    const whole = suggestionStats(suggestions, { asOf, policy }).total;
    const root = at('330000')?.results.stats;
    expect(root?.n).toBe(whole.n);
    expect(root?.rates).toEqual(whole.rates);
    expect(tree.total.stats.rates).toEqual(whole.rates);
    expect(at('330200')?.own).toBe(true);
  });
});

describe('rolling a coverage result up', () => {
  const result = coverageEnrolment(sample.deputies, sample.stations, sample.groups, {
    period: { from: `${sample.year}-01-01`, to: `${sample.year}-12-31` },
    require: 'station',
  });
  const townOf = (id: string): string => TOWNS[(Number(id.replace(/\D/g, '')) || 0) % 5] as string;
  const rolled = rollUpCoverage(result, { keyOf: townOf, parentOf: divisionParent, asOf });

  it('sums covered and shortfall counts per ancestor, and the total is the result', () => {
    expect(rolled.total.covered).toBe(result.covered.length);
    expect(rolled.total.shortfalls).toBe(result.shortfalls.length);
    expect(rolled.total.excluded).toBe(result.excluded.length);
    expect(rolled.total.rate.value).toBe(result.rate.value);
    expect(rolled.id).toBe(result.id);
    for (const node of rolled.nodes) {
      const mine = (ids: readonly string[]) =>
        ids.filter((id) => divisionAncestors(townOf(id)).includes(node.key)).length;
      expect(node.covered, node.key).toBe(mine(result.covered));
      expect(node.shortfalls, node.key).toBe(mine(result.shortfalls.map((s) => s.id)));
      expect(node.excluded, node.key).toBe(mine(result.excluded.map((e) => e.id)));
      expect(node.rate.denominator).toBe(node.covered + node.shortfalls);
    }
  });
});

describe('rolling opinions up the station hierarchy', () => {
  // Constituent opinions closed in time (群众意见办结), by the station that received them, up to
  // the central stations and the main station (总站).
  const result = coverageOpinionsClosed(sample.opinions, {
    period: { from: `${sample.year}-01-01`, to: `${sample.year}-12-31` },
    withinWorkingDays: 15,
    calendar: chinaOfficialCalendar,
  });
  const stationOf = new Map(sample.opinions.map((o) => [o.id, o.stationId ?? 'ST-0000']));
  const parentOf = stationParent(sample.stations);
  const rolled = rollUpCoverage(result, { keyOf: (id) => stationOf.get(id) as string, parentOf });

  it('sums every station into its central station and the main station', () => {
    expect(result.covered.length + result.shortfalls.length).toBeGreaterThan(0);
    expect(rolled.total.covered).toBe(result.covered.length);
    expect(rolled.total.shortfalls).toBe(result.shortfalls.length);
    const at = (key: string) => rolled.nodes.find((node) => node.key === key);
    for (const node of rolled.nodes) {
      const own = (ids: readonly string[]) =>
        ids.filter((id) => stationOf.get(id) === node.key).length;
      const children = node.children.map((key) => at(key));
      expect(node.covered, node.key).toBe(
        children.reduce((sum, child) => sum + (child?.covered ?? 0), own(result.covered)),
      );
      expect(node.shortfalls, node.key).toBe(
        children.reduce(
          (sum, child) => sum + (child?.shortfalls ?? 0),
          own(result.shortfalls.map((s) => s.id)),
        ),
      );
    }
    const roots = rolled.roots.map((key) => at(key));
    expect(roots.reduce((sum, root) => sum + (root?.covered ?? 0), 0)).toBe(result.covered.length);
  });
});
