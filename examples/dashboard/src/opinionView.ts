// The opinion section (群众意见): the figures of the opinions referred to the chosen unit (or of
// all), opinions by state, and the closed-loop rate of the busiest stations.

import { countBars, draw, rateBars } from './charts.js';
import { countCard, fill, h, rateCard } from './dom.js';
import type { DashboardFigures } from './figures.js';
import { labelPair } from './labels.js';

export function renderOpinions(
  body: HTMLElement,
  figures: DashboardFigures,
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
