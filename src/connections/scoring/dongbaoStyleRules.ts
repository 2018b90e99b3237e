import { defineScoringRules, type ScoringRules } from './defineScoringRules.js';

/**
 * An EXAMPLE open-ended scheme modelled on Dongbao, Jingmen (东宝式基础分加积分，示例): 60 base
 * points a year plus points for duties, with no cap. Adapt it before use.
 *
 * @remarks
 * The published scheme (Sources §7) gives 60 base points for basic conduct, adds points for required
 * and extra duties with no cap, publishes scores quarterly, commends the top three years running
 * and talks to the bottom two years running. It has no grade bands: it ranks. The per-item points
 * below are illustrative: session attendance 2, suggestion 2, motion 4, inspection, research and
 * law-enforcement inspection 2 each (activities), reception day 2 and voter contact 1
 * (activities), training 2, duty report 5, award 5; minus 5 per unexcused absence and 10 per
 * `penalty` record. `example: true` marks it as an example.
 *
 * @example
 * ```ts
 * import { dongbaoStyleRules } from 'renda';
 *
 * console.log(dongbaoStyleRules.base, dongbaoStyleRules.cap); // 60 null
 * ```
 * @category Metrics
 */
export const dongbaoStyleRules: ScoringRules = /* @__PURE__ */ defineScoringRules({
  id: 'dongbao-style-example',
  version: 1,
  name: {
    'zh-Hans': '基础分加履职积分（仿东宝，示例）',
    en: 'Base plus duty points (Dongbao style, example)',
  },
  base: 60,
  items: [
    { kind: 'sessionAttendance', source: 'record', points: 2 },
    { kind: 'suggestionSubmitted', source: 'record', points: 2 },
    { kind: 'motionSubmitted', source: 'record', points: 4 },
    {
      id: 'inspection',
      kind: ['inspection', 'research', 'lawEnforcementInspection'],
      source: 'activity',
      points: 2,
    },
    { kind: 'receptionDay', source: 'activity', points: 2 },
    { kind: 'voterContact', source: 'activity', points: 1 },
    { kind: 'training', source: 'record', points: 2 },
    { kind: 'dutyReport', source: 'record', points: 5 },
    { kind: 'award', source: 'record', points: 5 },
  ],
  penalties: [
    { id: 'unexcusedAbsence', kind: 'sessionAbsence', excused: false, points: 5 },
    { kind: 'penalty', source: 'record', points: 10 },
  ],
  cap: null,
  bands: [],
  period: 'year',
  example: true,
});
