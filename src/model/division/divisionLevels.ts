/**
 * The levels of China's administrative divisions (行政区划层级), top first: province-level (省级:
 * 省、自治区、直辖市、特别行政区), prefecture-level (地级: 地级市、地区、自治州、盟, and the
 * 市辖区 / 省直辖县级行政区划 groupings of the code tables), county-level (县级: 市辖区、县、县级市、
 * 旗), township-level (乡级: 乡、镇、街道) and village-level (村级: 村委会、居委会).
 *
 * @example
 * ```ts
 * import { DIVISION_LEVELS } from 'renda';
 *
 * console.log(DIVISION_LEVELS); // ['province', 'city', 'county', 'township', 'village']
 * ```
 * @category Models
 */
export const DIVISION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;

/**
 * One of {@link DIVISION_LEVELS} (区划层级).
 *
 * @example
 * ```ts
 * import type { DivisionLevel } from 'renda';
 *
 * const level: DivisionLevel = 'township';
 * ```
 * @category Models
 */
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];
