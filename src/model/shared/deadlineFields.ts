// The deadline (期限) and its rule (期限规则) defined once, as data, without zod: the calendar
// reads them with `readDeadlineRule` and `readDeadlineFields` (so `dueDate`, the calendar and
// the dashboard pull no zod into a bundle or an import), and `DeadlineRuleSchema` /
// `DeadlineSchema` (./deadline.ts) are built from the same tables for apps, forms and JSON Schema.
import { isCalendarDay } from '../../internal/civilDays.js';

/**
 * How a deadline is counted (计算方式): calendar months (个月, month-end clamps: 30 Nov + 3
 * months = 28/29 Feb), calendar days (日) or working days (工作日, holidays and 调休 make-up
 * working days from the policy's calendar).
 *
 * @example
 * ```ts
 * import { DEADLINE_UNITS } from 'renda';
 *
 * console.log(DEADLINE_UNITS); // ['calendarMonths', 'calendarDays', 'workingDays']
 * ```
 * @category Deadlines
 */
export const DEADLINE_UNITS = ['calendarMonths', 'calendarDays', 'workingDays'] as const;

/**
 * What a deadline is counted from (起算点): the assignment (交办), the receipt (收到), the close of
 * the congress session (闭会之日), or a fixed calendar date (e.g. replies due 30 June).
 *
 * @example
 * ```ts
 * import { DEADLINE_ANCHORS } from 'renda';
 *
 * console.log(DEADLINE_ANCHORS.includes('sessionClose')); // true
 * ```
 * @category Deadlines
 */
export const DEADLINE_ANCHORS = ['assignment', 'receipt', 'sessionClose', 'fixedDate'] as const;

/** One field of a deadline or its rule: what it holds, and whether it may be left out. */
export type DeadlineField = (
  | { readonly kind: 'wholeNumber'; readonly min: number; readonly max: number }
  | { readonly kind: 'oneOf'; readonly values: readonly [string, ...string[]] }
  | { readonly kind: 'monthDay' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'day' }
  | { readonly kind: 'text'; readonly min: number; readonly max: number }
  | { readonly kind: 'object'; readonly fields: DeadlineFields; readonly check?: CrossFieldRule }
) & { readonly optional?: true };

/** The fields of an object, in the order they are checked and written. */
export type DeadlineFields = Readonly<Record<string, DeadlineField>>;

/** A rule across the fields of an object whose fields are each valid. */
export interface CrossFieldRule {
  readonly code: string;
  readonly path: readonly string[];
  readonly zh: string;
  readonly en: string;
  /** Whether the object breaks the rule. */
  readonly breaks: (value: Readonly<Record<string, unknown>>) => boolean;
}

/** `MM-DD`: month 01–12, day 01–31 (a day past the month's end is clamped when counted). */
export const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The one rule across a deadline rule's fields: a fixed-date rule names its date. */
export const FIXED_DATE_MISSING: CrossFieldRule = {
  code: 'FIXED_DATE_MISSING',
  path: ['fixedDate'],
  zh: '固定日期规则必须给出日期（MM-DD）',
  en: 'a fixed-date rule needs its date (MM-DD)',
  breaks: (rule) => rule.anchor === 'fixedDate' && rule.fixedDate === undefined,
};

/** The fields of a deadline rule (期限规则). */
export const DEADLINE_RULE_FIELDS = {
  /** 期限长度. Ignored for a fixed date. */
  amount: { kind: 'wholeNumber', min: 0, max: 3660 },
  /** 计算单位. */
  unit: { kind: 'oneOf', values: DEADLINE_UNITS },
  /** 起算点. */
  anchor: { kind: 'oneOf', values: DEADLINE_ANCHORS },
  /** 固定日期 `MM-DD`, for `anchor: 'fixedDate'`. */
  fixedDate: { kind: 'monthDay', optional: true },
  /**
   * 顺延: when the counted day is not a working day, move the due day to the next working day.
   * Off by default: the law counts calendar months and days as they fall.
   */
  rollToWorkingDay: { kind: 'boolean', optional: true },
} as const satisfies DeadlineFields;

/** The fields of an approved extension (延期). */
export const DEADLINE_EXTENSION_FIELDS = {
  /** 原截止日期. */
  originalDay: { kind: 'day' },
  /** 延期月数. */
  months: { kind: 'wholeNumber', min: 1, max: 24 },
} as const satisfies DeadlineFields;

