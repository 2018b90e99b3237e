import { describe, expect, it } from 'vitest';
import {
  SUGGESTION_METRICS,
  SUGGESTION_RATE_IDS,
  safeSuggestionFactsDdl,
  safeSuggestionStatsFromRows,
  safeSuggestionStatsSql,
  suggestionFactsDdl,
  suggestionFactTables,
  suggestionStatsFromRows,
  suggestionStatsSql,
} from '../../../../src/suggestion/figures/index.js';
import { defaultPolicy } from '../../../../src/suggestion/policy.js';
import { handMade } from '../support/samples.js';

const asOf = '2025-06-03T09:00:00+08:00';
const base = { dialect: 'postgres', policy: defaultPolicy, asOf } as const;

describe('suggestionStatsSql', () => {
  it('passes every value as a parameter: period days, group placeholders, reasons, kinds', () => {
    const sql = suggestionStatsSql({
      ...base,
      groupBy: ['leadUnit', 'topic', 'assignmentMonth'],
      period: { from: '2025-03-01', to: '2025-06-30' },
    });
    for (const [name, statement] of Object.entries(sql.queries)) {
      for (const value of ['2025-03-01', '2025-06-30', '(unassigned)', '(none)', 'withdrawn']) {
        expect(statement.text, name).not.toContain(value);
      }
      // Every placeholder has its value, and every value its placeholder.
      const used = new Set([...statement.text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
      expect([...used].sort((a, b) => a - b)).toEqual(
        statement.values.map((_, index) => index + 1),
      );
    }
    expect(sql.queries.items.values).toEqual(
      expect.arrayContaining(['2025-03-01', '2025-06-30', '(unassigned)', '(none)', 'withdrawn']),
    );
    expect(sql.queries.dutyRates.values).toEqual(
      expect.arrayContaining(['assistingInput', 'followUp', 'itemExcluded']),
    );
  });

  it('writes each rate from its rule: its facts are the columns it reads', () => {
    const sql = suggestionStatsSql(base);
    const text = `${sql.queries.items.text} ${sql.queries.forms.text} ${sql.queries.dutyRates.text}`;
    for (const id of SUGGESTION_RATE_IDS) {
      const rule = SUGGESTION_METRICS[id].rule;
      for (const fact of [...(rule?.population ?? []), ...(rule?.numerator ?? [])]) {
        expect(text, id).toContain(`."${fact}"`);
      }
    }
  });

  it('quotes the table names it is given, schema and all, and refuses any other name by path', () => {
    const sql = suggestionStatsSql({ ...base, tables: { items: 'renda.facts' } });
    expect(sql.queries.items.text).toContain('FROM "renda"."facts" i');
    for (const bad of ['facts; drop table x', 'a.b.c', '1facts', '', 'fa"cts', 7]) {
      const result = safeSuggestionStatsSql({ ...base, tables: { forms: bad as never } });
      expect(result.ok, String(bad)).toBe(false);
      if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['tables', 'forms']);
    }
  });

  it('refuses an unknown dialect or grouping by name, and its safe twin never throws', () => {
    expect(() => suggestionStatsSql({ ...base, dialect: 'mysql' as never })).toThrowError(
      /dialect/,
    );
    const grouping = safeSuggestionStatsSql({ ...base, groupBy: ['leadUnit', 'unit' as never] });
    expect(grouping.ok).toBe(false);
    if (!grouping.ok) expect(grouping.error.issues[0]?.path).toEqual(['groupBy', 1]);
    for (const options of [undefined, null, 1, {}, { dialect: 'duckdb' }]) {
      expect(safeSuggestionStatsSql(options as never).ok).toBe(false);
    }
  });
});

describe('suggestionStatsFromRows', () => {
  const sql = suggestionStatsSql({ ...base, groupBy: 'topic' });
  const empty = Object.fromEntries(Object.keys(sql.queries).map((name) => [name, []])) as never;

  it('gives the empty dashboard for no rows, rates null rather than 0', () => {
    const { total, groups } = suggestionStatsFromRows(sql, empty);
    expect(total.n).toBe(0);
    expect(total.rates.replyRate.value).toBeNull();
    expect(groups).toEqual([]);
  });

  it('reads counts as numbers, bigints or numeric strings, and refuses others by column', () => {
    const items = [
      {
        g0: '交通',
        records: '2',
        outsidePeriod: 1n,
        r0_units: 2,
        r0_denominator: 2,
        r0_numerator: 1,
      },
    ];
    const { total } = suggestionStatsFromRows(sql, { ...(empty as object), items } as never);
    expect([total.n, total.stateCounts.outsidePeriod]).toEqual([2, 1]);
    expect(total.rates.replyRate.numerator).toBe(1);
    for (const bad of [-1, 1.5, 'two', true]) {
      const result = safeSuggestionStatsFromRows(sql, {
        ...(empty as object),
        items: [{ g0: 'x', records: bad }],
      } as never);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['rows', 'items', 'records']);
    }
    expect(safeSuggestionStatsFromRows(sql, { items: [] } as never).ok).toBe(false);
  });
});

describe('suggestionFactsDdl', () => {
  it('makes the four tables with a column per field of their rows', () => {
    const [items, forms, replies, duties] = suggestionFactsDdl({ dialect: 'duckdb' });
    const tables = suggestionFactTables(handMade()[1] as never, { policy: defaultPolicy, asOf });
    for (const [ddl, row] of [
      [items, tables.item],
      [forms, tables.forms[0]],
      [replies, tables.replies[0]],
    ] as const) {
      for (const column of Object.keys(row ?? {})) expect(ddl).toContain(`"${column}"`);
    }
    expect(duties).toContain('"suggestion_duty_facts"');
    expect(safeSuggestionFactsDdl({ dialect: 'duckdb', tables: { items: 'x y' } }).ok).toBe(false);
  });
});
