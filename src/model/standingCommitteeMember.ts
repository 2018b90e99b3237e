import * as z from 'zod';
import { CongressSchema } from './shared/congress.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { DateRangeSchema, IdSchema, ShortTextSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The positions on a standing committee (常委会职务): chair (主任; 委员长 at the NPC), vice-chair
 * (副主任; 副委员长), secretary-general (秘书长) and member (委员).
 *
 * @example
 * ```ts
 * import { SC_POSITIONS } from 'renda';
 *
 * console.log(SC_POSITIONS); // ['chair', 'viceChair', 'secretaryGeneral', 'member']
 * ```
 * @category Models
 */
export const SC_POSITIONS = ['chair', 'viceChair', 'secretaryGeneral', 'member'] as const;

/** Whether two inclusive day ranges share at least one day; an absent `to` is open-ended. */
function overlaps(
  a: { readonly from: string; readonly to?: string | undefined },
  b: { readonly from: string; readonly to?: string | undefined },
): boolean {
  return (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
}

/**
 * A member of a standing committee (常委会组成人员) and the deputies they keep in contact with
 * (联系代表).
 *
 * @remarks
 * Rules checked across fields:
 * - `NO_STANDING_COMMITTEE`: township congresses have a presidium (主席团), not a standing
 *   committee; standing committees exist at county level and above.
 * - `DUPLICATE_CONTACT_ASSIGNMENT`: the same deputy is assigned twice with overlapping dates.
 * - `END_BEFORE_START`: an assignment's `to` is before its `from`.
 *
 * Extend it with `StandingCommitteeMemberSchema.safeExtend({ … })` to keep these rules.
 * @example
 * ```ts
 * import { StandingCommitteeMemberSchema } from 'renda';
 *
 * StandingCommitteeMemberSchema.parse({
 *   id: 'SC-03',
 *   name: '陈明',
 *   congress: { jurisdiction: '450400', level: 'city', term: 15 },
 *   position: 'viceChair',
 *   councilMember: true,
 *   deputyId: 'D-0103',
 *   term: { from: '2022-01-10' },
 *   contactAssignments: [{ deputyId: 'D-0201', from: '2022-03-01' }],
 * });
 * ```
 * @category Models
 */
export const StandingCommitteeMemberSchema = /* @__PURE__ */ z
  .object({
    /** 组成人员编号. */
    id: IdSchema,
    /** 姓名. */
    name: ShortTextSchema,
    /** 所属人大: the congress whose standing committee this is. */
    congress: CongressSchema,
    /** 职务: 主任 / 副主任 / 秘书长 / 委员 (委员长 / 副委员长 at the NPC). */
    position: /* @__PURE__ */ z.enum(SC_POSITIONS),
    /**
     * 主任会议成员 (委员长会议 at the NPC): by law the chair, vice-chairs and secretary-general;
     * recorded, not derived, so an office can follow its own roster.
     */
    councilMember: /* @__PURE__ */ z.boolean(),
    /** 代表编号: the member's own deputy record, when they are also a deputy (usually). */
    deputyId: /* @__PURE__ */ IdSchema.optional(),
    /** 任期: the dates the member serves on the committee. */
    term: DateRangeSchema,
    /** 联系代表: the deputies this member is assigned to keep in contact with, with dates. */
    contactAssignments: /* @__PURE__ */ z.array(
      /* @__PURE__ */ DateRangeSchema.safeExtend({
        /** 联系的代表. */
        deputyId: IdSchema,
      }),
    ),
  })
  .check((ctx) => {
    const member = ctx.value;
    if (member.congress.level === 'township') {
      ctx.issues.push({
        code: 'custom',
        input: member.congress.level,
        path: ['congress', 'level'],
        params: {
          code: 'NO_STANDING_COMMITTEE',
          zh: '乡级人大不设常务委员会（设主席团）',
          en: 'a township congress has a presidium, not a standing committee',
        },
      });
    }
    member.contactAssignments.forEach((assignment, j) => {
      const clash = member.contactAssignments
        .slice(0, j)
        .some(
          (earlier) => earlier.deputyId === assignment.deputyId && overlaps(earlier, assignment),
        );
      if (clash) {
        ctx.issues.push({
          code: 'custom',
          input: assignment.deputyId,
          path: ['contactAssignments', j, 'deputyId'],
          params: {
            code: 'DUPLICATE_CONTACT_ASSIGNMENT',
            zh: '同一代表的联系安排时间重叠',
            en: 'the same deputy is assigned twice with overlapping dates',
          },
        });
      }
    });
  });

/**
 * A standing committee member; the type of {@link StandingCommitteeMemberSchema}.
 *
 * @example
 * ```ts
 * import type { StandingCommitteeMember } from 'renda';
 *
 * const member: StandingCommitteeMember = {
 *   id: 'SC-20',
 *   name: '赵敏',
 *   congress: { jurisdiction: '330000', level: 'provincial', term: 14 },
 *   position: 'member',
 *   councilMember: false,
 *   term: { from: '2023-01-15' },
 *   contactAssignments: [],
 * };
 * ```
 * @category Models
 */
export interface StandingCommitteeMember extends z.infer<typeof StandingCommitteeMemberSchema> {}

/**
 * The input accepted by {@link StandingCommitteeMemberSchema}.
 *
 * @example
 * ```ts
 * import type { StandingCommitteeMemberInput } from 'renda';
 *
 * const input: StandingCommitteeMemberInput = {
 *   id: 'SC-20',
 *   name: '赵敏',
 *   congress: { jurisdiction: '330000', level: 'provincial', term: 14 },
 *   position: 'member',
 *   councilMember: false,
 *   term: { from: '2023-01-15' },
 *   contactAssignments: [{ deputyId: 'D-9', from: '2023-02-01', to: '2023-12-31' }],
 * };
 * ```
 * @category Models
 */
export interface StandingCommitteeMemberInput
  extends z.input<typeof StandingCommitteeMemberSchema> {}

/**
 * The Chinese and English names of the standing committee member's fields.
 *
 * @example
 * ```ts
 * import { standingCommitteeMemberFieldNames } from 'renda';
 *
 * console.log(standingCommitteeMemberFieldNames.position?.en); // 'position'
 * ```
 * @category Validation
 */
export const standingCommitteeMemberFieldNames: FieldNames = {
  name: { 'zh-Hans': '姓名', en: 'name' },
  position: { 'zh-Hans': '职务', en: 'position' },
  councilMember: { 'zh-Hans': '主任会议成员', en: "chairpersons' council member" },
  term: { 'zh-Hans': '任期', en: 'term' },
  contactAssignments: { 'zh-Hans': '联系代表', en: 'deputies in contact' },
};

const parsers = /* @__PURE__ */ createParsers(
  StandingCommitteeMemberSchema,
  { id: 'StandingCommitteeMember', 'zh-Hans': '常委会组成人员', en: 'Standing committee member' },
  standingCommitteeMemberFieldNames,
);

/**
 * Validates a standing committee member (常委会组成人员), throwing a {@link RendaError} that
 * names the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The member, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseStandingCommitteeMember } from 'renda';
 *
 * const member = parseStandingCommitteeMember({
 *   id: 'SC-01',
 *   name: '周华',
 *   congress: { jurisdiction: '000000', level: 'national', term: 14 },
 *   position: 'chair',
 *   councilMember: true,
 *   term: { from: '2023-03-10' },
 *   contactAssignments: [],
 * });
 * console.log(Object.isFrozen(member)); // true
 * ```
 * @category Validation
 */
export const parseStandingCommitteeMember: (input: unknown) => StandingCommitteeMember =
  parsers.parse;

/**
 * Validates a standing committee member (常委会组成人员) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseStandingCommitteeMember } from 'renda';
 *
 * const result = safeParseStandingCommitteeMember({ id: 'SC-1' });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'REQUIRED'
 * ```
 * @category Validation
 */
export const safeParseStandingCommitteeMember: (
  input: unknown,
) => Result<StandingCommitteeMember, ValidationError> = parsers.safeParse;