/** The fields of a deadline frozen on a record (期限). */
export const DEADLINE_FIELDS = {
  /** 截止日期: the last day on which the act is on time (inclusive). */
  day: { kind: 'day' },
  /** 起算日期. */
  anchorDay: { kind: 'day' },
  /** 期限规则. */
  rule: { kind: 'object', fields: DEADLINE_RULE_FIELDS, check: FIXED_DATE_MISSING },
  /** 工作日历: the id of the calendar it was counted with. */
  calendarId: { kind: 'text', min: 1, max: 64 },
  /** 时区: the IANA zone it was counted in. */
  timeZone: { kind: 'text', min: 1, max: 64 },
  /** 延期: the approved extension, if any, and the day before it. */
  extension: { kind: 'object', fields: DEADLINE_EXTENSION_FIELDS, optional: true },
} as const satisfies DeadlineFields;

/** What a value read against a table gives: the copy, or where it first went wrong and why. */
export type FieldsReading =
  | { readonly ok: true; readonly value: Readonly<Record<string, unknown>> }
  | {
      readonly ok: false;
      readonly path: readonly string[];
      readonly zh: string;
      readonly en: string;
    };

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a value does not fit a field, in both languages, or `undefined` when it fits. */
function misfit(field: DeadlineField, value: unknown): readonly [string, string] | undefined {
  switch (field.kind) {
    case 'wholeNumber':
      if (
        typeof value === 'number' &&
        Number.isSafeInteger(value) &&
        value >= field.min &&
        value <= field.max
      ) {
        return undefined;
      }
      return [
        `须为 ${field.min} 至 ${field.max} 的整数`,
        `must be a whole number from ${field.min} to ${field.max}`,
      ];
    case 'oneOf':
      if (typeof value === 'string' && field.values.includes(value)) return undefined;
      return [`须为 ${field.values.join('、')} 之一`, `must be one of ${field.values.join(', ')}`];
    case 'monthDay':
      if (typeof value === 'string' && MONTH_DAY_PATTERN.test(value)) return undefined;
      return ['须为 MM-DD 日期', 'must be an MM-DD date'];
    case 'boolean':
      if (typeof value === 'boolean') return undefined;
      return ['须为 true 或 false', 'must be true or false'];
    case 'day':
      if (isCalendarDay(value)) return undefined;
      return [
        '须为 0001–9999 年间的有效日期（YYYY-MM-DD）',
        'must be a valid YYYY-MM-DD day in years 0001–9999',
      ];
    case 'text':
      if (typeof value === 'string' && value.length >= field.min && value.length <= field.max) {
        return undefined;
      }
      return [
        `须为 ${field.min} 至 ${field.max} 个字符`,
        `must have ${field.min} to ${field.max} characters`,
      ];
    case 'object':
      if (isObject(value)) return undefined;
      return ['须为对象', 'must be an object'];
  }
}

/**
 * Reads a value against a table the way the zod schema built from the same table parses it
 * (./deadline.ts): fields in order, the first wrong one named, unknown keys dropped, an optional
 * key given as `undefined` kept, then the rule across fields. Each field is read once.
 */
function readFields(fields: DeadlineFields, value: unknown, check?: CrossFieldRule): FieldsReading {
  if (!isObject(value)) return { ok: false, path: [], zh: '须为对象', en: 'must be an object' };
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const field = fields[key] as DeadlineField;
    const part = value[key];
    if (part === undefined && field.optional === true) {
      if (key in value) copy[key] = undefined;
      continue;
    }
    const wrong = misfit(field, part);
    if (wrong !== undefined) return { ok: false, path: [key], zh: wrong[0], en: wrong[1] };
    if (field.kind === 'object') {
      const inner = readFields(field.fields, part, field.check);
      if (!inner.ok) return { ...inner, path: [key, ...inner.path] };
      copy[key] = inner.value;
    } else {
      copy[key] = part;
    }
  }
  if (check?.breaks(copy)) return { ok: false, path: check.path, zh: check.zh, en: check.en };
  return { ok: true, value: copy };
}

/** Reads a deadline rule (as `DeadlineRuleSchema` parses it). */
export function readDeadlineRule(value: unknown): FieldsReading {
  return readFields(DEADLINE_RULE_FIELDS, value, FIXED_DATE_MISSING);
}

/** Reads a whole deadline (as `DeadlineSchema` parses it). */
export function readDeadlineFields(value: unknown): FieldsReading {
  return readFields(DEADLINE_FIELDS, value);
}
