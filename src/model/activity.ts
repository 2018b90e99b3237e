import * as z from 'zod';
import { CongressSchema } from './shared/congress.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import {
  CalendarDaySchema,
  CountSchema,
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  RulesVersionSchema,
  ShortTextSchema,
} from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The kinds of activity of the "two connections" (两个联系活动类别): a standing committee member
 * contacting deputies (常委会组成人员联系代表), deputies attending a standing committee session
 * (列席常委会会议) or a special committee meeting (列席专委会会议), an inspection (视察), research
 * (调研), a law-enforcement inspection (执法检查), a special inquiry (专题询问), a symposium
 * (座谈会), a reception day (接待日 / 接待选民), a deputy group activity (代表小组活动), a hearing
 * (听证会), a TV Q&A (电视问政), a deputy contacting voters (联系选民), a consultation on draft
 * legislation (征求立法意见), or another activity (其他).
 *
 * @example
 * ```ts
 * import { ACTIVITY_KINDS } from 'renda';
 *
 * console.log(ACTIVITY_KINDS.includes('receptionDay')); // true
 * ```
 * @category Models
 */
export const ACTIVITY_KINDS = [
  'memberContact',
  'scSessionAttendance',
  'committeeAttendance',
  'inspection',
  'research',
  'lawEnforcementInspection',
  'specialInquiry',
  'symposium',
  'receptionDay',
  'groupActivity',
  'hearing',
  'tvQa',
  'voterContact',
  'legislationConsultation',
  'other',
] as const;

/** The kinds whose participants must include at least one deputy. */
const NEEDS_DEPUTY: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'memberContact',
  'scSessionAttendance',
  'committeeAttendance',
  'receptionDay',
]);

/**
 * An activity of deputy work (履职活动 / 两个联系活动): who took part, when and where, and what was
 * collected from the public.
 *
 * @remarks
 * `at` is the moment the activity started; `day` is its calendar day in the jurisdiction's zone,
 * frozen when the activity is recorded so that counts by day never depend on a zone lookup.
 *
 * Rules: a member contact needs at least one member and one deputy (`PARTICIPANTS_MISSING`);
 * attendance at a standing committee or special committee meeting needs at least one deputy
 * (`PARTICIPANTS_MISSING`); a reception day needs a station (`STATION_REQUIRED`) and at least one
 * deputy (`PARTICIPANTS_MISSING`); `endDay` is not before `day` (`END_BEFORE_START`); `recordedAt`
 * is not before `at` (`RECORDED_BEFORE_HAPPENED`).
 * @example
 * ```ts
 * import { ActivitySchema } from 'renda';
 *
 * ActivitySchema.parse({
 *   id: 'A-1',
 *   kind: 'receptionDay',
 *   at: '2025-03-15T09:00:00+08:00',
 *   day: '2025-03-15',
 *   stationId: 'ST-1',
 *   title: '三月代表接待日',
 *   participants: { memberIds: [], deputyIds: ['D-1', 'D-2'], constituents: 23 },
 *   collected: { opinions: 6 },
 *   recordedAt: '2025-03-15T12:00:00+08:00',
 * });
 * ```
 * @category Models
 */
