import * as z from 'zod';

/**
 * Every state in the life of a suggestion (建议办理状态), in order of the usual path:
 * draft (草稿) → submitted (已提交) → registered (已立案) or notRegistered (不予立案) →
 * assigned (已交办) → inHandling (办理中) → replied (已答复) → reHandling (重新办理) → closed
 * (已办结); withdrawn (已撤回) and merged (已并案) end a suggestion early.
 *
 * @example
 * ```ts
 * import { SUGGESTION_STATES } from 'renda';
 *
 * console.log(SUGGESTION_STATES.length); // 11
 * ```
 * @category Models
 */
export const SUGGESTION_STATES = [
  'draft',
  'submitted',
  'registered',
  'notRegistered',
  'assigned',
  'inHandling',
  'replied',
  'reHandling',
  'closed',
  'withdrawn',
  'merged',
] as const;

/**
 * A suggestion's state; the schema of {@link SUGGESTION_STATES}.
 *
 * @remarks An extended workflow may add states; records then carry that workflow's own schema.
 * @example
 * ```ts
 * import { SuggestionStateSchema } from 'renda';
 *
 * SuggestionStateSchema.parse('inHandling');
 * ```
 * @category Models
 */
export const SuggestionStateSchema = /* @__PURE__ */ z.enum(SUGGESTION_STATES);

/**
 * A suggestion's state; the type of {@link SuggestionStateSchema}.
 *
 * @example
 * ```ts
 * import type { SuggestionState } from 'renda';
 *
 * const state: SuggestionState = 'replied';
 * ```
 * @category Models
 */
export type SuggestionState = z.infer<typeof SuggestionStateSchema>;
