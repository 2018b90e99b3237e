// The dashboard page (数据看板): the sample's suggestion dashboard, opinion figures and coverage,
// filtered by handling unit and period, with charts and the workflow diagrams.
//
// What a test reads (kept stable): `body[data-ready]` once figures are drawn (`data-renders`
// counts the drawings); the filters `#filter-unit` and `#filter-period` (with `#filter-from` and
// `#filter-to` when the period is 'range'); the period drawn, in
// `#period-note[data-from][data-to]`; in each `section[data-figures=…]`, every figure as
// `[data-metric="<metric id>"]` carrying `data-numerator`, `data-denominator` and `data-value`
// (rates) or `data-count` (counts), and per unit `tr[data-unit="<unit id>"]`; charts as
// `[data-chart]`; diagrams as `figure[data-diagram]`.
import './style.css';
import { generateSample, type SampleSize } from 'renda/testing';
import { resizeCharts } from './charts.js';
import { renderCoverage } from './coverageView.js';
import { diagramsSection } from './diagrams.js';
import { fill, h, section } from './dom.js';
import { dashboardFigures, type Filters } from './figures.js';
import { UNASSIGNED } from './labels.js';
import { renderOpinions } from './opinionView.js';
import { periodChoices } from './period.js';
import { renderSuggestions, renderUnits } from './suggestionView.js';

/** The period filter's value for a date range of the user's own. */
const CUSTOM = 'range';

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
    renderCoverage(coverageBody, figures.coverage);
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

// Let the page paint its loading line before the sample is generated.
requestAnimationFrame(() => setTimeout(start, 0));
