import { describe, expect, it } from 'vitest';
import {
  OPINION_METRICS,
  type OpinionRateId,
  opinionFactsDdl,
  opinionFactTables,
  opinionStatsFromRows,
  opinionStatsSql,
  safeOpinionFactsDdl,
  safeOpinionFactTables,
  safeOpinionStatsFromRows,
  safeOpinionStatsSql,
} from '../../../src/opinion/index.js';
import { defaultOpinionPolicy } from '../../../src/opinion/opinionPolicy.js';
import { generateSample } from '../../../src/testing/index.js';

const asOf = '2025-12-31T18:00:00+08:00';
const base = { dialect: 'postgres', policy: defaultOpinionPolicy, asOf } as const;

describe('opinionStatsSql', () => {
  it('passes every value as a parameter: period days and the placeholder keys', () => {
    const sql = opinionStatsSql({
      ...base,
      groupBy: ['station', 'handlingUnit', 'category'],
      period: { from: '2025-03-01', to: '2025-06-30' },
    });
    for (const [name, statement] of Object.entries(sql.queries)) {
      for (const value of [
        '2025-03-01',
        '2025-06-30',
        '(unassigned)',
        '(none)',
        '(unclassified)',
      ]) {
        expect(statement.text, name).not.toContain(value);
      }
      // Every placeholder has its value, and every value its placeholder.
      const used = new Set([...statement.text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
      expect([...used].sort((a, b) => a - b)).toEqual(
        statement.values.map((_, index) => index + 1),
      );
    }
    expect(sql.queries.opinions.values).toEqual(
      expect.arrayContaining([
        '2025-03-01',
        '2025-06-30',
        '(unassigned)',
        '(none)',
        '(unclassified)',
      ]),
    );
  });

  it('writes each rate from its lists in OPINION_METRICS: its facts are the columns it reads', () => {
    const text = opinionStatsSql(base).queries.opinions.text;
    for (const id of Object.keys(OPINION_METRICS) as OpinionRateId[]) {
      const d = OPINION_METRICS[id];
      const denominator = d.denominator.map((fact) => `o."${fact}"`).join(' AND ');
      const numerator = [...d.denominator, ...d.numerator]
        .map((fact) => `o."${fact}"`)
        .join(' AND ');
      expect(text, id).toContain(
        `SUM(CASE WHEN ${denominator} THEN 1 ELSE 0 END) AS "${id}_denominator"`,
      );
      expect(text, id).toContain(
        `SUM(CASE WHEN ${numerator} THEN 1 ELSE 0 END) AS "${id}_numerator"`,
      );
    }
  });

  it('quotes the table names it is given, schema and all, and refuses any other name by path', () => {
    const sql = opinionStatsSql({ ...base, tables: { opinions: 'renda.facts', deputies: 'met' } });
    expect(sql.queries.opinions.text).toContain('FROM "renda"."facts" o');
    expect(sql.queries.deputies.text).toContain('JOIN "met" d');
    for (const bad of ['facts; drop table x', 'a.b.c', '1facts', '', 'fa"cts', 7]) {
      const result = safeOpinionStatsSql({ ...base, tables: { deputies: bad as never } });
      expect(result.ok, String(bad)).toBe(false);
      if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['tables', 'deputies']);
    }
  });

  it('refuses an unknown dialect, grouping, period or policy by name; its safe twin never throws', () => {
    expect(() => opinionStatsSql({ ...base, dialect: 'mysql' as never })).toThrowError(/dialect/);
    const grouping = safeOpinionStatsSql({ ...base, groupBy: ['station', 'area' as never] });
    expect(grouping.ok).toBe(false);
    if (!grouping.ok) expect(grouping.error.issues[0]?.path).toEqual(['groupBy', 1]);
    const period = safeOpinionStatsSql({ ...base, period: '2025-13' });
    expect(period.ok).toBe(false);
    if (!period.ok) expect(period.error.issues[0]?.path).toEqual(['period']);
    for (const options of [undefined, null, 1, {}, { dialect: 'duckdb' }]) {
      expect(safeOpinionStatsSql(options as never).ok).toBe(false);
    }
  });
});

describe('opinionStatsFromRows', () => {
  const sql = opinionStatsSql({ ...base, groupBy: 'station' });
  const empty = Object.fromEntries(Object.keys(sql.queries).map((name) => [name, []])) as never;

  it('gives the empty figures for no rows, rates null rather than 0', () => {
    const { total, groups } = opinionStatsFromRows(sql, empty);
    expect(total.n).toBe(0);
    expect(total.rates.onTimeRate.value).toBeNull();
    expect(Object.values(total.byCategory).every((n) => n === 0)).toBe(true);
    expect(groups).toEqual([]);
  });

  it('adds rows of the same group (concatenated from two databases) and reads counts of any driver', () => {
    const row = {
      g0: 'ST-1',
      records: '2',
      outsidePeriod: 1n,
      handled: 2,
      resolvedRate_denominator: 2,
      resolvedRate_numerator: 1,
    };
    const { total, groups } = opinionStatsFromRows(sql, {
      ...(empty as object),
      opinions: [row, { ...row, g0: 'ST-2' }, row],
    } as never);
    expect([total.n, total.outsidePeriod, total.counts.handled]).toEqual([6, 3, 6]);
    expect(total.rates.resolvedRate.numerator).toBe(3);
    expect(groups.map((g) => [g.key, g.stats.n])).toEqual([
      [['ST-1'], 4],
      [['ST-2'], 2],
    ]);
    for (const bad of [-1, 1.5, 'two', true]) {
      const result = safeOpinionStatsFromRows(sql, {
        ...(empty as object),
        opinions: [{ g0: 'x', records: bad }],
      } as never);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['rows', 'opinions', 'records']);
    }
    const missing = safeOpinionStatsFromRows(sql, { opinions: [] } as never);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.issues[0]?.path).toEqual(['rows', 'categories']);
  });
});

describe('opinionFactTables and opinionFactsDdl', () => {
  const { opinions } = generateSample({ seed: 1 });

  it('makes the two tables with a column per field of their rows', () => {
    const [table, deputies] = opinionFactsDdl({ dialect: 'duckdb' });
    const withDeputy = opinions.find((o) => o.deputyIds.length > 0);
    const tables = opinionFactTables(withDeputy as never, { policy: defaultOpinionPolicy, asOf });
    for (const column of Object.keys(tables.opinion)) expect(table).toContain(`"${column}" `);
    for (const column of Object.keys(tables.deputies[0] ?? {})) {
      expect(deputies).toContain(`"${column}" `);
    }
    expect(safeOpinionFactsDdl({ dialect: 'duckdb', tables: { opinions: 'x y' } }).ok).toBe(false);
  });

  it('has one deputy row per distinct receiving deputy, and refuses what is not an opinion', () => {
    const record = { ...(opinions[0] as object), deputyIds: ['D-1', 'D-2', 'D-1'] } as never;
    const tables = opinionFactTables(record, { policy: defaultOpinionPolicy, asOf });
    expect(tables.deputies.map((d) => d.deputyId)).toEqual(['D-1', 'D-2']);
    expect(tables.opinion.receivingDeputyId).toBe('D-1');
    const bad = safeOpinionFactTables({ ...(opinions[0] as object), channel: 7 } as never, {
      policy: defaultOpinionPolicy,
      asOf,
    });
    expect(bad.ok).toBe(false);
    expect(
      safeOpinionFactTables(opinions[0] as never, { policy: defaultOpinionPolicy, asOf: 'now' }).ok,
    ).toBe(false);
  });
});
