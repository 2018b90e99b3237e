import { defineScoringRules, type ScoringRules } from './defineScoringRules.js';

/**
 * An EXAMPLE 100-point scheme modelled on Yinchuan's deputy evaluation (银川式百分制履职评价，示例):
 * ≥ 80 good (好), 60–79 fairly good (较好), < 60 poor (差). Adapt it before use.
 *
 * @remarks
 * The published scheme (Sources §7) spreads 100 points over training, attendance, inspections,
 * public contact, suggestions and conduct, with bands at 80 and 60; its point table was not in the
 * sources, so the split below is illustrative:
 *
 * | Item | Points | Cap |
 * |---|---|---|
 * | conduct (遵纪守法), base | 10 | |
 * | training (`training` records) | 5 each | 10 |
 * | session attendance (`sessionAttendance` records) | 10 each | 20 |
 * | inspection and research (activities) | 4 each | 20 |
 * | public contact (`receptionDay`, `voterContact` activities) | 2 each | 20 |
 * | suggestions and motions (records) | 5 each | 20 |
 * | penalty: unexcused absence (`sessionAbsence`, `excused: false`) | −10 each | |
 * | penalty: `penalty` records | −10 each | |
 *
 * Total capped at 100, floored at 0. `example: true` marks it as an example.
 *
 * @example
 * ```ts
 * import { yinchuanStyleRules } from 'renda';
 *
 * console.log(yinchuanStyleRules.cap, yinchuanStyleRules.example); // 100 true
 * ```
 * @category Metrics
 */
export const yinchuanStyleRules: ScoringRules = /* @__PURE__ */ defineScoringRules({
  id: 'yinchuan-style-example',
  version: 1,
  name: {
    'zh-Hans': '百分制履职评价（仿银川，示例）',
    en: '100-point evaluation (Yinchuan style, example)',
  },
  base: 10,
  items: [
    {
      id: 'training',
      label: { 'zh-Hans': '学习培训', en: 'Training' },
      kind: 'training',
      source: 'record',
      points: 5,
      cap: 10,
    },
    {
      id: 'attendance',
      label: { 'zh-Hans': '出席会议', en: 'Session attendance' },
      kind: 'sessionAttendance',
      source: 'record',
      points: 10,
      cap: 20,
    },
    {
      id: 'inspection',
      label: { 'zh-Hans': '视察调研', en: 'Inspections and research' },
      kind: ['inspection', 'research', 'lawEnforcementInspection', 'specialInquiry'],
      source: 'activity',
      points: 4,
      cap: 20,
    },
    {
      id: 'publicContact',
      label: { 'zh-Hans': '联系群众', en: 'Contact with the public' },
      kind: ['receptionDay', 'voterContact'],
      source: 'activity',
      points: 2,
      cap: 20,
    },
    {
      id: 'suggestions',
      label: { 'zh-Hans': '提出建议议案', en: 'Suggestions and motions' },
      kind: ['suggestionSubmitted', 'motionSubmitted'],
      source: 'record',
      points: 5,
      cap: 20,
    },
  ],
  penalties: [
    {
      id: 'unexcusedAbsence',
      label: { 'zh-Hans': '无故缺席会议', en: 'Unexcused absence' },
      kind: 'sessionAbsence',
      excused: false,
      points: 10,
    },
    {
      id: 'penalty',
      label: { 'zh-Hans': '违纪违规', en: 'Misconduct' },
      kind: 'penalty',
      source: 'record',
      points: 10,
    },
  ],
  cap: 100,
  floor: 0,
  bands: [
    { min: 80, grade: { 'zh-Hans': '好', en: 'Good' } },
    { min: 60, grade: { 'zh-Hans': '较好', en: 'Fairly good' } },
    { min: null, grade: { 'zh-Hans': '差', en: 'Poor' } },
  ],
  period: 'year',
  example: true,
});
