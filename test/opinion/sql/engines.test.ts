import { describe, expect } from 'vitest';
import type { ConstituentOpinion } from '../../../src/model/constituentOpinion.js';
import {
  byStation,
  type OpinionSqlGroupKey,
  type OpinionSqlRows,
  opinionStats,
  opinionStatsFromRows,
  opinionStatsSql,
} from '../../../src/opinion/index.js';
import { defaultOpinionPolicy, defineOpinionPolicy } from '../../../src/opinion/opinionPolicy.js';
import type { MetricPeriod } from '../../../src/stats/defineMetric.js';
import { generateSample } from '../../../src/testing/index.js';
import {
  type Engine,
  inEachEngine,
  rowsInEngine,
} from '../../suggestion/figures/sql/support/engines.js';
import {
  expectSameOpinionStats,
  loadOpinionFacts,
  OPINION_GROUP_KEYS,
} from './support/opinionEngines.js';

// The opinion figures computed inside the engines, from the facts tables, equal opinionStats on
// the records the facts were taken from: deep-equal, total and per group, for every grouping, with
// and without a period, on samples of several seeds and sizes, at more than one asOf.

const PERIODS: readonly (MetricPeriod | undefined)[] = [
  undefined,
  '2025',
  { from: '2025-03-01', to: '2025-06-30' },
  { from: '2025-05-01' },
  '十四届三次会议',
];

const SETS = () =>
  (
    [
      [1, 'town'],
      [2, { deputies: 40 }],
      [5, 'county'],
    ] as const
  ).flatMap(([seed, size]) => {
    const sample = generateSample({ seed, size });
    // The sample's asOf, and a day in mid-year when more handling and feedback are overdue.
    return [sample.asOf, '2025-07-15T09:00:00+08:00'].map((asOf) => ({
      records: sample.opinions,
      policy: sample.opinionPolicy,
      asOf,
    }));
  });

async function expectSameFigures(
  engine: Engine,
  records: readonly ConstituentOpinion[],
  policy: typeof defaultOpinionPolicy,
  asOf: string,
): Promise<void> {
  await loadOpinionFacts(engine, records, policy, asOf);
  const groupings: (OpinionSqlGroupKey[] | undefined)[] = [
    undefined,
    ...OPINION_GROUP_KEYS.map((key) => [key]),
    ['station', 'receivedMonth'],
    ['handlingUnit', 'category', 'channel'],
  ];
  for (const groupBy of groupings) {
    for (const period of groupBy === undefined ? PERIODS : PERIODS.slice(0, 3)) {
      await expectSameOpinionStats(engine, records, { policy, asOf, groupBy, period });
    }
  }
}

/** An app's own key over the station (片区): here, the area is the station's town. */
const areaOf = (station: string) =>
  station.startsWith('ST-0001') || station.startsWith('ST-0002') ? '城东片区' : '其他片区';

describe('the opinion figures in the engines', () => {
  inEachEngine(
    'give an app’s own key over the station when the station rows are relabelled with it',
    'renda_opinion_engines_area',
    async (engine) => {
      const { opinions, opinionPolicy: policy, asOf } = generateSample({ seed: 1, size: 'town' });
      await loadOpinionFacts(engine, opinions, policy, asOf);
      const sql = opinionStatsSql({ dialect: engine.dialect, policy, asOf, groupBy: 'station' });
      const rows = (await rowsInEngine(engine, sql.queries)) as OpinionSqlRows;
      // Every figure is a count, so the rows of the stations of one area add up to the area's.
      const relabelled = Object.fromEntries(
        Object.entries(rows).map(([name, list]) => [
          name,
          list.map((row) => ({ ...row, g0: areaOf(String(row.g0)) })),
        ]),
      ) as unknown as OpinionSqlRows;
      const byArea = (o: ConstituentOpinion) => areaOf(byStation(o));
      const expected = opinionStats(opinions, { policy, asOf, groupBy: byArea });
      expect(expected.groups.length).toBeGreaterThan(1);
      expect(opinionStatsFromRows(sql, relabelled)).toEqual(expected);
    },
  );

  inEachEngine(
    'equal opinionStats for every sample, grouping and period',
    'renda_opinion_engines_test',
    async (engine) => {
      for (const { records, policy, asOf } of SETS()) {
        await expectSameFigures(engine, records, policy, asOf);
      }
      // A policy whose categories the records partly lack, and codes it does not list.
      const sample = generateSample({ seed: 1, size: 'town' });
      const fewer = defineOpinionPolicy({
        id: 'fewer',
        version: 1,
        categories: defaultOpinionPolicy.categories.slice(0, 2),
      });
      await expectSameFigures(engine, sample.opinions, fewer, sample.asOf);
    },
  );
});
