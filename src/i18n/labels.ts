import { deepFreeze } from '../internal/deepFreeze.js';
import { quote } from '../internal/quote.js';
import { LOCALES, type Locale } from '../model/shared/localized.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
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

const INDEX: Readonly<Record<Locale, 0 | 1 | 2>> = { 'zh-Hans': 0, 'zh-Hant': 1, en: 2 };

/** The error of {@link safeLabels} and {@link safeLabelOf}: an unknown locale, group or value. */
export interface LabelError {
  readonly code: 'INVALID_LOCALE' | 'UNKNOWN_LABEL';
  readonly message: { readonly 'zh-Hans': string; readonly en: string };
}

const indexOf = (locale: unknown): 0 | 1 | 2 | undefined =>
  typeof locale === 'string' && Object.hasOwn(INDEX, locale) ? INDEX[locale as Locale] : undefined;

const invalidLocale = (locale: unknown): LabelError =>
  deepFreeze({
    code: 'INVALID_LOCALE' as const,
    message: {
      'zh-Hans': `语言「${quote(locale)}」不受支持，应为 ${LOCALES.join('、')}`,
      en: `locale ${quote(locale)} is not supported; use one of ${LOCALES.join(', ')}`,
    },
  });

const unknownLabel = (group: unknown, value: unknown): LabelError =>
  deepFreeze({
    code: 'UNKNOWN_LABEL' as const,
    message: {
      'zh-Hans': `没有「${quote(group)}」中「${quote(value)}」的标签`,
      en: `there is no label for ${quote(value)} in ${quote(group)}`,
    },
  });

/** Every locale's labels, built once: a label table never changes. */
const built = new Map<Locale, Labels>();

function build(i: 0 | 1 | 2): Labels {
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
 * Every enumeration's labels in one locale, without throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with code `INVALID_LOCALE`.
 *
 * @param locale - `zh-Hans`, `zh-Hant` or `en`.
 * @example
 * ```ts
 * import { safeLabels } from 'renda';
 *
 * const result = safeLabels('en');
 * if (result.ok) console.log(result.value.suggestionState.closed); // 'Closed'
 * ```
 * @category Labels
 */
export function safeLabels(locale: Locale): Result<Labels, LabelError> {
  return neverThrow<Labels, LabelError>(
    () => {
      const i = indexOf(locale);
      if (i === undefined)
        return Object.freeze({ ok: false as const, error: invalidLocale(locale) });
      const key = LOCALES[i] as Locale;
      let labelsOf = built.get(key);
      if (labelsOf === undefined) {
        labelsOf = build(i);
        built.set(key, labelsOf);
      }
      return Object.freeze({ ok: true as const, value: labelsOf });
    },
    () => invalidLocale(undefined),
  );
}

/**
 * Every enumeration's labels in one locale (枚举标签): simplified Chinese, traditional Chinese or
 * English.
 *
 * @param locale - `zh-Hans`, `zh-Hant` or `en`.
 * @returns A frozen object of label groups, keyed by enumeration and value.
 * @throws {@link RendaError} with code `INVALID_LOCALE` for any other locale.
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
  const result = safeLabels(locale);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/**
 * One value's label, without throwing: `{ ok: true, value }`, or `{ ok: false, error }` with code
 * `INVALID_LOCALE` or `UNKNOWN_LABEL` (a group or value renda has no label for).
 *
 * @param group - The enumeration.
 * @param value - One of its values.
 * @param locale - The locale.
 * @example
 * ```ts
 * import { safeLabelOf } from 'renda';
 *
 * const result = safeLabelOf('handlingRole', 'lead', 'en');
 * if (result.ok) console.log(result.value); // 'Lead'
 * ```
 * @category Labels
 */
export function safeLabelOf<G extends EnumGroup>(
  group: G,
  value: (typeof ENUM_GROUPS)[G][number],
  locale: Locale,
): Result<string, LabelError> {
  return neverThrow<string, LabelError>(
    () => {
      const i = indexOf(locale);
      if (i === undefined)
        return Object.freeze({ ok: false as const, error: invalidLocale(locale) });
      const values =
        typeof group === 'string' && Object.hasOwn(table, group)
          ? (table[group] as Readonly<Record<string, Triple>>)
          : undefined;
      const triple =
        values !== undefined && typeof value === 'string' && Object.hasOwn(values, value)
          ? values[value]
          : undefined;
      if (triple === undefined) {
        return Object.freeze({ ok: false as const, error: unknownLabel(group, value) });
      }
      return Object.freeze({ ok: true as const, value: triple[i] });
    },
    () => unknownLabel(undefined, undefined),
  );
}

/**
 * One value's label (标签), e.g. `labelOf('handlingRole', 'lead', 'zh-Hans')` is `主办`.
 *
 * @param group - The enumeration.
 * @param value - One of its values.
 * @param locale - The locale.
 * @returns The label.
 * @throws {@link RendaError} with code `INVALID_LOCALE` or `UNKNOWN_LABEL`.
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
  const result = safeLabelOf(group, value, locale);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
