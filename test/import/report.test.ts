import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coverageTable,
  dashboardTable,
  opinionReportSentences,
  opinionTable,
  type ReportTable,
  reportSentences,
  safeToCsv,
  scoreTable,
  toCsv,
} from '../../src/import/index.js';
import {
  byLeadUnit,
  coverageMemberContact,
  defaultOpinionPolicy,
  formatRate,
  OPINION_METRICS,
  opinionStats,
  type Rate,
  SUGGESTION_METRICS,
  SUGGESTION_RATE_IDS,
  scoreDeputies,
  suggestionStats,
  yinchuanStyleRules,
} from '../../src/index.js';
import { OPINION_RATE_IDS } from '../../src/opinion/figures/opinionMetrics.js';
import { generateSample } from '../../src/testing/index.js';

const sample = generateSample({ seed: 3, size: 'town' });
const asOf = '2025-12-31T18:00:00+08:00';
const grouped = suggestionStats(sample.suggestions, {
  asOf,
  policy: sample.policy,
  groupBy: byLeadUnit,
});

/** The percent formatRate prints (its `95.0%` before the counts): the library's one rounding. */
const printed = (rate: Rate, decimals = 1) =>
  formatRate(rate, { decimals }).split(/[（(]/)[0]?.trim();

/** A small RFC 4180 reader: records of fields, quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let fieldText = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && fieldText === '') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        fieldText += text.slice(i, q);
        if (text[q + 1] === '"') {
          fieldText += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else if (c === ',') {
      record.push(fieldText);
      fieldText = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(fieldText);
      records.push(record);
      record = [];
      fieldText = '';
      i += 2;
    } else {
      if (c === '"' || c === '\n' || c === '\r')
        throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
      fieldText += c;
      i++;
    }
  }
  if (fieldText !== '' || record.length > 0) throw new Error('no CRLF after the last record');
  return records;
}

describe('dashboardTable (建议办理情况统计表)', () => {
  it('has a row per group and a totals row computed over all units, never summed', () => {
    const table = dashboardTable(grouped, { rates: ['replyRate', 'satisfactionRate'] });
    expect(table.columns).toEqual([
      '分组',
      '建议件数',
      '交办件数',
      '办复率',
      '满意率（含基本满意）',
    ]);
    expect(table.rows).toHaveLength(grouped.groups.length);
    grouped.groups.forEach((group, i) => {
      expect(table.rows[i]?.[0]).toBe(group.key.join(' / '));
      expect(table.rows[i]?.[3]).toBe(printed(group.stats.rates.replyRate));
    });
    const { total } = grouped;
    expect(table.totals).toEqual([
      '合计',
      total.n,
      total.stateCounts.assigned,
      printed(total.rates.replyRate),
      printed(total.rates.satisfactionRate),
    ]);
    // The totals' counts are the whole's, and its rates come from the pooled counts.
    const rows = grouped.groups.map((g) => g.stats.rates.satisfactionRate);
    const pooled = rows.reduce((a, r) => a + r.numerator, 0);
    expect(pooled).toBe(total.rates.satisfactionRate.numerator);
  });

  it('reads in the three locales, with every rate by default', () => {
    const en = dashboardTable(grouped, { locale: 'en' });
    expect(en.columns.slice(0, 3)).toEqual(['Group', 'Items', 'Items assigned']);
    expect(en.columns.slice(3)).toEqual(
      SUGGESTION_RATE_IDS.map((id) => SUGGESTION_METRICS[id].name.en),
    );
    expect(en.totals?.[0]).toBe('Total');
    const hant = dashboardTable(grouped, { locale: 'zh-Hant', rates: ['replyRate'] });
    expect(hant.columns).toEqual(['分組', '建議件數', '交辦件數', '辦復率']);
    expect(hant.totals?.[0]).toBe('合計');
  });

  it('follows the publisher’s rounding: truncation and decimals', () => {
    const table = dashboardTable(grouped, {
      rates: ['satisfactionRate'],
      decimals: 0,
      rounding: 'truncate',
    });
    const { numerator, denominator } = grouped.total.rates.satisfactionRate;
    expect(table.totals?.[3]).toBe(`${Math.floor((numerator * 100) / denominator)}%`);
  });

  it('gives one row, 全部, without groups, and no totals row', () => {
    const whole = suggestionStats(sample.suggestions, { asOf, policy: sample.policy });
    const table = dashboardTable(whole, { rates: ['replyRate'] });
    expect(table.rows).toEqual([
      [
        '全部',
        whole.total.n,
        whole.total.stateCounts.assigned,
        printed(whole.total.rates.replyRate),
      ],
    ]);
    expect(table.totals).toBeUndefined();
  });
});

describe('opinion, coverage and score tables', () => {
  it('opinionTable: rates of every group and a pooled totals row', () => {
    const result = opinionStats(sample.opinions, { asOf, policy: defaultOpinionPolicy });
    const table = opinionTable(result);
    expect(table.columns[1]).toBe('意见件数');
    expect(table.rows).toEqual([
      ['全部', result.total.n, result.total.peopleReceived.total, ...table.rows[0]!.slice(3)],
    ]);
    expect(table.rows[0]?.[3]).toBe(printed(result.total.rates.acceptedRate));
  });

  it('coverageTable: one row per figure, no totals', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const contact = coverageMemberContact(sample.deputies, sample.activities, { period });
    const table = coverageTable([contact]);
    expect(table.rows).toEqual([
      [
        contact.name['zh-Hans'],
        '2025-01-01–2025-12-31',
        contact.rate.denominator,
        contact.rate.numerator,
        contact.shortfalls.length,
        contact.excluded.length,
        printed(contact.rate),
      ],
    ]);
    expect(table.totals).toBeUndefined();
  });

  it('scoreTable: one row per deputy in rank order', () => {
    const result = scoreDeputies(
      sample.deputies,
      [...sample.performanceRecords, ...sample.activities],
      yinchuanStyleRules,
      { period: { from: '2025-01-01', to: '2025-12-31' } },
    );
    const table = scoreTable(result, { locale: 'en' });
    expect(table.columns).toEqual(['Rank', 'Deputy', 'Name', 'Score', 'Raw', 'Grade']);
    expect(table.rows.map((r) => r[1])).toEqual(result.scores.map((s) => s.deputyId));
    expect(table.rows.map((r) => r[5])).toEqual(result.scores.map((s) => s.grade?.en ?? null));
  });
});

describe('reportSentences (报告语句)', () => {
  const { total } = grouped;

  it('fills each metric’s sentence with its figures, in Chinese and English', () => {
    const zh = reportSentences(total);
    const en = reportSentences(total, { locale: 'en' });
    expect(zh[0]).toEqual({ id: 'stateCounts', text: `共收到代表建议${total.stateCounts.n}件` });
    expect(en[0]?.text).toBe(`${total.stateCounts.n.toLocaleString('en-US')} suggestions received`);
    const reply = total.rates.replyRate;
    expect(zh.find((s) => s.id === 'replyRate')?.text).toBe(
      `交办建议${reply.denominator}件，已办复${reply.numerator}件，办复率${printed(reply)}`,
    );
    for (const sentence of [...zh, ...en]) expect(sentence.text).not.toMatch(/[{}]/);
    expect(en.map((s) => s.id)).toEqual(zh.map((s) => s.id));
  });

  it('has a sentence for the state counts and every rate, and none for a rate over nothing', () => {
    for (const id of ['stateCounts', ...SUGGESTION_RATE_IDS])
      expect(SUGGESTION_METRICS[id as keyof typeof SUGGESTION_METRICS].sentence, id).toBeDefined();
    const ids = reportSentences(total).map((s) => s.id);
    for (const id of SUGGESTION_RATE_IDS)
      expect(ids.includes(id), id).toBe(total.rates[id].denominator > 0);
  });

  it('writes traditional Chinese from the simplified', () => {
    expect(reportSentences(total, { locale: 'zh-Hant' })[0]?.text).toBe(
      `共收到代表建議${total.stateCounts.n}件`,
    );
  });
});

describe('opinionReportSentences (群众意见报告语句)', () => {
  const { total } = opinionStats(sample.opinions, { asOf, policy: defaultOpinionPolicy });

  it('fills each opinion rate’s sentence with its figures, in three languages', () => {
    const zh = opinionReportSentences(total);
    const hant = opinionReportSentences(total, { locale: 'zh-Hant' });
    const en = opinionReportSentences(total, { locale: 'en' });
    const accepted = total.rates.acceptedRate;
    expect(accepted.denominator).toBeGreaterThan(0);
    expect(zh.find((s) => s.id === 'acceptedRate')?.text).toBe(
      `受理群众意见${accepted.numerator}件，受理率${printed(accepted)}`,
    );
    expect(hant.find((s) => s.id === 'reopenRate')?.text).toMatch(/^重新辦理\d+件，重辦率/);
    expect(en.find((s) => s.id === 'acceptedRate')?.text).toMatch(
      new RegExp(`^${accepted.numerator.toLocaleString('en-US')} opinions accepted`),
    );
    for (const sentence of [...zh, ...hant, ...en]) expect(sentence.text).not.toMatch(/[{}]/);
  });

  it('has a sentence for every rate, and none for a rate over nothing', () => {
    for (const id of OPINION_RATE_IDS) expect(OPINION_METRICS[id].sentence, id).toBeDefined();
    const ids = opinionReportSentences(total).map((s) => s.id);
    for (const id of OPINION_RATE_IDS)
      expect(ids.includes(id), id).toBe(total.rates[id].denominator > 0);
    const none = opinionStats([], { asOf, policy: defaultOpinionPolicy }).total;
    expect(opinionReportSentences(none)).toEqual([]);
  });
});

describe('toCsv (RFC 4180)', () => {
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '1') }),
    fc.integer(),
    fc.constant(null),
  );
  const tables = fc.record({
    title: fc.string(),
    columns: fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
    totals: fc.option(fc.array(cell, { minLength: 1, maxLength: 5 }), { nil: undefined }),
  });

  it('gives back every cell to an RFC 4180 reader (property)', () => {
    fc.assert(
      fc.property(tables, fc.boolean(), (raw, bom) => {
        const table = (
          raw.totals === undefined ? { ...raw, totals: undefined } : raw
        ) as ReportTable;
        const csv = toCsv(table, { bom });
        expect(csv.startsWith('\uFEFF')).toBe(bom);
        const records = readCsv(bom ? csv.slice(1) : csv);
        const expected = [table.columns, ...table.rows, ...(table.totals ? [table.totals] : [])];
        expect(records).toEqual(expected.map((r) => r.map((c) => (c === null ? '' : String(c)))));
      }),
    );
  });

  it('quotes only what needs quoting, and refuses cells that are not finite', () => {
    expect(toCsv({ title: '', columns: ['a', 'b'], rows: [['x"y', 'plain']] })).toBe(
      'a,b\r\n"x""y",plain\r\n',
    );
    expect(safeToCsv({ title: '', columns: ['n'], rows: [[Number.POSITIVE_INFINITY]] }).ok).toBe(
      false,
    );
  });
});
