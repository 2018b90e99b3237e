// The coverage section (两个联系覆盖): each coverage result as a rate card with its shortfalls.

import { fill, h, rateCard } from './dom.js';
import type { DashboardFigures } from './figures.js';

/** Draws the coverage results. */
export function renderCoverage(body: HTMLElement, coverage: DashboardFigures['coverage']): void {
  fill(
    body,
    h(
      'p',
      { class: 'note' },
      '覆盖率按期间计算，不随承办单位筛选 (coverage follows the period, not the unit filter)。',
    ),
    h('div', { class: 'cards' }, ...coverage.map(coverageCard)),
  );
}

function coverageCard(result: DashboardFigures['coverage'][number]): HTMLElement {
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
