import { expectTypeOf, test } from 'vitest';
import type { ConstituentOpinion } from '../../../src/model/constituentOpinion.js';
import type { Result } from '../../../src/model/shared/result.js';
import type { ValidationError } from '../../../src/model/shared/validationError.js';
import {
  type OpinionFact,
  type OpinionFactsRow,
  type OpinionSqlGroupKey,
  type OpinionSqlRows,
  type OpinionStatsResult,
  type OpinionStatsSql,
  opinionFactTables,
  opinionStatsFromRows,
  opinionStatsSql,
  safeOpinionStatsFromRows,
} from '../../../src/opinion/index.js';
import { defaultOpinionPolicy } from '../../../src/opinion/opinionPolicy.js';
import type { SqlStatement } from '../../../src/suggestion/figures/index.js';

const base = {
  dialect: 'duckdb',
  policy: defaultOpinionPolicy,
  asOf: '2025-12-31T18:00:00+08:00',
} as const;

test('the SQL path returns the very type opinionStats returns', () => {
  const sql = opinionStatsSql({ ...base, groupBy: ['station', 'receivedMonth'] });
  expectTypeOf(sql.queries.opinions).toEqualTypeOf<SqlStatement>();
  expectTypeOf(sql.groupBy).toEqualTypeOf<readonly OpinionSqlGroupKey[]>();
  expectTypeOf(opinionStatsFromRows(sql, {} as OpinionSqlRows)).toEqualTypeOf<OpinionStatsResult>();
  expectTypeOf(safeOpinionStatsFromRows).returns.toEqualTypeOf<
    Result<OpinionStatsResult, ValidationError>
  >();
  expectTypeOf(opinionStatsSql).parameter(0).toHaveProperty('groupBy');
  expectTypeOf<OpinionStatsSql['queries']>().toHaveProperty('deputies');
});

test('groupings and dialects are checked by the compiler', () => {
  // @ts-expect-error: not a grouping the SQL computes; an app's key is the station rows relabelled
  opinionStatsSql({ ...base, groupBy: 'area' });
  // @ts-expect-error: not a dialect the SQL is written for
  opinionStatsSql({ ...base, dialect: 'mysql' });
});

declare const record: ConstituentOpinion;

test('the facts row has a boolean column per fact', () => {
  const { opinion } = opinionFactTables(record, base);
  expectTypeOf(opinion).toMatchTypeOf<{ readonly [F in OpinionFact]: boolean }>();
  expectTypeOf<OpinionFactsRow['category']>().toEqualTypeOf<string | null>();
});
