import * as z from 'zod';
import { CongressSchema } from './shared/congress.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { DateRangeSchema, IdSchema, ShortTextSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The kinds of committee (委员会类别): a special committee of the congress (专门委员会, e.g.
 * 财政经济委员会), a working committee of the standing committee (工作委员会, e.g. 代表工作委员会,
 * 法制工作委员会), or an office of the standing committee (办事机构, e.g. 办公厅 / 办公室).
 *
 * @example
 * ```ts
 * import { COMMITTEE_KINDS } from 'renda';
 *
 * console.log(COMMITTEE_KINDS); // ['special', 'working', 'office']
 * ```
 * @category Models
 */
export const COMMITTEE_KINDS = ['special', 'working', 'office'] as const;

/**
 * A committee or office of a congress or its standing committee (专门委员会 / 工作委员会 /
 * 办事机构), including the Deputy Work Committee (代表工作委员会, required at county level and
 * above since 2025).
 *
 * @remarks
 * Rules checked across fields:
 * - `PARENT_IS_SELF`: `parentId` names the committee itself.
 * - `END_BEFORE_START`: `active.to` is before `active.from`.
 *
 * A committee without `parentId` belongs to the congress (special) or to its standing committee
 * (working, office). Extend it with `CommitteeSchema.safeExtend({ … })` to keep the rules.
 * @example
 * ```ts
 * import { CommitteeSchema } from 'renda';
 *
 * CommitteeSchema.parse({
 *   id: 'C-DWC',
 *   name: '代表工作委员会',
 *   kind: 'working',
 *   congress: { jurisdiction: '440100', level: 'city', term: 16 },
 *   active: { from: '2022-01-01' },
 * });
 * ```
 * @category Models
 */
export const CommitteeSchema = /* @__PURE__ */ z
  .object({
    /** 委员会编号. */
    id: IdSchema,
    /** 委员会名称. */
    name: ShortTextSchema,
    /** 类别: 专门委员会, 工作委员会 or 办事机构. */
    kind: /* @__PURE__ */ z.enum(COMMITTEE_KINDS),
    /** 所属人大: the congress (and term) the committee serves. */
    congress: CongressSchema,
    /** 上级机构: e.g. the 办公厅 a 联络处 sits in. */
    parentId: /* @__PURE__ */ IdSchema.optional(),
    /** 存续期间. */
    active: DateRangeSchema,
  })
  .check((ctx) => {
    if (ctx.value.parentId !== undefined && ctx.value.parentId === ctx.value.id) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.parentId,
        path: ['parentId'],
        params: {
          code: 'PARENT_IS_SELF',
          zh: '上级机构不能是其本身',
          en: 'cannot be its own parent',
        },
      });
    }
  });

/**
 * A committee; the type of {@link CommitteeSchema}.
 *
 * @example
 * ```ts
 * import type { Committee } from 'renda';
 *
 * const committee: Committee = {
 *   id: 'C-FIN',
 *   name: '财政经济委员会',
 *   kind: 'special',
 *   congress: { jurisdiction: '000000', level: 'national', term: 14 },
 *   active: { from: '2023-03-11' },
 * };
 * ```
 * @category Models
 */
export interface Committee extends z.infer<typeof CommitteeSchema> {}

/**
 * The input accepted by {@link CommitteeSchema}.
 *
 * @example
 * ```ts
 * import type { CommitteeInput } from 'renda';
 *
 * const input: CommitteeInput = {
 *   id: 'C-OFFICE',
 *   name: '常委会办公室',
 *   kind: 'office',
 *   congress: { jurisdiction: '320582', level: 'county', term: 18 },
 *   active: { from: '2021-12-28' },
 * };
 * ```
 * @category Models
 */
export interface CommitteeInput extends z.input<typeof CommitteeSchema> {}

/**
 * The Chinese and English names of the committee's fields.
 *
 * @example
 * ```ts
 * import { committeeFieldNames } from 'renda';
 *
 * console.log(committeeFieldNames.parentId?.['zh-Hans']); // '上级机构'
 * ```
 * @category Validation
 */
export const committeeFieldNames: FieldNames = {
  kind: { 'zh-Hans': '委员会类别', en: 'committee kind' },
  parentId: { 'zh-Hans': '上级机构', en: 'parent body' },
  active: { 'zh-Hans': '存续期间', en: 'active period' },
};

const parsers = /* @__PURE__ */ createParsers(
  CommitteeSchema,
  { id: 'Committee', 'zh-Hans': '委员会', en: 'Committee' },
  committeeFieldNames,
);

/**
 * Validates a committee (专门委员会 / 工作委员会), throwing a {@link RendaError} that names the
 * field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The committee, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseCommittee } from 'renda';
 *
 * const committee = parseCommittee({
 *   id: 'C-DWC',
 *   name: '代表工作委员会',
 *   kind: 'working',
 *   congress: { jurisdiction: '320582', level: 'county', term: 18 },
 *   active: { from: '2025-04-01' },
 * });
 * console.log(Object.isFrozen(committee)); // true
 * ```
 * @category Validation
 */
export const parseCommittee: (input: unknown) => Committee = parsers.parse;

/**
 * Validates a committee (专门委员会 / 工作委员会) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseCommittee } from 'renda';
 *
 * const result = safeParseCommittee({ id: 'C-1', kind: 'special' });
 * if (!result.ok) console.log(result.error.issues.map((issue) => issue.path.join('.')));
 * ```
 * @category Validation
 */
export const safeParseCommittee: (input: unknown) => Result<Committee, ValidationError> =
  parsers.safeParse;
