import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { DateRangeSchema, IdSchema, ShortTextSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The kinds of liaison venue (家站点): a deputies' home (代表之家), a liaison station (代表联络站),
 * a contact point (联络点), a deputy group's activity room (代表小组活动室) and an online station
 * (网上联络站).
 *
 * @example
 * ```ts
 * import { STATION_KINDS } from 'renda';
 *
 * console.log(STATION_KINDS); // ['home', 'station', 'point', 'groupRoom', 'online']
 * ```
 * @category Models
 */
export const STATION_KINDS = ['home', 'station', 'point', 'groupRoom', 'online'] as const;

/**
 * The tiers of a station hierarchy (站点层级): a city main station (总站), a county or township
 * central station (中心站), and a basic station (站 / 点) under them.
 *
 * @example
 * ```ts
 * import { STATION_TIERS } from 'renda';
 *
 * console.log(STATION_TIERS); // ['main', 'central', 'basic']
 * ```
 * @category Models
 */
export const STATION_TIERS = ['main', 'central', 'basic'] as const;

/**
 * How reception days recur (接待日安排): every week on a weekday (每周), on fixed days of every
 * month (每月固定日), or on one day of every odd month (单月).
 *
 * @example
 * ```ts
 * import { RECEPTION_SCHEDULE_KINDS } from 'renda';
 *
 * console.log(RECEPTION_SCHEDULE_KINDS); // ['weekly', 'monthlyDays', 'oddMonths']
 * ```
 * @category Models
 */
export const RECEPTION_SCHEDULE_KINDS = ['weekly', 'monthlyDays', 'oddMonths'] as const;

const DayOfMonthSchema = /* @__PURE__ */ z.number().int().min(1).max(31);
const NoticeDaysSchema = /* @__PURE__ */ z.number().int().min(0).max(60).optional();

/** Whether two inclusive day ranges share at least one day; an absent `to` is open-ended. */
function overlaps(
  a: { readonly from: string; readonly to?: string | undefined },
  b: { readonly from: string; readonly to?: string | undefined },
): boolean {
  return (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
}

/**
 * A liaison venue (家站点): a deputies' home, liaison station, contact point, group room or
 * online station, where deputies of several levels enrol (进站) and receive constituents.
 *
 * @remarks
 * Rules checked across fields:
 * - `AREA_REQUIRED`: every venue but an online station names the township or street it serves.
 * - `ONLINE_STATION_ADDRESS`: an online station has no street address.
 * - `PARENT_IS_SELF`: `parentId` names the station itself.
 * - `DUPLICATE_ENROLMENT`: the same deputy is enrolled twice with overlapping dates.
 * - `END_BEFORE_START`: `active.to` or an enrolment's `to` is before its `from`.
 *
 * Reception-day `day` values are 1–31; a month without that day has no reception day that
 * month. Extend it with `LiaisonStationSchema.safeExtend({ … })` to keep the rules.
 * @example
 * ```ts
 * import { LiaisonStationSchema } from 'renda';
 *
 * LiaisonStationSchema.parse({
 *   id: 'S-TX',
 *   name: '塘下镇人大代表联络站',
 *   kind: 'station',
 *   tier: 'central',
 *   area: { code: '330381102', name: '塘下镇' },
 *   enrolments: [{ deputyId: 'D-0001', from: '2022-01-01' }],
 *   receptionSchedule: { kind: 'oddMonths', day: 15, noticeDays: 3 },
 *   active: { from: '2019-06-01' },
 * });
 * ```
 * @category Models
 */
export const LiaisonStationSchema = /* @__PURE__ */ z
  .object({
    /** 站点编号. */
    id: IdSchema,
    /** 站点名称. */
    name: ShortTextSchema,
    /** 站点类别: 代表之家 / 代表联络站 / 联络点 / 代表小组活动室 / 网上联络站. */
    kind: /* @__PURE__ */ z.enum(STATION_KINDS),
    /** 站点层级: 总站 / 中心站 / 基层站点. */
    tier: /* @__PURE__ */ z.enum(STATION_TIERS).optional(),
    /** 上级站点: the station one tier up. */
    parentId: /* @__PURE__ */ IdSchema.optional(),
    /** 服务区域: the township or street (乡镇 / 街道) served; required unless online. */
    area: /* @__PURE__ */ z
      .object({
        /** 区划代码 (e.g. a 9- or 12-digit statistical code). */
        code: /* @__PURE__ */ z.string().trim().min(1).max(64),
        /** 区域名称. */
        name: ShortTextSchema,
      })
      .optional(),
    /** 地址: the street address; an online station has none. */
    address: /* @__PURE__ */ ShortTextSchema.optional(),
    /** 进站代表: deputies of any level enrolled at the station, with dates. */
    enrolments: /* @__PURE__ */ z.array(
      /* @__PURE__ */ DateRangeSchema.safeExtend({
        /** 进站代表. */
        deputyId: IdSchema,
      }),
    ),
    /** 接待日安排: when deputies receive constituents, and how many days ahead it is announced. */
    receptionSchedule: /* @__PURE__ */ z
      .discriminatedUnion('kind', [
        /* @__PURE__ */ z.object({
          /** 每周. */
          kind: /* @__PURE__ */ z.literal('weekly'),
          /** 星期几: ISO weekday, 1 = Monday … 7 = Sunday. */
          weekday: /* @__PURE__ */ z.number().int().min(1).max(7),
          /** 提前公告天数. */
          noticeDays: NoticeDaysSchema,
        }),
        /* @__PURE__ */ z.object({
          /** 每月固定日. */
          kind: /* @__PURE__ */ z.literal('monthlyDays'),
          /** 每月的日期, e.g. `[9, 19]`. */
          days: /* @__PURE__ */ z.array(DayOfMonthSchema).min(1).max(31),
          /** 提前公告天数. */
          noticeDays: NoticeDaysSchema,
        }),
        /* @__PURE__ */ z.object({
          /** 单月. */
          kind: /* @__PURE__ */ z.literal('oddMonths'),
          /** 单月的日期, e.g. `15`. */
          day: DayOfMonthSchema,
          /** 提前公告天数. */
          noticeDays: NoticeDaysSchema,
        }),
      ])
      .optional(),
    /** 使用面积, in square metres. */
    floorArea: /* @__PURE__ */ z.number().positive().max(1_000_000).optional(),
    /** 星级: the annual star rating, 0–5. */
    stars: /* @__PURE__ */ z.number().int().min(0).max(5).optional(),
    /** 存续期间. */
    active: DateRangeSchema,
  })
  .check((ctx) => {
    const station = ctx.value;
    if (station.kind !== 'online' && station.area === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: station.area,
        path: ['area'],
        params: {
          code: 'AREA_REQUIRED',
          zh: '除网上联络站外，站点须注明服务的乡镇或街道',
          en: 'every station but an online one must name the township or street it serves',
        },
      });
    }
    if (station.kind === 'online' && station.address !== undefined) {
      ctx.issues.push({
        code: 'custom',
        input: station.address,
        path: ['address'],
        params: {
          code: 'ONLINE_STATION_ADDRESS',
          zh: '网上联络站没有地址',
          en: 'an online station has no street address',
        },
      });
    }
    if (station.parentId !== undefined && station.parentId === station.id) {
      ctx.issues.push({
        code: 'custom',
        input: station.parentId,
        path: ['parentId'],
        params: {
          code: 'PARENT_IS_SELF',
          zh: '上级站点不能是其本身',
          en: 'cannot be its own parent',
        },
      });
    }
    station.enrolments.forEach((enrolment, j) => {
      const clash = station.enrolments
        .slice(0, j)
        .some((earlier) => earlier.deputyId === enrolment.deputyId && overlaps(earlier, enrolment));
      if (clash) {
        ctx.issues.push({
          code: 'custom',
          input: enrolment.deputyId,
          path: ['enrolments', j, 'deputyId'],
          params: {
            code: 'DUPLICATE_ENROLMENT',
            zh: '同一代表的进站时间重叠',
            en: 'the same deputy is enrolled twice with overlapping dates',
          },
        });
      }
    });
  });