export const ActivitySchema = /* @__PURE__ */ z
  .object({
    /** 活动编号. */
    id: IdSchema,
    /** 活动类别, one of {@link ACTIVITY_KINDS}. */
    kind: /* @__PURE__ */ z.enum(ACTIVITY_KINDS),
    /** 活动时间: when the activity started (canonical UTC out). */
    at: IsoTimestampSchema,
    /** 活动日期: the calendar day of `at` in the jurisdiction's zone, frozen at recording. */
    day: CalendarDaySchema,
    /** 结束日期: the last day of an activity that spans several days (inclusive). */
    endDay: /* @__PURE__ */ CalendarDaySchema.optional(),
    /** 所属人大: the congress whose standing committee or presidium organised it. */
    congress: /* @__PURE__ */ CongressSchema.optional(),
    /** 联络站点: the liaison station (家站点) where it took place. */
    stationId: /* @__PURE__ */ IdSchema.optional(),
    /** 代表小组: the deputy group whose activity it was. */
    groupId: /* @__PURE__ */ IdSchema.optional(),
    /** 组织单位: the committee, office or body that organised it. */
    organiserId: /* @__PURE__ */ IdSchema.optional(),
    /** 活动名称. */
    title: ShortTextSchema,
    /** 参加人员. */
    participants: /* @__PURE__ */ z.object({
      /** 常委会组成人员: the standing committee members who took part (may be empty). */
      memberIds: /* @__PURE__ */ z.array(IdSchema).max(10_000),
      /** 参加代表: the deputies who took part (may be empty). */
      deputyIds: /* @__PURE__ */ z.array(IdSchema).max(10_000),
      /** 群众人数: how many members of the public took part. */
      constituents: /* @__PURE__ */ CountSchema.optional(),
    }),
    /** 收集情况: what was collected from the public. */
    collected: /* @__PURE__ */ z
      .object({
        /** 收集意见数: the number of opinions collected. */
        opinions: CountSchema,
        /** 意见编号: the constituent opinions recorded from this activity. */
        opinionIds: /* @__PURE__ */ z.array(IdSchema).max(10_000).optional(),
      })
      .optional(),
    /** 备注. */
    note: /* @__PURE__ */ LongTextSchema.optional(),
    /** 登记时间: when the activity was recorded (canonical UTC out). */
    recordedAt: IsoTimestampSchema,
    /** 规则版本: the rules the record was made under. */
    rulesVersion: /* @__PURE__ */ RulesVersionSchema.optional(),
  })
  .check((ctx) => {
    const { kind, participants, stationId, day, endDay, at, recordedAt } = ctx.value;
    const missing = (path: string[], input: unknown, zh: string, en: string): void => {
      ctx.issues.push({
        code: 'custom',
        input,
        path,
        params: { code: 'PARTICIPANTS_MISSING', zh, en },
      });
    };
    if (kind === 'memberContact' && participants.memberIds.length === 0) {
      missing(
        ['participants', 'memberIds'],
        participants.memberIds,
        '联系代表活动至少需要一名常委会组成人员',
        'a member contact needs at least one standing committee member',
      );
    }
    if (NEEDS_DEPUTY.has(kind) && participants.deputyIds.length === 0) {
      missing(
        ['participants', 'deputyIds'],
        participants.deputyIds,
        '该类活动至少需要一名代表参加',
        'this kind of activity needs at least one deputy',
      );
    }
    if (kind === 'receptionDay' && stationId === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['stationId'],
        params: {
          code: 'STATION_REQUIRED',
          zh: '接待日活动必须注明联络站点',
          en: 'a reception day needs the liaison station',
        },
      });
    }
    if (endDay !== undefined && endDay < day) {
      ctx.issues.push({
        code: 'custom',
        input: endDay,
        path: ['endDay'],
        params: {
          code: 'END_BEFORE_START',
          zh: '结束日期不得早于活动日期',
          en: 'must not be before the day of the activity',
        },
      });
    }
    // Both timestamps are canonical UTC here, so string order is time order.
    if (recordedAt < at) {
      ctx.issues.push({
        code: 'custom',
        input: recordedAt,
        path: ['recordedAt'],
        params: {
          code: 'RECORDED_BEFORE_HAPPENED',
          zh: '登记时间不得早于活动时间',
          en: 'must not be before the activity took place',
        },
      });
    }
  });

/**
 * An activity of deputy work (履职活动); the type of {@link ActivitySchema}.
 *
 * @example
 * ```ts
 * import type { Activity } from 'renda';
 *
 * const activity: Activity = {
 *   id: 'A-2',
 *   kind: 'memberContact',
 *   at: '2025-04-02T02:00:00.000Z',
 *   day: '2025-04-02',
 *   title: '常委会组成人员走访联系代表',
 *   participants: { memberIds: ['M-1'], deputyIds: ['D-7'] },
 *   recordedAt: '2025-04-02T08:00:00.000Z',
 * };
 * ```
 * @category Models
 */
