import * as z from 'zod';
import { type CongressLevel, CongressSchema } from './shared/congress.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import {
  CalendarDaySchema,
  DateRangeSchema,
  IdSchema,
  ShortTextSchema,
} from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * A deputy's gender (性别): male (男) or female (女), as official rosters record it.
 *
 * @example
 * ```ts
 * import { DEPUTY_GENDERS } from 'renda';
 *
 * console.log(DEPUTY_GENDERS); // ['male', 'female']
 * ```
 * @category Models
 */
export const DEPUTY_GENDERS = ['male', 'female'] as const;

/**
 * What a deputy answers to (原选举单位 / 原选区): an electoral unit (选举单位, the congress one
 * level down or the army) for indirectly elected deputies, a constituency (选区) for directly
 * elected ones.
 *
 * @example
 * ```ts
 * import { CONSTITUENCY_KINDS } from 'renda';
 *
 * console.log(CONSTITUENCY_KINDS); // ['electoralUnit', 'constituency']
 * ```
 * @category Models
 */
export const CONSTITUENCY_KINDS = ['electoralUnit', 'constituency'] as const;

/**
 * The composition categories of deputies (代表构成): front-line worker (一线工人), farmer (农民),
 * migrant worker (农民工), professional and technical staff (专业技术人员), Party and government
 * leading official (党政领导干部), military (解放军和武警), enterprise manager (企业负责人) and
 * other (其他).
 *
 * @remarks A deputy may belong to several categories (a migrant worker is also counted among
 * workers), so a deputy carries an array.
 * @example
 * ```ts
 * import { OCCUPATION_CATEGORIES } from 'renda';
 *
 * console.log(OCCUPATION_CATEGORIES.includes('farmer')); // true
 * ```
 * @category Models
 */
export const OCCUPATION_CATEGORIES = [
  'worker',
  'farmer',
  'migrantWorker',
  'professional',
  'official',
  'military',
  'enterpriseManager',
  'other',
] as const;

/**
 * A deputy's status (代表状态): in office (在任), duties suspended (暂停执行代表职务, Deputies
 * Law art.61) or qualification ended (代表资格终止, art.62, or death).
 *
 * @example
 * ```ts
 * import { DEPUTY_STATUSES } from 'renda';
 *
 * console.log(DEPUTY_STATUSES); // ['inOffice', 'suspended', 'ended']
 * ```
 * @category Models
 */
export const DEPUTY_STATUSES = ['inOffice', 'suspended', 'ended'] as const;

/**
 * The grounds for suspending a deputy's duties (暂时停止执行代表职务, Deputies Law art.61):
 * detained in a criminal case under investigation, prosecution or trial (因刑事案件被羁押正在受
 * 侦查、起诉、审判), or serving a sentence of control, short-term or fixed-term detention without
 * loss of political rights (被判处管制、拘役或者有期徒刑而没有附加剥夺政治权利，正在服刑).
 *
 * @example
 * ```ts
 * import { SUSPENSION_REASONS } from 'renda';
 *
 * console.log(SUSPENSION_REASONS); // ['detainedInCriminalCase', 'servingSentence']
 * ```
 * @category Models
 */
export const SUSPENSION_REASONS = ['detainedInCriminalCase', 'servingSentence'] as const;

/**
 * Why a deputy's qualification ended (代表资格终止的原因, Deputies Law art.62, plus death): moved
 * or transferred out of the area (迁出或者调离本行政区域), resignation accepted (辞职被接受),
 * ordered to resign (责令辞职被接受, since 2025), absent twice without leave (未经批准两次不出席
 * 本级人民代表大会会议), recalled (被罢免), lost PRC nationality (丧失中华人民共和国国籍),
 * deprived of political rights (被剥夺政治权利), lost legal capacity (丧失行为能力), died (死亡).
 *
 * @example
 * ```ts
 * import { TERMINATION_REASONS } from 'renda';
 *
 * console.log(TERMINATION_REASONS.includes('recalled')); // true
 * ```
 * @category Models
 */
