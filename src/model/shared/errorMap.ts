import type * as z from 'zod';
import { toHant, withHant } from '../../internal/hant.js';
import { quote } from '../../internal/quote.js';
import { describeIssue, type IssueText, type Seen } from './describeIssue.js';
import { commonFieldNames, type FieldNames } from './fieldNames.js';
import { LOCALES, type Locale } from './localized.js';
import { nearestKey } from './nearestKey.js';
import type { Result } from './result.js';
import { RendaError } from './validationError.js';

/** The error of {@link safeRendaErrorMap}: a locale renda does not write. */
export interface ErrorMapError {
  readonly code: 'INVALID_LOCALE';
  readonly message: { readonly 'zh-Hans': string; readonly en: string };
}

type Lang = 'zh' | 'en';

function fieldName(path: readonly PropertyKey[], names: FieldNames, lang: Lang): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key !== 'string') continue;
    const known = Object.hasOwn(names, key)
      ? names[key]
      : Object.hasOwn(commonFieldNames, key)
        ? commonFieldNames[key]
        : undefined;
    if (known !== undefined) return lang === 'zh' ? known['zh-Hans'] : known.en;
    return quote(key);
  }
  return lang === 'zh' ? '记录' : 'record';
}

/** The keys of the object schema that raised an `unrecognized_keys` issue (zod passes it). */
function shapeKeys(issue: z.core.$ZodRawIssue): readonly string[] {
  const def = (issue.inst as { _zod?: { def?: { type?: string; shape?: object } } } | undefined)
    ?._zod?.def;
  return def?.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : [];
}

function unknownKeysText(issue: z.core.$ZodRawIssue, lang: Lang): string {
  const known = shapeKeys(issue);
  const keys = ((issue as { keys?: readonly string[] }).keys ?? []).slice(0, 20);
  return keys
    .map((key) => {
      const nearest = nearestKey(key, known);
      const shown = quote(key);
      if (lang === 'zh') {
        return nearest === undefined
          ? `「${shown}」不是已知字段`
          : `「${shown}」不是已知字段，是否应为「${nearest}」？`;
      }
      return nearest === undefined
        ? `${shown} is not a known key`
        : `${shown} is not a known key; did you mean ${nearest}?`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

function seenOf(issue: z.core.$ZodRawIssue): Seen {
  // zod hands an error map the raw issue, input included (undefined for a missing field).
  const input = issue.input;
  const discriminator = (issue as { discriminator?: unknown }).discriminator;
  if (issue.code === 'invalid_union' && typeof discriminator === 'string') {
    try {
      const value =
        typeof input === 'object' && input !== null
          ? (input as Record<string, unknown>)[discriminator]
          : undefined;
      return value === undefined ? { kind: 'missing' } : { kind: 'present', value };
    } catch {
      return { kind: 'unknown' };
    }
  }
  return input === undefined ? { kind: 'missing' } : { kind: 'present', value: input };
}

/**
 * Checks a locale, for the error map and for labels: one of {@link LOCALES}.
 * @internal
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * renda's messages as a zod error map (校验消息映射), without throwing: `{ ok: true, value }` with
 * the map, or `{ ok: false, error }` with code `INVALID_LOCALE` for a locale renda does not write.
 *
 * @param locale - `zh-Hans`, `zh-Hant` or `en`.
 * @param names - Field names for the schema being parsed, e.g. `suggestionFieldNames`.
 * @example
 * ```ts
 * import { safeRendaErrorMap, SuggestionSchema, suggestionFieldNames } from 'renda';
 *
 * const map = safeRendaErrorMap('en', suggestionFieldNames);
 * if (map.ok) {
 *   const result = SuggestionSchema.safeParse({ title: 5 }, { error: map.value });
 *   console.log(result.error?.issues[0]?.message);
 * }
 * ```
 * @category Validation
 */
export function safeRendaErrorMap(
  locale: Locale,
  names: FieldNames = {},
): Result<z.core.$ZodErrorMap, ErrorMapError> {
  let valid = false;
  try {
    valid = isLocale(locale);
  } catch {
    valid = false;
  }
  if (!valid) {
    return Object.freeze({
      ok: false as const,
      error: withHant(
        Object.freeze({
          code: 'INVALID_LOCALE' as const,
          message: Object.freeze({
            'zh-Hans': `语言「${quote(locale)}」不受支持，应为 ${LOCALES.join('、')}`,
            en: `locale ${quote(locale)} is not supported; use one of ${LOCALES.join(', ')}`,
          }),
        }),
      ),
    });
  }
  let table: FieldNames;
  try {
    table = typeof names === 'object' && names !== null ? names : {};
  } catch {
    table = {};
  }
  const lang: Lang = locale === 'en' ? 'en' : 'zh';
  // zh-Hant is the simplified text in traditional characters, as on every renda error.
  const script = locale === 'zh-Hant' ? toHant : (text: string) => text;
  const map: z.core.$ZodErrorMap = (issue) => {
    // An error map runs inside zod's parse: it must never throw, or safeParse would.
    try {
      const path = issue.path ?? [];
      if (issue.code === 'unrecognized_keys') return script(unknownKeysText(issue, lang));
      const text: IssueText = describeIssue(issue as z.core.$ZodIssue, seenOf(issue));
      const field = fieldName(path, table, lang);
      return lang === 'zh' ? script(`「${field}」${text.zh}`) : `${field} ${text.en}`;
    } catch {
      return undefined;
    }
  };
  return Object.freeze({ ok: true as const, value: Object.freeze(map) });
}

/**
 * renda's messages as a zod error map (校验消息映射), so a form built on renda's schemas shows the
 * same field-naming messages as `safeParseX`, in Chinese or English: pass it per parse
 * (`schema.safeParse(x, { error: rendaErrorMap('zh-Hans') })`) or once for the whole app
 * (`z.config({ customError: rendaErrorMap('zh-Hans') })`).
 *
 * @remarks A message set on a schema itself (`z.string('…')`) still wins, as zod ranks it. The
 * issue's `code` stays zod's; renda's code (`REQUIRED`, `INVALID_TYPE` …) is what `safeParseX`
 * reports.
 * @param locale - `zh-Hans`, `zh-Hant` or `en`.
 * @param names - Field names for the schema being parsed, e.g. `suggestionFieldNames`; common
 * fields (`id`, `title`, `at` …) are always named.
 * @returns A zod error map that never throws.
 * @throws {@link RendaError} with code `INVALID_LOCALE` for any other locale.
 * @example
 * ```ts
 * import { rendaErrorMap, SuggestionSchema, suggestionFieldNames } from 'renda';
 *
 * const result = SuggestionSchema.safeParse(
 *   { title: '' },
 *   { error: rendaErrorMap('zh-Hans', suggestionFieldNames) },
 * );
 * console.log(result.error?.issues.find((i) => i.path[0] === 'title')?.message);
 * // '「标题」长度至少为 1'
 * ```
 * @category Validation
 */
export function rendaErrorMap(locale: Locale, names: FieldNames = {}): z.core.$ZodErrorMap {
  const result = safeRendaErrorMap(locale, names);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
