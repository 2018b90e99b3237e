import type { ENUM_GROUPS, EnumGroup } from '../i18n/enumGroups.js';
import { labelTable, type Triple } from '../i18n/labelTable.js';
import { quote } from '../internal/quote.js';
import type { BilingualText } from '../model/shared/localized.js';
import { nearestKey } from '../model/shared/nearestKey.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import { foldWidth } from './foldWidth.js';

/** The error of {@link safeReverseLabel}: an unknown group, or a label no locale uses. */
export interface ReverseLabelError {
  /** `UNKNOWN_GROUP` or `UNKNOWN_LABEL`. */
  readonly code: 'UNKNOWN_GROUP' | 'UNKNOWN_LABEL';
  /** What is wrong, with the near miss when there is one. */
  readonly message: BilingualText;
  /** The value whose label is nearest to the one given (a typo, a missing 级), if any. */
  readonly suggestion?: string;
}

/** The longest text compared with the labels. */
const MAX_LABEL_LENGTH = 200;

/** How a label is compared: widths folded, spaces dropped, English case ignored. */
const keyOf = (text: string): string => foldWidth(text).replace(/\s+/gu, '').toLowerCase();

/** Per group, every spelling (value and the three labels) → value; built on first use. */
const lookups = new Map<string, ReadonlyMap<string, string>>();

function lookupOf(group: string): ReadonlyMap<string, string> | undefined {
  if (!Object.hasOwn(labelTable, group)) return undefined;
  let lookup = lookups.get(group);
  if (lookup === undefined) {
    const map = new Map<string, string>();
    const values = labelTable[group as EnumGroup] as Readonly<Record<string, Triple>>;
    for (const [value, triple] of Object.entries(values)) {
      for (const spelling of [value, ...triple]) {
        const key = keyOf(spelling);
        // A spelling two values share (none today) goes to the first, as the table lists it.
        if (!map.has(key)) map.set(key, value);
      }
    }
    lookup = map;
    lookups.set(group, lookup);
  }
  return lookup;
}

function reverse(group: unknown, label: unknown): Result<string, ReverseLabelError> {
  const lookup = typeof group === 'string' ? lookupOf(group) : undefined;
  if (lookup === undefined) {
    return {
      ok: false,
      error: {
        code: 'UNKNOWN_GROUP',
        message: {
          'zh-Hans': `没有名为 ${quote(group)} 的枚举`,
          en: `there is no enumeration ${quote(group)}`,
        },
      },
    };
  }
  // No label is this long; a longer text is not compared (folding it would cost its length).
  const text = typeof label === 'string' && label.length <= MAX_LABEL_LENGTH ? label : '';
  const found = lookup.get(keyOf(text));
  if (found !== undefined) return { ok: true, value: found };
  const near = text === '' ? undefined : nearestKey(keyOf(text), [...lookup.keys()]);
  const suggestion = near === undefined ? undefined : lookup.get(near);
  const hint: BilingualText =
    suggestion === undefined
      ? { 'zh-Hans': '', en: '' }
      : {
          'zh-Hans': `；是否应为「${(labelTable[group as EnumGroup] as Readonly<Record<string, Triple>>)[suggestion]?.[0]}」？`,
          en: `; did you mean ${quote(suggestion)}?`,
        };
  return {
    ok: false,
    error: {
      code: 'UNKNOWN_LABEL',
      message: {
        'zh-Hans': `${quote(label)} 不是「${quote(group)}」的标签${hint['zh-Hans']}`,
        en: `${quote(label)} is not a label of ${quote(group)}${hint.en}`,
      },
      ...(suggestion === undefined ? {} : { suggestion }),
    },
  };
}

/**
 * The enum value a label stands for, without throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with code `UNKNOWN_GROUP` or `UNKNOWN_LABEL` (and a `suggestion` when a
 * label is near).
 *
 * @param group - The enumeration, e.g. `congressLevel`.
 * @param label - A label in any locale, or the value itself.
 * @example
 * ```ts
 * import { safeReverseLabel } from 'renda/import';
 *
 * const result = safeReverseLabel('satisfactionGrade', '基本满易');
 * if (!result.ok) console.log(result.error.suggestion); // 'basicallySatisfied'
 * ```
 * @category Import
 */
export function safeReverseLabel<G extends EnumGroup>(
  group: G,
  label: string,
): Result<(typeof ENUM_GROUPS)[G][number], ReverseLabelError> {
  return neverThrow(
    () =>
      Object.freeze(reverse(group, label)) as Result<
        (typeof ENUM_GROUPS)[G][number],
        ReverseLabelError
      >,
    (): ReverseLabelError => ({
      code: 'UNKNOWN_LABEL',
      message: { 'zh-Hans': '无法读取标签', en: 'the label could not be read' },
    }),
  );
}

/**
 * The enum value a label stands for (标签反查): any of the three locales' labels (`省级`,
 * `省級`, `Provincial`) or the value itself gives `provincial`.
 *
 * @remarks
 * Full-width letters and spaces are folded and English case is ignored before the lookup, so
 * `基本 滿意` and `BASICALLY SATISFIED` both read as `basicallySatisfied`.
 *
 * @param group - The enumeration.
 * @param label - The label.
 * @returns The enum value.
 * @throws {@link RendaError} with code `UNKNOWN_GROUP` or `UNKNOWN_LABEL` (naming the nearest
 * label when there is one).
 * @example
 * ```ts
 * import { reverseLabel } from 'renda/import';
 *
 * console.log(reverseLabel('congressLevel', '省級')); // 'provincial'
 * console.log(reverseLabel('satisfactionGrade', '基本满意')); // 'basicallySatisfied'
 * ```
 * @category Import
 */
export function reverseLabel<G extends EnumGroup>(
  group: G,
  label: string,
): (typeof ENUM_GROUPS)[G][number] {
  const result = safeReverseLabel(group, label);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
