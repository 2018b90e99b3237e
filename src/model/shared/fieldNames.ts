import type { BilingualText } from './localized.js';

/**
 * The Chinese and English names of a model's fields, keyed by property name: what validation
 * messages say instead of a bare path.
 *
 * @example
 * ```ts
 * import type { FieldNames } from 'renda';
 *
 * const names: FieldNames = { title: { 'zh-Hans': '标题', en: 'title' } };
 * ```
 * @category Validation
 */
export type FieldNames = Readonly<Record<string, BilingualText>>;

/** Field names shared by many models, so each model lists only its own. */
export const commonFieldNames: FieldNames = {
  id: { 'zh-Hans': '编号', en: 'id' },
  rulesVersion: { 'zh-Hans': '规则版本', en: 'rules version' },
  name: { 'zh-Hans': '名称', en: 'name' },
  title: { 'zh-Hans': '标题', en: 'title' },
  at: { 'zh-Hans': '发生时间', en: 'time it happened' },
  recordedAt: { 'zh-Hans': '登记时间', en: 'time recorded' },
  from: { 'zh-Hans': '起始日期', en: 'start date' },
  to: { 'zh-Hans': '终止日期', en: 'end date' },
  role: { 'zh-Hans': '角色', en: 'role' },
  actor: { 'zh-Hans': '操作者', en: 'actor' },
  onBehalfOf: { 'zh-Hans': '被代为操作者', en: 'acting for' },
  deputyId: { 'zh-Hans': '代表', en: 'deputy' },
  deputyIds: { 'zh-Hans': '代表', en: 'deputies' },
  unitId: { 'zh-Hans': '承办单位', en: 'handling unit' },
  stationId: { 'zh-Hans': '联络站点', en: 'liaison station' },
  memberId: { 'zh-Hans': '常委会组成人员', en: 'standing committee member' },
  congress: { 'zh-Hans': '所属人大', en: 'congress' },
  jurisdiction: { 'zh-Hans': '行政区划', en: 'jurisdiction' },
  level: { 'zh-Hans': '层级', en: 'level' },
  term: { 'zh-Hans': '届次', en: 'term' },
  session: { 'zh-Hans': '会次', en: 'session' },
  type: { 'zh-Hans': '类型', en: 'type' },
  kind: { 'zh-Hans': '类别', en: 'kind' },
  note: { 'zh-Hans': '备注', en: 'note' },
  notes: { 'zh-Hans': '备注', en: 'notes' },
  status: { 'zh-Hans': '状态', en: 'status' },
  state: { 'zh-Hans': '状态', en: 'state' },
  period: { 'zh-Hans': '期间', en: 'period' },
  area: { 'zh-Hans': '区域', en: 'area' },
  payload: { 'zh-Hans': '事件内容', en: 'event payload' },
  history: { 'zh-Hans': '历史记录', en: 'history' },
  historyChain: { 'zh-Hans': '历史记录哈希链', en: 'history chain' },
  algorithm: { 'zh-Hans': '摘要算法', en: 'digest algorithm' },
  digests: { 'zh-Hans': '逐条摘要', en: 'digests' },
};