export const TERMINATION_REASONS = [
  'movedOut',
  'resigned',
  'orderedToResign',
  'absentTwice',
  'recalled',
  'lostNationality',
  'deprivedOfPoliticalRights',
  'lostLegalCapacity',
  'died',
] as const;

/**
 * What a deputy can belong to (所属组织类别): a deputy group (代表小组), a liaison station
 * (联络站, 进站), a committee (专门委员会 / 工作委员会) or a delegation (代表团).
 *
 * @example
 * ```ts
 * import { MEMBERSHIP_KINDS } from 'renda';
 *
 * console.log(MEMBERSHIP_KINDS); // ['group', 'station', 'committee', 'delegation']
 * ```
 * @category Models
 */
export const MEMBERSHIP_KINDS = ['group', 'station', 'committee', 'delegation'] as const;

/**
 * A deputy's role in a group, station, committee or delegation (职务): member (成员), leader
 * (组长 / 站长 / 团长) or deputy leader (副组长 / 副站长 / 副团长).
 *
 * @example
 * ```ts
 * import { MEMBERSHIP_ROLES } from 'renda';
 *
 * console.log(MEMBERSHIP_ROLES); // ['member', 'leader', 'deputyLeader']
 * ```
 * @category Models
 */
export const MEMBERSHIP_ROLES = ['member', 'leader', 'deputyLeader'] as const;

/** The levels whose deputies are elected indirectly and answer to an electoral unit. */
const INDIRECT_LEVELS: readonly CongressLevel[] = ['national', 'provincial', 'city'];

/**
 * A deputy (人大代表) of a people's congress at one of the five levels: who they are, the
 * congress and term, the electoral unit or constituency they answer to, their composition
 * categories, status, by-election lineage and memberships.
 *
 * A record is one seat (席位): a person who sits at several levels has one record per seat, linked
 * by `personId` (自然人标识), so that 人 and 人次 are both countable (`countPeople`).
 *
 * @remarks
 * Rules checked across fields:
 * - `CONSTITUENCY_KIND_MISMATCH`: national, provincial and city deputies answer to an electoral
 *   unit (原选举单位), county and township deputies to a constituency (原选区).
 * - `END_BEFORE_START`: a suspension's `until` or a membership's `to` is before its start.
 * - `MEMBERSHIP_OUTSIDE_TERM`: a membership starts before the deputy's term or after it ended.
 * - `MEMBERSHIP_AFTER_END`: a membership runs on past the day the qualification ended.
 *
 * Extend it with `DeputySchema.safeExtend({ … })` to keep these rules.
 * @example
 * ```ts
 * import { DeputySchema } from 'renda';
 *
 * DeputySchema.parse({
 *   id: 'D-0001',
 *   name: '王芳',
 *   gender: 'female',
 *   congress: { jurisdiction: '440300', level: 'city', term: 7 },
 *   constituency: { kind: 'electoralUnit', id: 'EU-FUTIAN', name: '福田区人大' },
 *   occupations: ['professional'],
 *   grassroots: true,
 *   status: { status: 'inOffice' },
 *   term: { from: '2021-05-01' },
 *   memberships: [{ kind: 'group', orgId: 'G-01', role: 'member', from: '2021-06-01' }],
 * });
 * ```
 * @category Models
 */
