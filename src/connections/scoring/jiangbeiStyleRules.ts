import { defineScoringRules, type ScoringRules } from './defineScoringRules.js';

/**
 * An EXAMPLE per-item scheme modelled on Jiangbei, Chongqing (江北式逐项积分，示例): a suggestion
 * earns 3 points, an inspection or research trip 3, each half-day of leave costs 1. Adapt it
 * before use.
 *
 * @remarks
 * The published scheme (Sources §7) has 11 items; the sources give these three, which are all this
 * example holds. Each half-day of leave is one `sessionAbsence` record with `excused: true`.
 * Base 0, no cap, no bands (low scorers are interviewed; scores are shown to voters at
 * re-election). `example: true` marks it as an example.
 *
 * @example
 * ```ts
 * import { jiangbeiStyleRules } from 'renda';
 *
 * console.log(jiangbeiStyleRules.items.map((item) => item.points)); // [3, 3]
 * ```
 * @category Metrics
 */
export const jiangbeiStyleRules: ScoringRules = /* @__PURE__ */ defineScoringRules({
  id: 'jiangbei-style-example',
  version: 1,
  name: { 'zh-Hans': '逐项积分（仿江北，示例）', en: 'Per-item points (Jiangbei style, example)' },
  base: 0,
  items: [
    { id: 'suggestion', kind: 'suggestionSubmitted', source: 'record', points: 3 },
    { id: 'inspectionOrResearch', kind: ['inspection', 'research'], source: 'activity', points: 3 },
  ],
  penalties: [{ id: 'leaveHalfDay', kind: 'sessionAbsence', excused: true, points: 1 }],
  cap: null,
  bands: [],
  period: 'year',
  example: true,
});
