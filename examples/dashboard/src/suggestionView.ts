// The suggestion sections (建议办理、按承办单位): the dashboard of the chosen unit with its charts,
// and every unit's headline rates as a table and a bar chart.
import {
  formatRate,
  SUGGESTION_RATE_IDS,
  type SuggestionRateId,
  type SuggestionStats,
} from 'renda';
import { countPie, draw, monthlyTrend, rateBars } from './charts.js';
import { countCard, fill, h, rateAttributes, rateCard } from './dom.js';
import { labelPair, UNASSIGNED } from './labels.js';

/** The rates shown first beside the counts, and per unit in the table and chart. */
const HEADLINE_RATES: readonly SuggestionRateId[] = [
  'replyRate',
  'onTimeReplyRate',
  'satisfactionRate',
];

export function renderSuggestions(
  body: HTMLElement,
  stats: SuggestionStats | undefined,
  months: Parameters<typeof monthRows>[0],
): void {
  if (stats === undefined) {
    fill(
      body,
      h('p', { class: 'empty' }, '本期该单位没有建议 (no suggestions for this unit and period)。'),
    );
    return;
  }
  const states = Object.entries(stats.stateCounts.byState);
  const classes = Object.entries(stats.outcomeClasses.counts);
  const stateChart = h('div', { class: 'chart', 'data-chart': 'states' });
  const classChart = h('div', { class: 'chart', 'data-chart': 'outcomeClasses' });
  const trendChart = h('div', { class: 'chart', 'data-chart': 'monthly' });
  const stateTable = h(
    'table',
    { 'data-metric': 'stateCounts' },
    h('caption', {}, `${stats.stateCounts.name['zh-Hans']} (${stats.stateCounts.name.en})`),
    h(
      'tbody',
      {},
      ...states.map(([state, count]) =>
        h(
          'tr',
          { 'data-state': state, 'data-count': count },
          h('th', {}, labelPair('suggestionState', state)),
          h('td', {}, String(count)),
        ),
      ),
    ),
  );
  fill(
    body,
    h(
      'div',
      { class: 'cards headline' },
      countCard('n', '建议件数', 'records', stats.n),
      countCard('assigned', '交办件数', 'items assigned', stats.stateCounts.assigned),
      countCard('overdue', '逾期未复', 'overdue', stats.overdue.n),
      countCard('lateAssignment', '交办超期', 'late to assign', stats.lateAssignment.n),
      ...HEADLINE_RATES.map((id) => rateCard(stats.rates[id])),
    ),
    h(
      'div',
      { class: 'charts' },
      h('figure', {}, h('figcaption', {}, '按状态 (by state)'), stateChart),
      h('figure', {}, h('figcaption', {}, '按交办月份 (by month of assignment)'), trendChart),
    ),
    h('h3', {}, '其他比率 ', h('small', {}, 'Every other rate')),
    h(
      'div',
      { class: 'cards' },
      ...SUGGESTION_RATE_IDS.filter((id) => !HEADLINE_RATES.includes(id)).map((id) =>
        rateCard(stats.rates[id]),
      ),
    ),
    h(
      'div',
      { class: 'charts' },
      h('figure', {}, h('figcaption', {}, '答复类别 (outcome classes)'), classChart),
      stateTable,
    ),
  );
  draw(
    stateChart,
    countPie(
      states.map(([state, value]) => ({ name: labelPair('suggestionState', state), value })),
    ),
  );
  draw(classChart, countPie(classes.map(([code, value]) => ({ name: `${code} 类`, value }))));
  const rows = monthRows(months);
  const reply = stats.rates.replyRate.name;
  draw(trendChart, monthlyTrend(rows, '交办件数 assigned', `${reply['zh-Hans']} ${reply.en}`));
}

function monthRows(
  months: readonly { readonly key: readonly string[]; readonly stats: SuggestionStats }[],
): { month: string; n: number; rate: SuggestionStats['rates']['replyRate'] }[] {
  return months.map((g) => ({
    month: g.key[0] === UNASSIGNED ? '未交办' : (g.key[0] ?? ''),
    n: g.stats.stateCounts.assigned,
    rate: g.stats.rates.replyRate,
  }));
}

export function renderUnits(
  body: HTMLElement,
  units: readonly { readonly key: readonly string[]; readonly stats: SuggestionStats }[],
  unitName: (id: string) => string,
  shortName: (id: string) => string,
): void {
  const chart = h('div', { class: 'chart wide', 'data-chart': 'units' });
  const first = units[0]?.stats;
  const names = HEADLINE_RATES.map((id) =>
    first === undefined ? id : `${first.rates[id].name['zh-Hans']} ${first.rates[id].name.en}`,
  );
  fill(
    body,
    chart,
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, '单位 (unit)'),
          h('th', {}, '件数 (n)'),
          ...names.map((n) => h('th', {}, n)),
        ),
      ),
      h(
        'tbody',
        {},
        ...units.map((g) => {
          const id = g.key[0]!;
          return h(
            'tr',
            { 'data-unit': id },
            h('th', {}, unitName(id)),
            h('td', { 'data-metric': 'n', 'data-count': g.stats.n }, String(g.stats.n)),
            ...HEADLINE_RATES.map((rateId) => {
              const r = g.stats.rates[rateId];
              return h('td', rateAttributes(rateId, r), formatRate(r));
            }),
          );
        }),
      ),
    ),
  );
  draw(
    chart,
    rateBars(
      units.map((g) => ({
        label: shortName(g.key[0]!),
        rates: HEADLINE_RATES.map((id) => g.stats.rates[id]),
      })),
      names,
    ),
  );
}
