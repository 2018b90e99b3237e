// The dashboard page (数据看板): the sample's suggestion dashboard, opinion figures and coverage,
// filtered by handling unit and period, with charts and the workflow diagrams.
//
// What a test reads (kept stable): `body[data-ready]` once figures are drawn (`data-renders`
// counts the drawings); the filters `#filter-unit` and `#filter-period` (with `#filter-from` and
// `#filter-to` when the period is 'range'), the period drawn in `#period-note[data-from][data-to]`; in each
// `section[data-figures=…]`, every figure as `[data-metric="<metric id>"]` carrying
// `data-numerator`, `data-denominator` and `data-value` (rates) or `data-count` (counts), and per
// unit `tr[data-unit="<unit id>"]`; charts as `[data-chart]`; diagrams as `figure[data-diagram]`.
import './style.css';
import {
  formatRate,
  labels,
  SUGGESTION_RATE_IDS,
  type SuggestionRateId,
  type SuggestionStats,
} from 'renda';
import { generateSample, type SampleSize } from 'renda/testing';
import { countBars, countPie, draw, monthlyTrend, rateBars, resizeCharts } from './charts.js';
import { diagramsSection } from './diagrams.js';
import { countCard, fill, h, rateAttributes, rateCard, section } from './dom.js';
import { dashboardFigures, type Filters } from './figures.js';
import { periodChoices } from './period.js';

const UNASSIGNED = '(unassigned)';
/** The period filter's value for a date range of the user's own. */
const CUSTOM = 'range';
const zh = labels('zh-Hans');
const en = labels('en');

/** A label of one enumeration value in Chinese with the English gloss, or the raw value. */
function labelPair(group: 'suggestionState' | 'opinionState', value: string): string {
  const z = (zh[group] as Readonly<Record<string, string>>)[value];
  const e = (en[group] as Readonly<Record<string, string>>)[value];
  return z === undefined ? value : `${z} ${e ?? ''}`.trim();
}

/** The rates shown first beside the counts, and per unit in the table and chart. */
const HEADLINE_RATES: readonly SuggestionRateId[] = [
  'replyRate',
  'onTimeReplyRate',
  'satisfactionRate',
];

const SIZES: readonly string[] = ['town', 'county', 'city'];

function sampleSize(): SampleSize {
  const asked = new URLSearchParams(location.search).get('size') ?? 'county';
  return (SIZES.includes(asked) ? asked : 'county') as SampleSize;
}

const app = document.getElementById('app')!;

function start(): void {
  const size = sampleSize();
  const started = performance.now();
  const sample = generateSample({ seed: 1, size });
  const generatedMs = Math.round(performance.now() - started);
  const unitNames = new Map(sample.units.map((u) => [u.id, u.name]));
  unitNames.set(UNASSIGNED, '未交办');
  const stationNames = new Map(sample.stations.map((s) => [s.id, s.name]));
  const shortName = (id: string): string => unitNames.get(id) ?? id;
  // A unit's name with its id, as the filter and the table show it.
  const unitName = (id: string): string =>
    id === UNASSIGNED ? '未交办 (unassigned)' : `${unitNames.get(id) ?? id} (${id})`;

  // The units offered by the filter: every unit that leads at least one of the sample's items.
  const unitIds = [
    ...new Set(
      dashboardFigures(sample, {
        unit: '',
        period: periodChoices(sample.year)[0]!.range,
      }).units.map((g) => g.key[0]!),
    ),
  ];
  const periods = periodChoices(sample.year);
  const unitSelect = h(
    'select',
    { id: 'filter-unit' },
    h('option', { value: '' }, '全部单位 (all units)'),
    ...unitIds.map((id) => h('option', { value: id }, unitName(id))),
  );
  const periodSelect = h(
    'select',
    { id: 'filter-period' },
    ...periods.map((p) => h('option', { value: p.value }, p.label)),
    h('option', { value: CUSTOM }, '自定义起止日期 (date range)'),
  );
  // A date range of the user's own, both days inclusive: shown when 'date range' is chosen.
  const year = periods[0]!.range;
  const fromInput = h('input', { type: 'date', id: 'filter-from', value: year.from });
  const toInput = h('input', { type: 'date', id: 'filter-to', value: year.to });
  const rangeInputs = h('span', { class: 'range', hidden: '' }, fromInput, ' – ', toInput);

  const suggestionBody = h('div');
  const unitsBody = h('div');
  const opinionBody = h('div');
  const coverageBody = h('div');
  const periodNote = h('p', { class: 'note', id: 'period-note' });

  fill(
    app,
    h(
      'header',
      {},
      h('h1', {}, '代表建议办理数据看板', h('small', {}, 'Deputy suggestion dashboard')),
      h(
        'p',
        { class: 'note' },
        `示例数据 (synthetic sample): generateSample({ seed: 1, size: '${size}' })，` +
          `${sample.suggestions.length} 件建议、${sample.opinions.length} 条群众意见、` +
          `${sample.deputies.length} 名代表；统计时点 (asOf) ${sample.asOf}；` +
          `口径 (policy) ${sample.policy.id} v${sample.policy.version}；` +
          `生成用时 (generated in) ${generatedMs} ms。`,
      ),
      h(
        'div',
        { class: 'filters' },
        h('label', {}, '承办单位 (handling unit) ', unitSelect),
        h('label', {}, '统计期间 (period) ', periodSelect),
        rangeInputs,
      ),
      periodNote,
    ),
    section('suggestion', '建议办理', 'Suggestions: suggestionStats', suggestionBody),
    section('units', '按承办单位', 'By lead unit: groupBy byLeadUnit', unitsBody),
    section('opinion', '群众意见', 'Constituent opinions: opinionStats', opinionBody),
    section('coverage', '两个联系覆盖', 'Coverage: coverage… functions', coverageBody),
    diagramsSection(),
  );

  let renders = 0;
  const render = (): void => {
    const custom = periodSelect.value === CUSTOM;
    rangeInputs.hidden = !custom;
    const range = custom
      ? { from: fromInput.value, to: toInput.value }
      : (periods.find((p) => p.value === periodSelect.value) ?? periods[0]!).range;
    // An empty or reversed range is not a period: say so and keep the figures drawn last.
    if (range.from === '' || range.to === '' || range.from > range.to) {
      fill(periodNote, '请选择有效的起止日期 (choose a start day on or before the end day)。');
      return;
    }
    const filters: Filters = { unit: unitSelect.value, period: range };
    const figures = dashboardFigures(sample, filters);
    fill(
      periodNote,
      `期间 (period) ${range.from} – ${range.to}：建议按交办日、群众意见按收到日筛选` +
        ' (suggestions by day of assignment, opinions by day received)。',
    );
    periodNote.dataset.from = range.from;
    periodNote.dataset.to = range.to;
    renderSuggestions(suggestionBody, figures.suggestions, figures.months);
    renderUnits(unitsBody, figures.units, unitName, shortName);
    renderOpinions(opinionBody, figures, stationNames, filters.unit);
    fill(
      coverageBody,
      h(
        'p',
        { class: 'note' },
        '覆盖率按期间计算，不随承办单位筛选 (coverage follows the period, not the unit filter)。',
      ),
      h('div', { class: 'cards' }, ...figures.coverage.map(coverageCard)),
    );
    renders += 1;
    document.body.dataset.renders = String(renders);
    document.body.dataset.ready = 'true';
  };
  unitSelect.addEventListener('change', render);
  periodSelect.addEventListener('change', render);
  fromInput.addEventListener('change', render);
  toInput.addEventListener('change', render);
  window.addEventListener('resize', resizeCharts);
  render();
}

