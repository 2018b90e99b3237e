import * as z from 'zod';
import {
  canonicalTimestampOfForm,
  hasTimestampForm,
  TIMESTAMP_RANGE_MESSAGE,
} from '../../internal/timestamp.js';

/**
 * An identifier (编号): a non-empty string of at most 128 characters, trimmed.
 *
 * @remarks Identifiers are opaque to renda; an app uses its own database keys.
 * @example
 * ```ts
 * import { IdSchema } from 'renda';
 *
 * IdSchema.parse(' D-001 '); // 'D-001'
 * ```
 * @category Models
 */
export const IdSchema = /* @__PURE__ */ z.string().trim().min(1).max(128);

/**
 * The canonical form, or a bilingual issue for a timestamp outside years 0001–9999 in UTC. zod runs
 * a pipe's transform only on a value its format check passed, so the form is known here.
 */
function toCanonicalUtc(value: string, ctx: z.core.$RefinementCtx<string>): string {
  const canonical = canonicalTimestampOfForm(value);
  if (canonical !== undefined) return canonical;
  ctx.issues.push({
    code: 'custom',
    input: value,
    message: 'TIMESTAMP_OUT_OF_RANGE',
    params: {
      code: 'TIMESTAMP_OUT_OF_RANGE',
      zh: TIMESTAMP_RANGE_MESSAGE['zh-Hans'],
      en: TIMESTAMP_RANGE_MESSAGE.en,
    },
  });
  return z.NEVER;
}

/**
 * A moment in time (时间戳): ISO 8601 with seconds and an offset or `Z` on input
 * (`2025-01-31T23:30:00+08:00`), stored in the canonical UTC form `2025-01-31T15:30:00.000Z`.
 *
 * @remarks The grammar is RFC 3339's, the one every calendar function reads too:
 * `YYYY-MM-DDTHH:MM:SS`, an optional fraction of 1–9 digits (cut to milliseconds), and `Z` or
 * `±HH:MM`. A wrong shape or an impossible date is `INVALID_FORMAT`; an instant outside years
 * 0001–9999 once converted to UTC (`9999-12-31T23:59:59-00:01`) is `TIMESTAMP_OUT_OF_RANGE`, so
 * every stored timestamp has 24 characters and string order is time order. Never compare raw
 * ISO strings with mixed offsets; parse them first so the strings are canonical.
 * @example
 * ```ts
 * import { IsoTimestampSchema } from 'renda';
 *
 * IsoTimestampSchema.parse('2025-01-31T23:30:00+08:00'); // '2025-01-31T15:30:00.000Z'
 * IsoTimestampSchema.safeParse('9999-12-31T23:59:59-00:01').success; // false: year 10000 in UTC
 * ```
 * @category Models
 */
export const IsoTimestampSchema = /* @__PURE__ */ z
  .stringFormat('datetime', hasTimestampForm)
  .transform(toCanonicalUtc);

/**
 * A calendar day (日期) `YYYY-MM-DD`, in the jurisdiction's time zone. Impossible dates such as
 * `2023-02-29` are rejected.
 *
 * @example
 * ```ts
 * import { CalendarDaySchema } from 'renda';
 *
 * CalendarDaySchema.safeParse('2024-02-29').success; // true
 * ```
 * @category Models
 */
export const CalendarDaySchema = /* @__PURE__ */ z.iso.date();

/**
 * The version of the rules a record runs under (规则版本), e.g. `"default@1"`: the policy's id and
 * version. A later change of policy never re-judges records stored under an earlier version.
 *
 * @example
 * ```ts
 * import { RulesVersionSchema } from 'renda';
 *
 * RulesVersionSchema.parse('default@1');
 * ```
 * @category Models
 */
export const RulesVersionSchema = /* @__PURE__ */ z.string().trim().min(1).max(64);

/**
 * A short free text (文本), at most 500 characters: titles, names, reasons.
 *
 * @example
 * ```ts
 * import { ShortTextSchema } from 'renda';
 *
 * ShortTextSchema.parse('关于加强农村道路养护的建议');
 * ```
 * @category Models
 */
export const ShortTextSchema = /* @__PURE__ */ z.string().trim().min(1).max(500);

/**
 * A long free text (正文), at most 100,000 characters: the body of a suggestion or a reply.
 *
 * @example
 * ```ts
 * import { LongTextSchema } from 'renda';
 *
 * LongTextSchema.parse('建议加大投入……');
 * ```
 * @category Models
 */
export const LongTextSchema = /* @__PURE__ */ z.string().max(100_000);

/**
 * A count (数量): a whole number, zero or more.
 *
 * @example
 * ```ts
 * import { CountSchema } from 'renda';
 *
 * CountSchema.parse(50);
 * ```
 * @category Models
 */
export const CountSchema = /* @__PURE__ */ z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * A validity interval (起止日期): `from` is required, `to` is absent while the interval is open.
 * Both are calendar days, inclusive.
 *
 * @example
 * ```ts
 * import { DateRangeSchema } from 'renda';
 *
 * DateRangeSchema.parse({ from: '2023-01-15' });
 * ```
 * @category Models
 */
export const DateRangeSchema = /* @__PURE__ */ z
  .object({
    /** 起始日期. */
    from: CalendarDaySchema,
    /** 终止日期 (inclusive); absent while open. */
    to: /* @__PURE__ */ CalendarDaySchema.optional(),
  })
  .check((ctx) => {
    const { from, to } = ctx.value;
    if (to !== undefined && to < from) {
      ctx.issues.push({
        code: 'custom',
        input: to,
        path: ['to'],
        params: { code: 'END_BEFORE_START' },
      });
    }
  });

/**
 * A validity interval; the type of {@link DateRangeSchema}.
 *
 * @example
 * ```ts
 * import type { DateRange } from 'renda';
 *
 * const range: DateRange = { from: '2023-01-15', to: '2027-12-31' };
 * ```
 * @category Models
 */
export interface DateRange extends z.infer<typeof DateRangeSchema> {}
