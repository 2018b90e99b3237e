import { freeze } from 'immer';
import type { Deadline } from '../model/shared/deadline.js';
import { RendaError } from '../model/shared/validationError.js';
import type { DeadlineContext } from './deadlineContext.js';
import { countDueDay } from './internal/countDueDay.js';
import { calendarError } from './internal/errors.js';

// The Deadline schema caps an extension at 24 months in total.
const MAX_EXTENSION_MONTHS = 24;

/**
 * Extends a deadline by approved months (延期): "3 months, extended by up to 3 more with the
 * approval of the standing committee's deputy office" (DOMAIN §2.6).
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
 *   at least 1, or the total would pass 24 months.
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
  const total = (deadline.extension?.months ?? 0) + months;
  if (!Number.isSafeInteger(months) || months < 1 || total > MAX_EXTENSION_MONTHS) {
    throw new RendaError(
      calendarError(
        'INVALID_EXTENSION',
        ['months'],
        `延期月数须为整数，且累计为 1 至 ${MAX_EXTENSION_MONTHS} 个月：${String(months)}`,
        `the extension must be a whole number of months, 1 to ${MAX_EXTENSION_MONTHS} in total: ${String(months)}`,
      ),
    );
  }
  const day = countDueDay(deadline.anchorDay, deadline.rule, context.calendar, total);
  return freeze(
    {
      ...deadline,
      day,
      calendarId: context.calendar.id,
      extension: { originalDay: deadline.extension?.originalDay ?? deadline.day, months: total },
    },
    true,
  );
}
