import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import {
  CalendarDaySchema,
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  ShortTextSchema,
} from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';
import { SupervisionLeadSchema } from './supervisionLead.js';

/**
 * The milestones of a key-item plan (重点督办节点): the council designates the items
 * (确定重点督办建议), the units draw up their handling plans (制定办理方案), supervision runs over
 * a window (督办期, e.g. June–October), the supervisors sum up (督办总结), a survey (调查) and a
 * satisfaction vote (满意度测评, e.g. November) follow, and the government reports to the
 * standing committee (向常委会报告, e.g. December).
 *
 * @example
 * ```ts
 * import { KEY_ITEM_MILESTONE_KINDS } from 'renda';
 *
 * console.log(KEY_ITEM_MILESTONE_KINDS.includes('satisfactionVote')); // true
 * ```
 * @category Models
 */
export const KEY_ITEM_MILESTONE_KINDS = [
  'designation',
  'handlingPlan',
  'supervisionPeriod',
  'summary',
  'survey',
  'satisfactionVote',
  'report',
  'other',
] as const;

/**
 * Where a milestone stands as of a day (节点状态), as `keyItemPlanStatus` judges it: not yet due
 * (未到期), a window under way (进行中), due soon (即将到期), overdue (已逾期), met on time
 * (按期完成) or met late (逾期完成).
 *
 * @example
 * ```ts
 * import { KEY_ITEM_MILESTONE_STATUSES } from 'renda';
 *
 * console.log(KEY_ITEM_MILESTONE_STATUSES.at(-1)); // 'metLate'
 * ```
 * @category Models
 */
export const KEY_ITEM_MILESTONE_STATUSES = [
  'upcoming',
  'underway',
  'dueSoon',
  'overdue',
  'metOnTime',
  'metLate',
] as const;

/**
 * A milestone's status (节点状态), one of {@link KEY_ITEM_MILESTONE_STATUSES}.
 *
 * @example
 * ```ts
 * import type { KeyItemMilestoneStatus } from 'renda';
 *
 * const status: KeyItemMilestoneStatus = 'metOnTime';
 * ```
 * @category Models
 */
export type KeyItemMilestoneStatus = (typeof KEY_ITEM_MILESTONE_STATUSES)[number];

/**
 * One key item of a plan (重点督办事项): a topic, the suggestions it groups, the lead units and
 * who leads its supervision.
 *
 * @example
 * ```ts
 * import { KeyItemPlanItemSchema } from 'renda';
 *
 * KeyItemPlanItemSchema.parse({
 *   id: 'K-1', topic: '农村道路养护', suggestionIds: ['S-12', 'S-40'],
 *   leads: [{ kind: 'specialCommittee', bodyId: 'C-URBAN' }],
 * });
 * ```
 * @category Models
 */
export const KeyItemPlanItemSchema = /* @__PURE__ */ z.object({
  /** 事项编号. */
  id: IdSchema,
  /** 督办专题. */
  topic: ShortTextSchema,
  /** 所含建议: the suggestions (or motions) supervised under this item. */
  suggestionIds: /* @__PURE__ */ z.array(IdSchema).min(1).max(10_000),
  /** 牵头承办单位. */
  leadUnitIds: /* @__PURE__ */ z.array(IdSchema).max(100).optional(),
  /** 督办领办安排. */
  leads: /* @__PURE__ */ z.array(SupervisionLeadSchema).max(100),
});

/**
 * One key item of a plan (重点督办事项); the type of {@link KeyItemPlanItemSchema}.
 *
 * @example
 * ```ts
 * import type { KeyItemPlanItem } from 'renda';
 *
 * const size = (item: KeyItemPlanItem) => item.suggestionIds.length;
 * ```
 * @category Models
 */
export interface KeyItemPlanItem extends z.infer<typeof KeyItemPlanItemSchema> {}

/**
 * One milestone of a key-item plan (重点督办节点): its kind, its due day (a civil day in the plan's
 * time zone, inclusive), for a window its first day, the items it concerns, and when it was met.
 *
 * @example
 * ```ts
 * import { KeyItemMilestoneSchema } from 'renda';
 *
 * KeyItemMilestoneSchema.parse({
 *   id: 'M-SUP', kind: 'supervisionPeriod', startDay: '2025-06-01', dueDay: '2025-10-31',
 * });
 * ```
 * @category Models
 */
