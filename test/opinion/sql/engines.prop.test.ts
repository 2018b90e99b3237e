import * as fc from 'fast-check';
import { describe } from 'vitest';
import type { OpinionSqlGroupKey } from '../../../src/opinion/index.js';
import { defaultOpinionPolicy } from '../../../src/opinion/opinionPolicy.js';
import { inEachEngine } from '../../suggestion/figures/sql/support/engines.js';
import { asOfArb, build, opinionsArb } from '../support/opinionWalks.js';
import {
  expectSameOpinionStats,
  loadOpinionFacts,
  OPINION_GROUP_KEYS,
} from './support/opinionEngines.js';

// Random opinions walked through the real workflow → facts tables in each engine → the figures'
// SQL → rows → figures, deep-equal to opinionStats on the same records, for a random grouping and
// period, at a random asOf.

const groupingArb = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...OPINION_GROUP_KEYS).map((key) => [key]),
  fc.constant(['station', 'receivedMonth'] as OpinionSqlGroupKey[]),
  fc.constant(['receivingDeputy', 'handlingUnit', 'category'] as OpinionSqlGroupKey[]),
);
const periodArb = fc.constantFrom(
  undefined,
  '2025',
  '2025-09',
  { from: '2025-09-15', to: '2025-10-31' },
  '第一季度',
);

describe('the opinion figures on random walks', () => {
  inEachEngine(
    'equal opinionStats, total and per group',
    'renda_opinion_engines_prop',
    async (engine) => {
      await fc.assert(
        fc.asyncProperty(
          opinionsArb,
          asOfArb,
          groupingArb,
          periodArb,
          async (plans, asOf, groupBy, period) => {
            const records = build(plans);
            const policy = defaultOpinionPolicy;
            await loadOpinionFacts(engine, records, policy, asOf);
            await expectSameOpinionStats(engine, records, { policy, asOf, groupBy, period });
          },
        ),
        { numRuns: 40 },
      );
    },
  );
});