export const DeputySchema = /* @__PURE__ */ z
  .object({
    /** 代表编号. */
    id: IdSchema,
    /**
     * 自然人标识: the app's stable id of the person, shared by all their seats (one person may sit
     * in congresses at several levels, or in several terms), so that people (人) and seats (人次)
     * can both be counted. Absent reads as a person of their own.
     */
    personId: /* @__PURE__ */ IdSchema.optional(),
    /** 姓名. */
    name: ShortTextSchema,
    /** 性别. */
    gender: /* @__PURE__ */ z.enum(DEPUTY_GENDERS),
    /** 民族, e.g. `汉族`, `回族`. */
    ethnicity: /* @__PURE__ */ z.string().trim().min(1).max(32).optional(),
    /** 出生年份. */
    birthYear: /* @__PURE__ */ z.number().int().min(1900).max(2100).optional(),
    /** 所属人大: jurisdiction, level and term (届次) of the congress the deputy sits in. */
    congress: CongressSchema,
    /** 原选举单位 (indirect election) or 原选区 (direct election). */
    constituency: /* @__PURE__ */ z.object({
      /** 类别: `electoralUnit` (选举单位) or `constituency` (选区). */
      kind: /* @__PURE__ */ z.enum(CONSTITUENCY_KINDS),
      /** 选举单位或选区编号. */
      id: IdSchema,
      /** 选举单位或选区名称. */
      name: ShortTextSchema,
    }),
    /** 所在代表团: the delegation the deputy sits in at sessions (county level and above). */
    delegation: /* @__PURE__ */ z
      .object({
        /** 代表团编号. */
        id: IdSchema,
        /** 代表团名称, e.g. `广东代表团`. */
        name: ShortTextSchema,
      })
      .optional(),
    /** 代表构成: one or more composition categories. */
    occupations: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.enum(OCCUPATION_CATEGORIES))
      .min(1)
      .max(OCCUPATION_CATEGORIES.length),
    /** 基层代表: whether the deputy counts as a grassroots deputy. */
    grassroots: /* @__PURE__ */ z.boolean(),
    /** 代表状态: in office, suspended (art.61) or qualification ended (art.62). */
    status: /* @__PURE__ */ z.discriminatedUnion('status', [
      /* @__PURE__ */ z.object({
        /** 在任. */
        status: /* @__PURE__ */ z.literal('inOffice'),
      }),
      /* @__PURE__ */ z.object({
        /** 暂停执行代表职务. */
        status: /* @__PURE__ */ z.literal('suspended'),
        /** 暂停起始日期. */
        since: CalendarDaySchema,
        /** 暂停原因 (art.61). */
        reason: /* @__PURE__ */ z.enum(SUSPENSION_REASONS),
        /**
         * 暂停截止日期: the last day of the suspension (inclusive), like every `to` in renda; duties
         * resume the next day. Absent while still suspended.
         */
        until: /* @__PURE__ */ CalendarDaySchema.optional(),
      }),
      /* @__PURE__ */ z.object({
        /** 代表资格终止. */
        status: /* @__PURE__ */ z.literal('ended'),
        /** 资格终止日期. */
        on: CalendarDaySchema,
        /** 资格终止原因 (art.62, or death). */
        reason: /* @__PURE__ */ z.enum(TERMINATION_REASONS),
      }),
    ]),
    /** 补选: set when the deputy was elected in a by-election. */
    byElected: /* @__PURE__ */ z
      .object({
        /** 补选日期. */
        on: CalendarDaySchema,
        /** 被替补的代表: the deputy whose vacancy this filled, if known. */
        replacesDeputyId: /* @__PURE__ */ IdSchema.optional(),
      })
      .optional(),
    /**
     * 连任: the deputy also sat in this congress's previous term, so is not new to it (a re-elected
     * deputy is not owed 初任学习). Absent reads as not known to be re-elected.
     */
    reElected: /* @__PURE__ */ z.boolean().optional(),
    /** 任期: the dates of the deputy's term (from the first session, or from a by-election). */
    term: DateRangeSchema,
    /** 所属组织: groups, stations, committees and delegations, with dates. */
    memberships: /* @__PURE__ */ z.array(
      /* @__PURE__ */ DateRangeSchema.safeExtend({
        /** 组织类别. */
        kind: /* @__PURE__ */ z.enum(MEMBERSHIP_KINDS),
        /** 组织编号: the group's, station's, committee's or delegation's id. */
        orgId: IdSchema,
        /** 职务. */
        role: /* @__PURE__ */ z.enum(MEMBERSHIP_ROLES).optional(),
      }),
    ),
    /**
     * 联系方式: personal data (个人信息). Never publish it: keep it out of public pages, exports
     * and open data (renda's `toPopolo` leaves it out).
     */
    contact: /* @__PURE__ */ z
      .object({
        /** 联系电话. */
        phone: /* @__PURE__ */ z
          .string()
          .trim()
          .regex(/^[0-9+\-() ]{3,32}$/)
          .optional(),
        /** 电子邮箱. */
        email: /* @__PURE__ */ z.email().max(254).optional(),
        /** 通讯地址. */
        address: /* @__PURE__ */ ShortTextSchema.optional(),
      })
      .optional(),
  })
  .check((ctx) => {
    const deputy = ctx.value;
    const indirect = INDIRECT_LEVELS.includes(deputy.congress.level);
    const expected = indirect ? 'electoralUnit' : 'constituency';
    if (deputy.constituency.kind !== expected) {
      ctx.issues.push({
        code: 'custom',
        input: deputy.constituency.kind,
        path: ['constituency', 'kind'],
        params: {
          code: 'CONSTITUENCY_KIND_MISMATCH',
          zh: indirect
            ? '全国、省级和设区的市级代表由原选举单位选出，类别应为 electoralUnit'
            : '县级和乡级代表由选民直接选举，类别应为 constituency（原选区）',
          en: indirect
            ? 'national, provincial and city deputies answer to an electoral unit (electoralUnit)'
            : 'county and township deputies answer to a constituency (constituency)',
        },
      });
    }
    const { status } = deputy;
    if (
      status.status === 'suspended' &&
      status.until !== undefined &&
      status.until < status.since
    ) {
      ctx.issues.push({
        code: 'custom',
        input: status.until,
        path: ['status', 'until'],
        params: { code: 'END_BEFORE_START' },
      });
    }
    deputy.memberships.forEach((membership, i) => {
      if (
        membership.from < deputy.term.from ||
        (deputy.term.to !== undefined && membership.from > deputy.term.to)
      ) {
        ctx.issues.push({
          code: 'custom',
          input: membership.from,
          path: ['memberships', i, 'from'],
          params: {
            code: 'MEMBERSHIP_OUTSIDE_TERM',
            zh: '所属组织的起始日期不在代表任期内',
            en: "the membership starts outside the deputy's term",
          },
        });
      }
      if (status.status === 'ended' && (membership.to === undefined || membership.to > status.on)) {
        ctx.issues.push({
          code: 'custom',
          input: membership.to,
          path: ['memberships', i, 'to'],
          params: {
            code: 'MEMBERSHIP_AFTER_END',
            zh: '代表资格已终止，所属组织应在终止之日或之前结束',
            en: "the membership must end on or before the day the deputy's qualification ended",
          },
        });
      }
    });
  });

