import * as z from 'zod';
import { IdSchema } from './primitives.js';

/**
 * The built-in roles of deputy work (角色): a deputy (代表); the liaison office (代表工委 / 常委会
 * 办事机构), which registers, assigns, approves and supervises; a handling unit (承办单位); a
 * supervisor (督办者: 主任会议成员, 专门委员会, 领办的政府领导); and the system (系统) for
 * time-driven events.
 *
 * @remarks A team that extends a workflow may add roles of its own; records accept any role name.
 * @example
 * ```ts
 * import { ACTOR_ROLES } from 'renda';
 *
 * console.log(ACTOR_ROLES.includes('handlingUnit')); // true
 * ```
 * @category Models
 */
export const ACTOR_ROLES = [
  'deputy',
  'liaisonOffice',
  'handlingUnit',
  'supervisor',
  'system',
] as const;

/**
 * One of the built-in roles; the schema of {@link ACTOR_ROLES}.
 *
 * @example
 * ```ts
 * import { ActorRoleSchema } from 'renda';
 *
 * ActorRoleSchema.parse('deputy');
 * ```
 * @category Models
 */
export const ActorRoleSchema = /* @__PURE__ */ z.enum(ACTOR_ROLES);

/**
 * A built-in role; the type of {@link ActorRoleSchema}.
 *
 * @example
 * ```ts
 * import type { ActorRole } from 'renda';
 *
 * const role: ActorRole = 'liaisonOffice';
 * ```
 * @category Models
 */
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/**
 * The one an act is done for (被代理人, 代为操作的对象): a role and an id, as in {@link ActorSchema}.
 *
 * @example
 * ```ts
 * import { PrincipalSchema } from 'renda';
 *
 * PrincipalSchema.parse({ role: 'deputy', id: 'D-1' });
 * ```
 * @category Models
 */
export const PrincipalSchema = /* @__PURE__ */ z.object({
  /** 角色. */
  role: /* @__PURE__ */ z.string().trim().min(1).max(64),
  /** 编号. */
  id: IdSchema,
});

/**
 * The one an act is done for; the type of {@link PrincipalSchema}.
 *
 * @example
 * ```ts
 * import type { Principal } from 'renda';
 *
 * const deputy: Principal = { role: 'deputy', id: 'D-1' };
 * ```
 * @category Models
 */
export interface Principal extends z.infer<typeof PrincipalSchema> {}

/**
 * Who did something (操作者): a role and the id of the person or body acting in it (a deputy's
 * id, a unit's id, an office's id), and, when they acted for someone else, who that was
 * (`onBehalfOf`, 代为操作: the office keying in a suggestion a deputy handed in on paper).
 *
 * @example
 * ```ts
 * import { ActorSchema } from 'renda';
 *
 * ActorSchema.parse({ role: 'handlingUnit', id: 'U-TRANSPORT' });
 * ActorSchema.parse({ role: 'liaisonOffice', id: 'OFFICE', onBehalfOf: { role: 'deputy', id: 'D-1' } });
 * ```
 * @category Models
 */
export const ActorSchema = /* @__PURE__ */ z.object({
  /** 角色: a built-in role or an extension's own. */
  role: /* @__PURE__ */ z.string().trim().min(1).max(64),
  /** 操作者编号. */
  id: IdSchema,
  /** 代为操作: the one the act was done for; absent when the actor acted for themself. */
  onBehalfOf: /* @__PURE__ */ PrincipalSchema.optional(),
});

/**
 * Who did something; the type of {@link ActorSchema}.
 *
 * @example
 * ```ts
 * import type { Actor } from 'renda';
 *
 * const office: Actor = { role: 'liaisonOffice', id: 'OFFICE' };
 * ```
 * @category Models
 */
export interface Actor extends z.infer<typeof ActorSchema> {}
