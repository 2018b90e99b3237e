import * as z from 'zod';
import { isTimeZone } from '../../calendar/internal/timeZone.js';
import type { WorkingDayCalendar } from '../../calendar/workingDayCalendar.js';
import { deepFreeze } from '../../internal/deepFreeze.js';
import { LabelSchema } from '../../model/shared/localized.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { type ModelName, toValidationError } from '../../model/shared/toValidationError.js';
import type { ValidationError } from '../../model/shared/validationError.js';

// The parts every jurisdiction policy is checked with (the suggestion policy, the opinion
// policy): a calendar's shape, the caller's calendar kept unfrozen, plain objects, and lists of
// codes with their labels.

/** Whether `value` has a calendar's shape; never throws, even for a Proxy whose traps do. */
export function isCalendar(value: unknown): boolean {
  try {
    if (typeof value !== 'object' || value === null) return false;
    const { id, isWorkingDay, covers } = value as Record<string, unknown>;
    return (
      typeof id === 'string' &&
      id.length >= 1 &&
      id.length <= 64 &&
      typeof isWorkingDay === 'function' &&
      (covers === undefined || typeof covers === 'function')
    );
  } catch {
    return false;
  }
}

/** A list of reasons by code (不予立案理由, 理由代码): codes unique, each with its label. */
export const ReasonListSchema = /* @__PURE__ */ z
  .array(z.object({ code: z.string().trim().min(1).max(64), label: LabelSchema }))
  .min(1)
  .max(200)
  .check((ctx) => {
    const codes = ctx.value.map((reason) => reason.code);
    if (new Set(codes).size !== codes.length) {
      ctx.issues.push({
        code: 'custom',
        input: codes,
        path: [],
        message: 'DUPLICATE_REASON',
        params: { code: 'DUPLICATE_REASON', zh: '理由代码重复', en: 'has duplicate reason codes' },
      });
    }
  });

/** A plain object (not an array, not a class instance): what a policy group may be. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The calendar the policy keeps: the caller's own when it is frozen (the built-in ones are), else
 * a frozen facade over it, so that freezing the policy never freezes the caller's object.
 */
export function ownCalendar(value: unknown): WorkingDayCalendar {
  const calendar = value as WorkingDayCalendar;
  if (Object.isFrozen(calendar)) return calendar;
  const { id, isWorkingDay, covers } = calendar;
  return Object.freeze({
    id,
    isWorkingDay: (day: string): boolean => isWorkingDay.call(calendar, day),
    ...(covers === undefined ? {} : { covers: (year: number) => covers.call(calendar, year) }),
  });
}

/** A policy's time zone: an IANA zone name. */
export const TimeZoneSchema = /* @__PURE__ */ z.string().refine(isTimeZone, {
  params: {
    code: 'UNKNOWN_TIME_ZONE',
    zh: '不是有效的 IANA 时区',
    en: 'is not an IANA time zone',
  },
});

/** A policy's working-day calendar: its shape, checked without calling it. */
export const CalendarSchema = /* @__PURE__ */ z.custom<WorkingDayCalendar>(isCalendar, {
  params: {
    code: 'INVALID_CALENDAR',
    zh: '必须是工作日历对象',
    en: 'must be a working-day calendar (id of 1–64 characters, isWorkingDay function)',
  },
});

/** The error for overrides that are missing or cannot be read at all (`INVALID_INPUT` at the root). */
export function unreadablePolicy(model: ModelName, zh: string, en: string): ValidationError {
  const issue = {
    code: 'custom',
    path: [],
    message: 'INVALID_INPUT',
    input: undefined,
    params: { code: 'INVALID_INPUT', zh, en },
  } as z.core.$ZodIssue;
  return deepFreeze(toValidationError(model, [issue], {}));
}

/**
 * The last step of defining a policy: the caller's calendar swapped for an own copy (the parser
 * freezes what it returns, and must not freeze the caller's object), then the merged policy
 * parsed and frozen.
 */
export function parsedPolicy<P>(
  merged: Record<string, unknown>,
  safeParse: (input: unknown) => Result<unknown, ValidationError>,
): Result<P, ValidationError> {
  if (isCalendar(merged.calendar)) merged.calendar = ownCalendar(merged.calendar);
  const checked = safeParse(merged);
  if (!checked.ok) return Object.freeze({ ok: false as const, error: deepFreeze(checked.error) });
  return Object.freeze({ ok: true as const, value: deepFreeze(checked.value as P) });
}

/** How an area's policy is defined from overrides (internal): its defaults and its groups. */
export interface PolicyDefinition<P> {
  readonly model: ModelName;
  readonly defaults: P;
  /** The keys whose object values merge one level deep with the default's. */
  readonly groups: readonly string[];
  readonly safeParse: (input: unknown) => Result<unknown, ValidationError>;
}

/**
 * A policy defined from a jurisdiction's overrides, without throwing (internal): the one way the
 * opinion and livelihood areas define theirs. Overrides must be a plain object; each key replaces
 * the default's, a group (an object under one of `groups`) merges one level deep, and a group
 * that is not an object is left for the schema to refuse by name. Then `parsedPolicy`.
 */
export function safeDefinedPolicy<P>(
  overrides: unknown,
  definition: PolicyDefinition<P>,
): Result<P, ValidationError> {
  const unreadable = (zh: string, en: string) => unreadablePolicy(definition.model, zh, en);
  return neverThrow(
    () => {
      if (!isPlainObject(overrides)) {
        return Object.freeze({
          ok: false as const,
          error: unreadable(
            '须为至少含 id 与 version 的对象',
            'must be an object with at least id and version',
          ),
        });
      }
      const defaults = definition.defaults as Record<string, unknown>;
      const merged: Record<string, unknown> = { ...defaults };
      for (const key of Object.keys(overrides)) {
        const value = overrides[key];
        if (value === undefined) continue;
        merged[key] =
          definition.groups.includes(key) && isPlainObject(value)
            ? { ...(defaults[key] as object), ...value }
            : value;
      }
      return parsedPolicy<P>(merged, definition.safeParse);
    },
    () => unreadable('无法读取（取值时出错）', 'cannot be read (a getter or a Proxy trap threw)'),
  );
}