/**
 * A deputy; the type of {@link DeputySchema}.
 *
 * @example
 * ```ts
 * import type { Deputy } from 'renda';
 *
 * const deputy: Deputy = {
 *   id: 'D-0002',
 *   name: '李强',
 *   gender: 'male',
 *   congress: { jurisdiction: '320582', level: 'county', term: 18 },
 *   constituency: { kind: 'constituency', id: 'C-07', name: '第七选区' },
 *   occupations: ['farmer'],
 *   grassroots: true,
 *   status: { status: 'inOffice' },
 *   term: { from: '2021-12-28' },
 *   memberships: [],
 * };
 * ```
 * @category Models
 */
export interface Deputy extends z.infer<typeof DeputySchema> {}

/**
 * The input accepted by {@link DeputySchema}.
 *
 * @example
 * ```ts
 * import type { DeputyInput } from 'renda';
 *
 * const input: DeputyInput = {
 *   id: 'D-0002',
 *   name: '李强',
 *   gender: 'male',
 *   congress: { jurisdiction: '320582', level: 'county', term: 18 },
 *   constituency: { kind: 'constituency', id: 'C-07', name: '第七选区' },
 *   occupations: ['farmer'],
 *   grassroots: true,
 *   status: { status: 'ended', on: '2024-03-01', reason: 'movedOut' },
 *   term: { from: '2021-12-28' },
 *   memberships: [],
 * };
 * ```
 * @category Models
 */
export interface DeputyInput extends z.input<typeof DeputySchema> {}

/**
 * A deputy's status (代表状态), discriminated on `status`.
 *
 * @remarks A union, so a type alias: an interface cannot extend a union.
 *
 * @example
 * ```ts
 * import type { DeputyStatus } from 'renda';
 *
 * const suspended: DeputyStatus = {
 *   status: 'suspended',
 *   since: '2024-05-10',
 *   reason: 'detainedInCriminalCase',
 * };
 * ```
 * @category Models
 */
