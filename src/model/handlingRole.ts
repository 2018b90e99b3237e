import * as z from 'zod';

/**
 * How a unit takes part in handling a suggestion (办理方式): lead (主办, consolidates and replies),
 * assisting (协办, sends its view to the lead and does not reply to the deputy), joint (会办,
 * handles together with the lead, which replies), separate (分办, replies on its own part) and
 * sole (独办, the only unit).
 *
 * @example
 * ```ts
 * import { HANDLING_ROLES } from 'renda';
 *
 * console.log(HANDLING_ROLES.includes('separate')); // true
 * ```
 * @category Models
 */
export const HANDLING_ROLES = ['lead', 'assisting', 'joint', 'separate', 'sole'] as const;

/**
 * A unit's handling role; the schema of {@link HANDLING_ROLES}.
 *
 * @example
 * ```ts
 * import { HandlingRoleSchema } from 'renda';
 *
 * HandlingRoleSchema.parse('lead');
 * ```
 * @category Models
 */
export const HandlingRoleSchema = /* @__PURE__ */ z.enum(HANDLING_ROLES);

/**
 * A unit's handling role; the type of {@link HandlingRoleSchema}.
 *
 * @example
 * ```ts
 * import type { HandlingRole } from 'renda';
 *
 * const role: HandlingRole = 'assisting';
 * ```
 * @category Models
 */
export type HandlingRole = z.infer<typeof HandlingRoleSchema>;
