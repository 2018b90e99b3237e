import { deepFreeze } from '../internal/deepFreeze.js';
import { quote } from '../internal/quote.js';
import type { Deadline } from '../model/shared/deadline.js';
import type { DeadlineContext } from './deadlineContext.js';
import type { DeadlineResult } from './deadlineError.js';
import { countDueDay } from './internal/countDueDay.js';
import { calendarFailure } from './internal/errors.js';
import { asResult, orThrow } from './internal/guarded.js';
import { readCalendar } from './internal/read.js';
import { readDeadline } from './internal/readDeadline.js';

// The Deadline schema caps an extension at 24 months in total.
const MAX_EXTENSION_MONTHS = 24;

function extend(given: unknown, months: unknown, context: unknown): Deadline {
  const deadline = readDeadline(given, 'deadline');
  const total = (deadline.extension?.months ?? 0) + (typeof months === 'number' ? months : 0);
  if (
    typeof months !== 'number' ||
    !Number.isSafeInteger(months) ||
    months < 1 ||
    total > MAX_EXTENSION_MONTHS
  ) {
    throw calendarFailure(
      'INVALID_EXTENSION',
      ['months'],
      `延期月数须为整数，且累计为 1 至 ${MAX_EXTENSION_MONTHS} 个月：${quote(months)}`,
      `the extension must be a whole number of months, 1 to ${MAX_EXTENSION_MONTHS} in total: ${quote(months)}`,
    );
  }
  if (typeof context !== 'object' || context === null) {
    throw calendarFailure(
      'INVALID_INPUT',
      ['context'],
      '须给出工作日历（办理规则即可）',
      'give the working-day calendar (a policy fits)',
    );
  }
  const calendar = readCalendar((context as { readonly calendar?: unknown }).calendar);
  const day = countDueDay(deadline.anchorDay, deadline.rule, calendar, total);
  return deepFreeze({
    ...deadline,
    day,
    calendarId: calendar.id,
    extension: { originalDay: deadline.extension?.originalDay ?? deadline.day, months: total },
  });
}

/**
 * Extends a deadline by approved months (延期): "3 months, extended by up to 3 more with the
 * approval of the standing committee's deputy office" (Sources §2.6).
 *
 * @remarks
 * **Counting choice.** The extension is counted from the anchor, not from the clamped due day:
 * for a calendar-month rule, "3 months extended by 3" is exactly "6 months from assignment", the
 * statutory cap for difficult items. So an item assigned on 2024-11-30 and due 2025-02-28 is due
 * on 2025-05-30 once extended, not 2025-05-28 (which `2025-02-28 + 3 months` would give, because
 * the first clamp loses the 30th). For other rules the months are added, clamped, to the rule's
 * originally counted day. A rule's roll forward (顺延) applies again to the new day.
 *
 * `extension.originalDay` keeps the due day before the first extension. A second extension adds
 * its months to the first (`extension.months` is the total, at most 24) and still counts from the
 * anchor, so extending twice by 1 equals extending once by 2.
 *
 * The new day is counted with `context.calendar`, and the result records that calendar's id:
 * the extension is a new fact, decided under the calendar in force when it is approved. The zone
 * is the deadline's own (the anchor day is already a day).
 *
 * @param deadline - The deadline to extend, as stored on the record.
 * @param months - The approved extension in months, a whole number from 1 to 24.
 * @param context - The time zone and working-day calendar (a jurisdiction policy fits).
 * @returns A new frozen deadline with the later `day` and `extension`; the input is unchanged.
 * @throws {@link RendaError} with code `INVALID_EXTENSION` when `months` is not a whole number of
 *   at least 1, or the total would pass 24 months; `INVALID_DEADLINE` when `deadline` fails
 *   {@link DeadlineSchema}; `INVALID_CALENDAR`, `NO_WORKING_DAY` or `DAY_OUT_OF_RANGE` when the
 *   new day cannot be counted.
 * @example
 * ```ts
 * import { chinaOfficialCalendar, dueDate, extendDeadline } from 'renda';
 *
 * const context = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };
 * const reply = dueDate('2024-11-30', { amount: 3, unit: 'calendarMonths', anchor: 'assignment' }, context);
 * const extended = extendDeadline(reply, 3, context);
 * console.log(extended.day, extended.extension?.originalDay); // '2025-05-30' '2025-02-28'
 * ```
 * @category Deadlines
 */
export function extendDeadline(
  deadline: Deadline,
  months: number,
  context: DeadlineContext,
): Deadline {
  return orThrow(() => extend(deadline, months, context));
}

/**
 * Extends a deadline by approved months without throwing: the checked twin of
 * {@link extendDeadline}.
 *
 * @param deadline - The deadline to extend, as stored on the record.
 * @param months - The approved extension in months, a whole number from 1 to 24.
 * @param context - The time zone and working-day calendar (a jurisdiction policy fits).
 * @returns `{ ok: true, value: deadline }`, or `{ ok: false, error }` with a {@link DeadlineError}.
 * @example
 * ```ts
 * import { chinaOfficialCalendar, dueDate, safeExtendDeadline } from 'renda';
 *
 * const context = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };
 * const reply = dueDate('2024-11-30', { amount: 3, unit: 'calendarMonths', anchor: 'assignment' }, context);
 * const result = safeExtendDeadline(reply, 30, context);
 * if (!result.ok) console.log(result.error.code); // 'INVALID_EXTENSION': 24 months at most
 * ```
 * @category Deadlines
 */
export function safeExtendDeadline(
  deadline: Deadline,
  months: number,
  context: DeadlineContext,
): DeadlineResult<Deadline> {
  return asResult(() => extend(deadline, months, context));
}
