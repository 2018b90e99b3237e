import type { Locale } from '../model/shared/localized.js';
import type { ENUM_GROUPS, EnumGroup } from './enumGroups.js';
import { labelTable, type Triple } from './labelTable.js';

// A missing or extra value in the table is a compile error here.
type Complete = {
  readonly [G in EnumGroup]: { readonly [V in (typeof ENUM_GROUPS)[G][number]]: Triple };
};
const table: Complete = labelTable;

/**
 * Labels for every enumeration in one locale (标签): `labels('zh-Hans').suggestionState.replied`
 * is `已答复`.
 *
 * @example
 * ```ts
 * import type { Labels } from 'renda';
 *
 * const show = (l: Labels) => l.satisfactionGrade.basicallySatisfied;
 * ```
 * @category Labels
 */
export type Labels = {
  readonly [G in EnumGroup]: { readonly [V in (typeof ENUM_GROUPS)[G][number]]: string };
};

const INDEX: Record<Locale, 0 | 1 | 2> = { 'zh-Hans': 0, 'zh-Hant': 1, en: 2 };

/**
 * Every enumeration's labels in one locale (枚举标签): simplified Chinese, traditional Chinese or
 * English.
 *
 * @param locale - `zh-Hans`, `zh-Hant` or `en`.
 * @returns A frozen object of label groups, keyed by enumeration and value.
 * @example
 * ```ts
 * import { labels } from 'renda';
 *
 * console.log(labels('zh-Hans').suggestionState.replied); // '已答复'
 * console.log(labels('zh-Hant').handlingRole.lead); // '主辦'
 * console.log(labels('en').satisfactionGrade.basicallySatisfied); // 'Basically satisfied'
 * ```
 * @category Labels
 */
export function labels(locale: Locale): Labels {
  const i = INDEX[locale];
  const out: Record<string, Record<string, string>> = {};
  for (const [group, values] of Object.entries(table)) {
    const inLocale: Record<string, string> = {};
    for (const [value, triple] of Object.entries(values as Record<string, Triple>)) {
      inLocale[value] = triple[i];
    }
    out[group] = Object.freeze(inLocale);
  }
  return Object.freeze(out) as Labels;
}

/**
 * One value's label (标签), e.g. `labelOf('handlingRole', 'lead', 'zh-Hans')` is `主办`.
 *
 * @param group - The enumeration.
 * @param value - One of its values.
 * @param locale - The locale.
 * @returns The label.
 * @example
 * ```ts
 * import { labelOf } from 'renda';
 *
 * console.log(labelOf('handlingRole', 'separate', 'zh-Hans')); // '分办'
 * ```
 * @category Labels
 */
export function labelOf<G extends EnumGroup>(
  group: G,
  value: (typeof ENUM_GROUPS)[G][number],
  locale: Locale,
): string {
  const values = table[group] as Readonly<Record<string, Triple>>;
  return (values[value] as Triple)[INDEX[locale]];
}
