/**
 * The 34 province-level codes of GB/T 2260 (省级行政区划代码), as their first two digits: 11–15
 * (华北), 21–23 (东北), 31–37 (华东), 41–46 (中南), 50–54 (西南), 61–65 (西北), 71 (台湾), 81 (香港),
 * 82 (澳门).
 *
 * @remarks
 * A division code whose first two digits are not in this list is refused: the first two digits
 * are the only part of a code whose every valid value is known in advance, so checking them
 * catches most typed or shifted codes.
 *
 * @example
 * ```ts
 * import { PROVINCE_CODES } from 'renda';
 *
 * console.log(PROVINCE_CODES.length, PROVINCE_CODES.includes('33')); // 34 true
 * ```
 * @category Models
 */
export const PROVINCE_CODES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
] as const;