export interface Activity extends z.infer<typeof ActivitySchema> {}

/**
 * The input accepted by {@link ActivitySchema} (履职活动输入): timestamps may carry any offset.
 *
 * @example
 * ```ts
 * import type { ActivityInput } from 'renda';
 *
 * const input: ActivityInput = {
 *   id: 'A-3',
 *   kind: 'scSessionAttendance',
 *   at: '2025-06-24T09:00:00+08:00',
 *   day: '2025-06-24',
 *   title: '列席常委会第十五次会议',
 *   participants: { memberIds: [], deputyIds: ['D-3', 'D-9'] },
 *   recordedAt: '2025-06-24T18:00:00+08:00',
 * };
 * ```
 * @category Models
 */
export interface ActivityInput extends z.input<typeof ActivitySchema> {}

/**
 * The Chinese and English names of the activity's fields (履职活动字段名), used in validation
 * messages.
 *
 * @example
 * ```ts
 * import { activityFieldNames } from 'renda';
 *
 * console.log(activityFieldNames.constituents?.['zh-Hans']); // '群众人数'
 * ```
 * @category Validation
 */
export const activityFieldNames: FieldNames = {
  kind: { 'zh-Hans': '活动类别', en: 'activity kind' },
  at: { 'zh-Hans': '活动时间', en: 'time of the activity' },
  day: { 'zh-Hans': '活动日期', en: 'day of the activity' },
  endDay: { 'zh-Hans': '结束日期', en: 'last day' },
  groupId: { 'zh-Hans': '代表小组', en: 'deputy group' },
  organiserId: { 'zh-Hans': '组织单位', en: 'organiser' },
  title: { 'zh-Hans': '活动名称', en: 'title' },
  participants: { 'zh-Hans': '参加人员', en: 'participants' },
  memberIds: { 'zh-Hans': '常委会组成人员', en: 'standing committee members' },
  deputyIds: { 'zh-Hans': '参加代表', en: 'deputies' },
  constituents: { 'zh-Hans': '群众人数', en: 'number of constituents' },
  collected: { 'zh-Hans': '收集情况', en: 'what was collected' },
  opinions: { 'zh-Hans': '收集意见数', en: 'number of opinions collected' },
  opinionIds: { 'zh-Hans': '群众意见', en: 'constituent opinions' },
};

const parsers = /* @__PURE__ */ createParsers(
  ActivitySchema,
  { id: 'Activity', 'zh-Hans': '履职活动', en: 'Activity' },
  activityFieldNames,
);

/**
 * Validates an activity (履职活动), throwing a {@link RendaError} that names the field on bad
 * input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The activity, unknown keys stripped, timestamps in canonical UTC, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseActivity } from 'renda';
 *
 * const activity = parseActivity({
 *   id: 'A-1',
 *   kind: 'inspection',
 *   at: '2025-05-08T09:00:00+08:00',
 *   day: '2025-05-08',
 *   title: '视察农村公路养护',
 *   participants: { memberIds: [], deputyIds: ['D-1'] },
 *   recordedAt: '2025-05-08T17:00:00+08:00',
 * });
 * console.log(activity.at); // '2025-05-08T01:00:00.000Z'
 * ```
 * @category Validation
 */
export const parseActivity: (input: unknown) => Activity = parsers.parse;

/**
 * Validates an activity (履职活动) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseActivity } from 'renda';
 *
 * const result = safeParseActivity({
 *   id: 'A-1',
 *   kind: 'receptionDay',
 *   at: '2025-03-15T09:00:00+08:00',
 *   day: '2025-03-15',
 *   title: '接待日',
 *   participants: { memberIds: [], deputyIds: ['D-1'] },
 *   recordedAt: '2025-03-15T12:00:00+08:00',
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'STATION_REQUIRED'
 * ```
 * @category Validation
 */
export const safeParseActivity: (input: unknown) => Result<Activity, ValidationError> =
  parsers.safeParse;
