import * as z from 'zod';

/**
 * The five levels of people's congresses (五级人大): national (全国), provincial (省级),
 * districted city (设区的市), county (县级) and township (乡级).
 *
 * @example
 * ```ts
 * import { CONGRESS_LEVELS } from 'renda';
 *
 * console.log(CONGRESS_LEVELS.length); // 5
 * ```
 * @category Models
 */
export const CONGRESS_LEVELS = ['national', 'provincial', 'city', 'county', 'township'] as const;

/**
 * A congress level (人大层级), one of {@link CONGRESS_LEVELS}.
 *
 * @example
 * ```ts
 * import { CongressLevelSchema } from 'renda';
 *
 * CongressLevelSchema.parse('county');
 * ```
 * @category Models
 */
export const CongressLevelSchema = /* @__PURE__ */ z.enum(CONGRESS_LEVELS);

/**
 * A congress level; the type of {@link CongressLevelSchema}.
 *
 * @example
 * ```ts
 * import type { CongressLevel } from 'renda';
 *
 * const level: CongressLevel = 'township';
 * ```
 * @category Models
 */
export type CongressLevel = z.infer<typeof CongressLevelSchema>;

/**
 * A congress (一届人大) at one level: the jurisdiction's code, the level and the term number
 * (届次, e.g. 14 for the 14th NPC).
 *
 * @example
 * ```ts
 * import { CongressSchema } from 'renda';
 *
 * CongressSchema.parse({ jurisdiction: '110000', level: 'provincial', term: 16 });
 * ```
 * @category Models
 */
export const CongressSchema = /* @__PURE__ */ z.object({
  /** 行政区划代码 or another stable code of the jurisdiction. */
  jurisdiction: /* @__PURE__ */ z.string().trim().min(1).max(64),
  /** 层级. */
  level: CongressLevelSchema,
  /** 届次: the term number. */
  term: /* @__PURE__ */ z.number().int().min(1).max(99),
});

/**
 * A congress; the type of {@link CongressSchema}.
 *
 * @example
 * ```ts
 * import type { Congress } from 'renda';
 *
 * const npc: Congress = { jurisdiction: '000000', level: 'national', term: 14 };
 * ```
 * @category Models
 */
export interface Congress extends z.infer<typeof CongressSchema> {}
