import * as z from 'zod';
import { MEMBERSHIP_ROLES } from './deputy.js';
import { CongressLevelSchema } from './shared/congress.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { DateRangeSchema, IdSchema, ShortTextSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The kinds of deputy group (代表小组类别): formed by area (地域, 按选区或乡镇街道) or by field
 * (领域, 专业代表小组), as the Deputies Law art.27 allows.
 *
 * @example
 * ```ts
 * import { GROUP_KINDS } from 'renda';
 *
 * console.log(GROUP_KINDS); // ['regional', 'professional']
 * ```
 * @category Models
 */
export const GROUP_KINDS = ['regional', 'professional'] as const;

/** Whether two inclusive day ranges share at least one day; an absent `to` is open-ended. */
function overlaps(
  a: { readonly from: string; readonly to?: string | undefined },
  b: { readonly from: string; readonly to?: string | undefined },
): boolean {
  return (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
}

/**
 * A deputy group (代表小组): the basic unit of deputies' collective activity between sessions,
 * regional (by area) or professional (by field), often mixing deputies of several levels.
 *
 * @remarks
 * Rules checked across fields:
 * - `GROUP_KIND_DETAILS_MISSING`: a regional group names its `area`, a professional group its
 *   `field`.
 * - `MULTIPLE_LEADERS`: two members hold the role `leader` (组长) on the same day.
 * - `DUPLICATE_MEMBER`: the same deputy is a member twice with overlapping dates.
 * - `END_BEFORE_START`: a member's `to` is before their `from`.
 *
 * Extend it with `DeputyGroupSchema.safeExtend({ … })` to keep these rules.
 * @example
 * ```ts
 * import { DeputyGroupSchema } from 'renda';
 *
 * DeputyGroupSchema.parse({
 *   id: 'G-ECO',
 *   name: '生态环保专业代表小组',
 *   kind: 'professional',
 *   levels: ['provincial', 'city'],
 *   field: 'ecology',
 *   members: [
 *     { deputyId: 'D-0001', role: 'leader', from: '2023-02-01' },
 *     { deputyId: 'D-0002', role: 'member', from: '2023-02-01' },
 *   ],
 * });
 * ```
 * @category Models
 */
export const DeputyGroupSchema = /* @__PURE__ */ z
  .object({
    /** 小组编号. */
    id: IdSchema,
    /** 小组名称. */
    name: ShortTextSchema,
    /** 小组类别: 地域 (regional) or 领域 (professional). */
    kind: /* @__PURE__ */ z.enum(GROUP_KINDS),
    /** 代表层级: the levels of the deputies it gathers (a group may mix levels). */
    levels: /* @__PURE__ */ z.array(CongressLevelSchema).min(1).max(5).optional(),
    /** 活动区域: the township, street or constituency of a regional group. */
    area: /* @__PURE__ */ z
      .object({
        /** 区划代码. */
        code: /* @__PURE__ */ z.string().trim().min(1).max(64),
        /** 区域名称. */
        name: ShortTextSchema,
      })
      .optional(),
    /** 专业领域: the field of a professional group, free text (e.g. `ecology`, `医疗卫生`). */
    field: /* @__PURE__ */ z.string().trim().min(1).max(100).optional(),
    /** 活动站点: the liaison station where the group meets. */
    stationId: /* @__PURE__ */ IdSchema.optional(),
    /** 小组成员: deputies with their role (组长 / 副组长 / 组员) and dates. */
    members: /* @__PURE__ */ z.array(
      /* @__PURE__ */ DateRangeSchema.safeExtend({
        /** 成员代表. */
        deputyId: IdSchema,
        /** 职务: 组员, 组长 or 副组长. */
        role: /* @__PURE__ */ z.enum(MEMBERSHIP_ROLES),
      }),
    ),
  })
  .check((ctx) => {
    const group = ctx.value;
    const missing =
      group.kind === 'regional' && group.area === undefined
        ? 'area'
        : group.kind === 'professional' && group.field === undefined
          ? 'field'
          : undefined;
    if (missing !== undefined) {
      ctx.issues.push({
        code: 'custom',
        input: undefined,
        path: [missing],
        params: {
          code: 'GROUP_KIND_DETAILS_MISSING',
          zh: missing === 'area' ? '地域代表小组须注明活动区域' : '专业代表小组须注明专业领域',
          en:
            missing === 'area'
              ? 'a regional group must name its area'
              : 'a professional group must name its field',
        },
      });
    }
    group.members.forEach((member, j) => {
      const earlier = group.members.slice(0, j);
      if (earlier.some((other) => other.deputyId === member.deputyId && overlaps(other, member))) {
        ctx.issues.push({
          code: 'custom',
          input: member.deputyId,
          path: ['members', j, 'deputyId'],
          params: {
            code: 'DUPLICATE_MEMBER',
            zh: '同一代表的小组成员身份时间重叠',
            en: 'the same deputy is a member twice with overlapping dates',
          },
        });
      }
      if (
        member.role === 'leader' &&
        earlier.some((other) => other.role === 'leader' && overlaps(other, member))
      ) {
        ctx.issues.push({
          code: 'custom',
          input: member.role,
          path: ['members', j, 'role'],
          params: {
            code: 'MULTIPLE_LEADERS',
            zh: '同一时间只能有一名组长',
            en: 'a group has at most one leader at a time',
          },
        });
      }
    });
  });

/**
 * A deputy group; the type of {@link DeputyGroupSchema}.
 *
 * @example
 * ```ts
 * import type { DeputyGroup } from 'renda';
 *
 * const group: DeputyGroup = {
 *   id: 'G-TX',
 *   name: '塘下镇代表小组',
 *   kind: 'regional',
 *   area: { code: '330381102', name: '塘下镇' },
 *   members: [{ deputyId: 'D-0001', role: 'leader', from: '2022-01-01' }],
 * };
 * ```
 * @category Models
 */
export interface DeputyGroup extends z.infer<typeof DeputyGroupSchema> {}

/**
 * The input accepted by {@link DeputyGroupSchema}.
 *
 * @example
 * ```ts
 * import type { DeputyGroupInput } from 'renda';
 *
 * const input: DeputyGroupInput = {
 *   id: 'G-HEALTH',
 *   name: '医疗卫生专业代表小组',
 *   kind: 'professional',
 *   field: 'healthcare',
 *   members: [],
 * };
 * ```
 * @category Models
 */
export interface DeputyGroupInput extends z.input<typeof DeputyGroupSchema> {}

/**
 * The Chinese and English names of the deputy group's fields.
 *
 * @example
 * ```ts
 * import { deputyGroupFieldNames } from 'renda';
 *
 * console.log(deputyGroupFieldNames.field?.['zh-Hans']); // '专业领域'
 * ```
 * @category Validation
 */
export const deputyGroupFieldNames: FieldNames = {
  kind: { 'zh-Hans': '小组类别', en: 'group kind' },
  levels: { 'zh-Hans': '代表层级', en: 'levels' },
  area: { 'zh-Hans': '活动区域', en: 'area' },
  code: { 'zh-Hans': '区划代码', en: 'area code' },
  field: { 'zh-Hans': '专业领域', en: 'field' },
  members: { 'zh-Hans': '小组成员', en: 'members' },
  role: { 'zh-Hans': '职务', en: 'role' },
};

const parsers = /* @__PURE__ */ createParsers(
  DeputyGroupSchema,
  { id: 'DeputyGroup', 'zh-Hans': '代表小组', en: 'Deputy group' },
  deputyGroupFieldNames,
);

/**
 * Validates a deputy group (代表小组), throwing a {@link RendaError} that names the field on bad
 * input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The group, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseDeputyGroup } from 'renda';
 *
 * const group = parseDeputyGroup({
 *   id: 'G-1',
 *   name: '第一代表小组',
 *   kind: 'regional',
 *   area: { code: '320582100', name: '某镇' },
 *   members: [],
 * });
 * console.log(Object.isFrozen(group)); // true
 * ```
 * @category Validation
 */
export const parseDeputyGroup: (input: unknown) => DeputyGroup = parsers.parse;

/**
 * Validates a deputy group (代表小组) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseDeputyGroup } from 'renda';
 *
 * const result = safeParseDeputyGroup({ id: 'G-2', name: '某组', kind: 'regional', members: [] });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'GROUP_KIND_DETAILS_MISSING'
 * ```
 * @category Validation
 */
export const safeParseDeputyGroup: (input: unknown) => Result<DeputyGroup, ValidationError> =
  parsers.safeParse;