export type DeputyStatus = Deputy['status'];

type MembershipShape = Deputy['memberships'][number];

/**
 * One of a deputy's memberships (所属组织): a group, station, committee or delegation, with
 * dates.
 *
 * @example
 * ```ts
 * import type { DeputyMembership } from 'renda';
 *
 * const enrolment: DeputyMembership = { kind: 'station', orgId: 'S-12', from: '2022-01-01' };
 * ```
 * @category Models
 */
export interface DeputyMembership extends MembershipShape {}

/**
 * The Chinese and English names of the deputy's fields.
 *
 * @example
 * ```ts
 * import { deputyFieldNames } from 'renda';
 *
 * console.log(deputyFieldNames.constituency?.['zh-Hans']); // '原选举单位或选区'
 * ```
 * @category Validation
 */
export const deputyFieldNames: FieldNames = {
  personId: { 'zh-Hans': '自然人标识', en: 'person id' },
  name: { 'zh-Hans': '姓名', en: 'name' },
  gender: { 'zh-Hans': '性别', en: 'gender' },
  ethnicity: { 'zh-Hans': '民族', en: 'ethnicity' },
  birthYear: { 'zh-Hans': '出生年份', en: 'year of birth' },
  constituency: { 'zh-Hans': '原选举单位或选区', en: 'electoral unit or constituency' },
  delegation: { 'zh-Hans': '代表团', en: 'delegation' },
  occupations: { 'zh-Hans': '代表构成', en: 'composition categories' },
  grassroots: { 'zh-Hans': '基层代表', en: 'grassroots deputy' },
  since: { 'zh-Hans': '暂停起始日期', en: 'suspended since' },
  until: { 'zh-Hans': '暂停截止日期', en: 'last day suspended' },
  on: { 'zh-Hans': '日期', en: 'date' },
  reason: { 'zh-Hans': '原因', en: 'reason' },
  byElected: { 'zh-Hans': '补选', en: 'by-election' },
  reElected: { 'zh-Hans': '连任', en: 're-elected' },
  replacesDeputyId: { 'zh-Hans': '被替补的代表', en: 'deputy replaced' },
  term: { 'zh-Hans': '任期', en: 'term' },
  memberships: { 'zh-Hans': '所属组织', en: 'memberships' },
  orgId: { 'zh-Hans': '组织', en: 'organisation' },
  role: { 'zh-Hans': '职务', en: 'role' },
  contact: { 'zh-Hans': '联系方式', en: 'contact details' },
  phone: { 'zh-Hans': '联系电话', en: 'phone' },
  email: { 'zh-Hans': '电子邮箱', en: 'email' },
  address: { 'zh-Hans': '通讯地址', en: 'address' },
};

const parsers = /* @__PURE__ */ createParsers(
  DeputySchema,
  { id: 'Deputy', 'zh-Hans': '人大代表', en: 'Deputy' },
  deputyFieldNames,
);

/**
 * Validates a deputy (人大代表), throwing a {@link RendaError} that names the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The deputy, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseDeputy } from 'renda';
 *
 * const deputy = parseDeputy({
 *   id: 'D-0002',
 *   name: '李强',
 *   gender: 'male',
 *   congress: { jurisdiction: '320582', level: 'county', term: 18 },
 *   constituency: { kind: 'constituency', id: 'C-07', name: '第七选区' },
 *   occupations: ['farmer'],
 *   grassroots: true,
 *   status: { status: 'inOffice' },
 *   term: { from: '2021-12-28' },
 *   memberships: [],
 * });
 * console.log(Object.isFrozen(deputy)); // true
 * ```
 * @category Validation
 */
export const parseDeputy: (input: unknown) => Deputy = parsers.parse;

/**
 * Validates a deputy (人大代表) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseDeputy } from 'renda';
 *
 * const result = safeParseDeputy({ id: 'D-1' });
 * if (!result.ok) console.log(result.error.issues.map((issue) => issue.path.join('.')));
 * ```
 * @category Validation
 */
export const safeParseDeputy: (input: unknown) => Result<Deputy, ValidationError> =
  parsers.safeParse;