/**
 * A liaison venue; the type of {@link LiaisonStationSchema}.
 *
 * @example
 * ```ts
 * import type { LiaisonStation } from 'renda';
 *
 * const online: LiaisonStation = {
 *   id: 'S-NET-1',
 *   name: '网上代表联络站',
 *   kind: 'online',
 *   enrolments: [],
 *   active: { from: '2023-01-01' },
 * };
 * ```
 * @category Models
 */
export interface LiaisonStation extends z.infer<typeof LiaisonStationSchema> {}

/**
 * The input accepted by {@link LiaisonStationSchema}.
 *
 * @example
 * ```ts
 * import type { LiaisonStationInput } from 'renda';
 *
 * const input: LiaisonStationInput = {
 *   id: 'S-HOME-1',
 *   name: '陆家嘴街道人大代表之家',
 *   kind: 'home',
 *   area: { code: '310115005', name: '陆家嘴街道' },
 *   enrolments: [],
 *   receptionSchedule: { kind: 'weekly', weekday: 1, noticeDays: 3 },
 *   active: { from: '2020-01-01' },
 * };
 * ```
 * @category Models
 */
export interface LiaisonStationInput extends z.input<typeof LiaisonStationSchema> {}

/**
 * A station's reception-day schedule (接待日安排), discriminated on `kind`.
 *
 * @remarks A union, so a type alias: an interface cannot extend a union.
 *
 * @example
 * ```ts
 * import type { ReceptionSchedule } from 'renda';
 *
 * const twiceMonthly: ReceptionSchedule = { kind: 'monthlyDays', days: [9, 19], noticeDays: 3 };
 * ```
 * @category Models
 */
