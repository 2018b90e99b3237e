import * as z from 'zod';

/**
 * The three grades of satisfaction (满意度): satisfied (满意), basically satisfied (基本满意) and
 * dissatisfied (不满意), used by deputies rating a reply, voters rating a duty report, deputies
 * rating a livelihood project and constituents rating the handling of an opinion.
 *
 * @remarks Whether a satisfaction rate counts 基本满意 is a policy choice, not a property of the
 * scale.
 * @example
 * ```ts
 * import { SATISFACTION_GRADES } from 'renda';
 *
 * console.log(SATISFACTION_GRADES); // ['satisfied', 'basicallySatisfied', 'dissatisfied']
 * ```
 * @category Models
 */
export const SATISFACTION_GRADES = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;

/**
 * A satisfaction grade (满意度等级), one of {@link SATISFACTION_GRADES}.
 *
 * @example
 * ```ts
 * import { SatisfactionGradeSchema } from 'renda';
 *
 * SatisfactionGradeSchema.parse('basicallySatisfied');
 * ```
 * @category Models
 */
export const SatisfactionGradeSchema = /* @__PURE__ */ z.enum(SATISFACTION_GRADES);

/**
 * A satisfaction grade (满意度等级); the type of {@link SatisfactionGradeSchema}.
 *
 * @example
 * ```ts
 * import type { SatisfactionGrade } from 'renda';
 *
 * const grade: SatisfactionGrade = 'satisfied';
 * ```
 * @category Models
 */
export type SatisfactionGrade = z.infer<typeof SatisfactionGradeSchema>;