export const KeyItemMilestoneSchema = /* @__PURE__ */ z.object({
  /** 节点编号. */
  id: IdSchema,
  /** 节点类别, one of {@link KEY_ITEM_MILESTONE_KINDS}. */
  kind: /* @__PURE__ */ z.enum(KEY_ITEM_MILESTONE_KINDS),
  /** 节点名称, e.g. 11月满意度测评. */
  name: /* @__PURE__ */ ShortTextSchema.optional(),
  /** 开始日期: the first day of a window such as the supervision period. */
  startDay: /* @__PURE__ */ CalendarDaySchema.optional(),
  /** 完成时限: the last day to meet it, inclusive, in the plan's time zone. */
  dueDay: CalendarDaySchema,
  /** 所涉事项: ids of the plan's items; absent when it concerns the whole plan. */
  itemIds: /* @__PURE__ */ z.array(IdSchema).min(1).max(10_000).optional(),
  /** 完成时间. */
  doneAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
  /** 备注. */
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

/**
 * One milestone of a key-item plan (重点督办节点); the type of {@link KeyItemMilestoneSchema}.
 *
 * @example
 * ```ts
 * import type { KeyItemMilestone } from 'renda';
 *
 * const met = (m: KeyItemMilestone) => m.doneAt !== undefined;
 * ```
 * @category Models
 */
export interface KeyItemMilestone extends z.infer<typeof KeyItemMilestoneSchema> {}

type IssuePath = (string | number)[];

/**
 * A year's plan of key items (年度重点督办计划): the items, who leads each one's supervision, and
 * the milestones on the calendar, in the plan's own time zone.
 *
 * @remarks
 * The time zone is stored on the plan, so a later change of policy never re-judges its
 * milestones (facts are frozen when they happen); it is checked when a status is computed.
 *
 * Rules: item ids are unique (`DUPLICATE_ITEM`), a suggestion belongs to one item at most
 * (`DUPLICATE_SUGGESTION`), milestone ids are unique (`DUPLICATE_MILESTONE`), a milestone names
 * only items of the plan (`UNKNOWN_ITEM`), and a window starts on or before its due day
 * (`START_AFTER_DUE`).
 * @example
 * ```ts
 * import { KeyItemPlanSchema } from 'renda';
 *
 * KeyItemPlanSchema.parse({
 *   id: 'P-2025', year: 2025, timeZone: 'Asia/Shanghai', designatedBy: '主任会议',
 *   items: [{
 *     id: 'K-1', topic: '农村道路养护', suggestionIds: ['S-12'],
 *     leads: [{ kind: 'leadingOfficial', leaders: [{ name: '张三' }] }],
 *   }],
 *   milestones: [
 *     { id: 'M-SUP', kind: 'supervisionPeriod', startDay: '2025-06-01', dueDay: '2025-10-31' },
 *     { id: 'M-VOTE', kind: 'satisfactionVote', dueDay: '2025-11-30' },
 *     { id: 'M-REPORT', kind: 'report', dueDay: '2025-12-31' },
 *   ],
 * });
 * ```
 * @category Models
 */
export const KeyItemPlanSchema = /* @__PURE__ */ z
  .object({
    /** 计划编号. */
    id: IdSchema,
    /** 年度. */
    year: /* @__PURE__ */ z.number().int().min(1).max(9999),
    /** 时区: the IANA zone its days are counted in, e.g. Asia/Shanghai. */
    timeZone: /* @__PURE__ */ z.string().trim().min(1).max(64),
    /** 确定机构, e.g. 主任会议. */
    designatedBy: /* @__PURE__ */ ShortTextSchema.optional(),
    /** 确定日期. */
    designatedOn: /* @__PURE__ */ CalendarDaySchema.optional(),
    /** 重点督办事项. */
    items: /* @__PURE__ */ z.array(KeyItemPlanItemSchema).max(10_000),
    /** 时间节点. */
    milestones: /* @__PURE__ */ z.array(KeyItemMilestoneSchema).max(1_000),
  })
  .check((ctx) => {
    const { items, milestones } = ctx.value;
    const push = (path: IssuePath, input: unknown, code: string, zh: string, en: string): void => {
      ctx.issues.push({ code: 'custom', input, path, params: { code, zh, en } });
    };
    const itemIds = new Set<string>();
    const suggestions = new Set<string>();
    items.forEach((item, i) => {
      if (itemIds.has(item.id)) {
        push(
          ['items', i, 'id'],
          item.id,
          'DUPLICATE_ITEM',
          '事项编号重复',
          'appears more than once',
        );
      }
      itemIds.add(item.id);
      item.suggestionIds.forEach((id, j) => {
        if (suggestions.has(id)) {
          push(
            ['items', i, 'suggestionIds', j],
            id,
            'DUPLICATE_SUGGESTION',
            '同一建议只能列入一个重点督办事项',
            'is already in another key item (or twice in this one)',
          );
        }
        suggestions.add(id);
      });
    });
    const milestoneIds = new Set<string>();
    milestones.forEach((milestone, i) => {
      if (milestoneIds.has(milestone.id)) {
        push(
          ['milestones', i, 'id'],
          milestone.id,
          'DUPLICATE_MILESTONE',
          '节点编号重复',
          'appears more than once',
        );
      }
      milestoneIds.add(milestone.id);
      // Both are YYYY-MM-DD, so string order is day order.
      if (milestone.startDay !== undefined && milestone.startDay > milestone.dueDay) {
        push(
          ['milestones', i, 'startDay'],
          milestone.startDay,
          'START_AFTER_DUE',
          '开始日期不得晚于完成时限',
          'must not be after the due day',
        );
      }
      milestone.itemIds?.forEach((id, j) => {
        if (!itemIds.has(id)) {
          push(
            ['milestones', i, 'itemIds', j],
            id,
            'UNKNOWN_ITEM',
            '不是本计划的重点督办事项',
            'is not an item of this plan',
          );
        }
      });
    });
  });

/**
 * A year's plan of key items (年度重点督办计划); the type of {@link KeyItemPlanSchema}.
 *
 * @example
 * ```ts
 * import type { KeyItemPlan } from 'renda';
 *
 * const suggestionsIn = (plan: KeyItemPlan) => plan.items.flatMap((item) => item.suggestionIds);
 * ```
 * @category Models
 */
export interface KeyItemPlan extends z.infer<typeof KeyItemPlanSchema> {}

/**
 * The input accepted by {@link KeyItemPlanSchema} (年度重点督办计划输入).
 *
 * @example
 * ```ts
 * import type { KeyItemPlanInput } from 'renda';
 *
 * const input: KeyItemPlanInput = {
 *   id: 'P-2025', year: 2025, timeZone: 'Asia/Shanghai', items: [], milestones: [],
 * };
 * ```
 * @category Models
 */
export interface KeyItemPlanInput extends z.input<typeof KeyItemPlanSchema> {}

/**
 * The Chinese and English names of a key-item plan's fields (重点督办计划字段名), used in
 * validation messages.
 *
 * @example
 * ```ts
 * import { keyItemPlanFieldNames } from 'renda';
 *
 * console.log(keyItemPlanFieldNames.dueDay?.['zh-Hans']); // '完成时限'
 * ```
 * @category Validation
 */
export const keyItemPlanFieldNames: FieldNames = {
  year: { 'zh-Hans': '年度', en: 'year' },
  timeZone: { 'zh-Hans': '时区', en: 'time zone' },
  designatedBy: { 'zh-Hans': '确定机构', en: 'designating body' },
  designatedOn: { 'zh-Hans': '确定日期', en: 'day designated' },
  items: { 'zh-Hans': '重点督办事项', en: 'key items' },
  topic: { 'zh-Hans': '督办专题', en: 'topic' },
  suggestionIds: { 'zh-Hans': '所含建议', en: 'suggestions' },
  leadUnitIds: { 'zh-Hans': '牵头承办单位', en: 'lead units' },
  leads: { 'zh-Hans': '督办领办安排', en: 'supervision leads' },
  bodyId: { 'zh-Hans': '督办领办机构', en: 'leading body' },
  leaders: { 'zh-Hans': '领衔、领办人员', en: 'leaders' },
  milestones: { 'zh-Hans': '时间节点', en: 'milestones' },
  startDay: { 'zh-Hans': '开始日期', en: 'start day' },
  dueDay: { 'zh-Hans': '完成时限', en: 'due day' },
  itemIds: { 'zh-Hans': '所涉事项', en: 'items concerned' },
  doneAt: { 'zh-Hans': '完成时间', en: 'time met' },
};

const parsers = /* @__PURE__ */ createParsers(
  KeyItemPlanSchema,
  { id: 'KeyItemPlan', 'zh-Hans': '重点督办计划', en: 'Key-item plan' },
  keyItemPlanFieldNames,
);

/**
 * Validates a year's plan of key items (年度重点督办计划), throwing a {@link RendaError} that names
 * the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The plan, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseKeyItemPlan } from 'renda';
 *
 * const plan = parseKeyItemPlan({
 *   id: 'P-2025', year: 2025, timeZone: 'Asia/Shanghai', items: [],
 *   milestones: [{ id: 'M-REPORT', kind: 'report', dueDay: '2025-12-31' }],
 * });
 * console.log(plan.milestones.length); // 1
 * ```
 * @category Validation
 */
export const parseKeyItemPlan: (input: unknown) => KeyItemPlan = parsers.parse;

/**
 * Validates a year's plan of key items (年度重点督办计划) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseKeyItemPlan } from 'renda';
 *
 * const result = safeParseKeyItemPlan({
 *   id: 'P-2025', year: 2025, timeZone: 'Asia/Shanghai', items: [],
 *   milestones: [{ id: 'M-1', kind: 'survey', dueDay: '2025-11-30', itemIds: ['K-9'] }],
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'UNKNOWN_ITEM'
 * ```
 * @category Validation
 */
export const safeParseKeyItemPlan: (input: unknown) => Result<KeyItemPlan, ValidationError> =
  parsers.safeParse;