export type ReceptionSchedule = NonNullable<LiaisonStation['receptionSchedule']>;

/**
 * The Chinese and English names of the liaison station's fields.
 *
 * @example
 * ```ts
 * import { liaisonStationFieldNames } from 'renda';
 *
 * console.log(liaisonStationFieldNames.enrolments?.['zh-Hans']); // '进站代表'
 * ```
 * @category Validation
 */
export const liaisonStationFieldNames: FieldNames = {
  kind: { 'zh-Hans': '站点类别', en: 'station kind' },
  tier: { 'zh-Hans': '站点层级', en: 'tier' },
  parentId: { 'zh-Hans': '上级站点', en: 'parent station' },
  area: { 'zh-Hans': '服务区域', en: 'area served' },
  code: { 'zh-Hans': '区划代码', en: 'area code' },
  address: { 'zh-Hans': '地址', en: 'address' },
  enrolments: { 'zh-Hans': '进站代表', en: 'enrolled deputies' },
  receptionSchedule: { 'zh-Hans': '接待日安排', en: 'reception days' },
  weekday: { 'zh-Hans': '星期', en: 'weekday' },
  days: { 'zh-Hans': '接待日期', en: 'days of the month' },
  day: { 'zh-Hans': '接待日期', en: 'day of the month' },
  noticeDays: { 'zh-Hans': '提前公告天数', en: 'days of notice' },
  floorArea: { 'zh-Hans': '使用面积', en: 'floor area' },
  stars: { 'zh-Hans': '星级', en: 'star rating' },
  active: { 'zh-Hans': '存续期间', en: 'active period' },
};

const parsers = /* @__PURE__ */ createParsers(
  LiaisonStationSchema,
  { id: 'LiaisonStation', 'zh-Hans': '代表联络站点', en: 'Liaison station' },
  liaisonStationFieldNames,
);

/**
 * Validates a liaison venue (家站点), throwing a {@link RendaError} that names the field on bad
 * input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The station, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseLiaisonStation } from 'renda';
 *
 * const station = parseLiaisonStation({
 *   id: 'S-1',
 *   name: '某街道代表联络站',
 *   kind: 'station',
 *   area: { code: '440106001', name: '某街道' },
 *   enrolments: [],
 *   active: { from: '2021-01-01' },
 * });
 * console.log(Object.isFrozen(station)); // true
 * ```
 * @category Validation
 */
export const parseLiaisonStation: (input: unknown) => LiaisonStation = parsers.parse;

/**
 * Validates a liaison venue (家站点) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseLiaisonStation } from 'renda';
 *
 * const result = safeParseLiaisonStation({
 *   id: 'S-2', name: '某站', kind: 'station', enrolments: [], active: { from: '2021-01-01' },
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'AREA_REQUIRED'
 * ```
 * @category Validation
 */
export const safeParseLiaisonStation: (input: unknown) => Result<LiaisonStation, ValidationError> =
  parsers.safeParse;