function renderSuggestions(
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

function renderUnits(
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

function renderOpinions(
  body: HTMLElement,
  figures: ReturnType<typeof dashboardFigures>,
  stationNames: ReadonlyMap<string, string>,
  unit: string,
): void {
  const stats = figures.opinions;
  if (stats === undefined) {
    fill(
      body,
      h(
        'p',
        { class: 'empty' },
        '本期没有交该单位办理的群众意见 (no opinions referred to this unit in the period)。',
      ),
    );
    return;
  }
  const stateChart = h('div', { class: 'chart', 'data-chart': 'opinionStates' });
  const stationChart = h('div', { class: 'chart', 'data-chart': 'stations' });
  const stations = [...figures.stations]
    .sort((a, b) => b.stats.n - a.stats.n || (a.key[0]! < b.key[0]! ? -1 : 1))
    .slice(0, 12);
  const closed = stations[0]?.stats.rates.closedLoopRate.name;
  fill(
    body,
    h(
      'p',
      { class: 'note' },
      unit === ''
        ? '全部群众意见 (all opinions)。'
        : '交该单位办理的群众意见 (opinions referred to this unit: groupBy byHandlingUnit)。',
    ),
    h(
      'div',
      { class: 'cards' },
      countCard('n', '群众意见', 'opinions', stats.n),
      countCard('peopleReceived', '接待群众人次', 'people received', stats.peopleReceived.total),
      ...Object.values(stats.rates).map(rateCard),
    ),
    h(
      'div',
      { class: 'charts' },
      h('figure', {}, h('figcaption', {}, '按状态 (by state)'), stateChart),
      h(
        'figure',
        {},
        h('figcaption', {}, '联络站意见件数前12 (stations with most opinions, all units)'),
        stationChart,
      ),
    ),
  );
  draw(
    stateChart,
    countBars(
      Object.entries(stats.byState).map(([state, value]) => ({
        name: labelPair('opinionState', state),
        value,
      })),
      '件数 opinions',
    ),
  );
  draw(
    stationChart,
    rateBars(
      stations.map((g) => ({
        label:
          g.key[0] === '(none)' ? '无联络站 (none)' : (stationNames.get(g.key[0]!) ?? g.key[0]!),
        rates: [g.stats.rates.closedLoopRate],
      })),
      [closed === undefined ? 'closedLoopRate' : `${closed['zh-Hans']} ${closed.en}`],
    ),
  );
}

function coverageCard(
  result: ReturnType<typeof dashboardFigures>['coverage'][number],
): HTMLElement {
  const card = rateCard({
    ...result.rate,
    id: result.id,
    name: result.name,
    formula: result.formula,
  });
  card.append(
    h(
      'p',
      { class: 'shortfalls', 'data-shortfalls': result.shortfalls.length },
      `未达标 (short of the target): ${result.shortfalls.length}`,
    ),
  );
  return card;
}

// Let the page paint its loading line before the sample is generated.
requestAnimationFrame(() => setTimeout(start, 0));
