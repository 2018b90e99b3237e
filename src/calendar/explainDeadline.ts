import type { Deadline } from '../model/shared/deadline.js';
import type { BilingualText } from '../model/shared/localized.js';
import type { DeadlineResult } from './deadlineError.js';
import { countedDay } from './internal/countDueDay.js';
import { asResult, orThrow } from './internal/guarded.js';
import { readCalendar } from './internal/read.js';
import { readDeadline } from './internal/readDeadline.js';
import { weekendsOnlyCalendar } from './weekendsOnlyCalendar.js';

const ANCHOR_TEXT = {
  assignment: { zh: '交办', en: 'assignment' },
  receipt: { zh: '收到', en: 'receipt' },
  sessionClose: { zh: '闭会', en: 'the close of the session' },
} as const;

function unitText(amount: number, unit: Deadline['rule']['unit']): BilingualText {
  const plural = amount === 1 ? '' : 's';
  switch (unit) {
    case 'calendarMonths':
      return { 'zh-Hans': `${amount} 个月`, en: `${amount} calendar month${plural}` };
    case 'calendarDays':
      return { 'zh-Hans': `${amount} 日`, en: `${amount} calendar day${plural}` };
    case 'workingDays':
      return { 'zh-Hans': `${amount} 个工作日`, en: `${amount} working day${plural}` };
  }
}

/**
 * The day the rule counted to before any roll forward, when it can be known without the
 * calendar: only a working-day count that was later extended needs the calendar again.
 */
function dayBeforeRoll(deadline: Deadline): string | undefined {
  const { rule, anchorDay, extension } = deadline;
  if (rule.anchor !== 'fixedDate' && rule.unit === 'workingDays') {
    if (extension !== undefined) return undefined;
    // A count of N ≥ 1 working days always ends on a working day; 0 ends on day zero.
    return rule.amount === 0 ? anchorDay : deadline.day;
  }
  // The other rules never ask the calendar, so any calendar gives the same day.
  return countedDay(anchorDay, rule, readCalendar(weekendsOnlyCalendar), extension?.months ?? 0);
}

/**
 * Explains how a due day was counted (期限计算说明), in Chinese and English, for a tooltip or an
 * audit view: "3 calendar months from assignment on 2024-11-30 (Asia/Shanghai, calendar
 * cn-official) → 2025-02-28" / "自 2024-11-30 交办起 3 个月（Asia/Shanghai，日历 cn-official）→
 * 2025-02-28".
 *
 * @remarks
 * The text names the rule, the anchor day, any approved extension with the original due day,
 * any roll forward to a working day (顺延), the zone and the calendar. It reads only the
 * deadline, so it explains old deadlines exactly as they were counted. Show it to people; do not
 * parse it (test against the deadline's fields instead).
 *
 * @param deadline - The deadline stored on the record.
 * @returns The explanation in simplified Chinese and English.
 * @throws {@link RendaError} with code `INVALID_DEADLINE` when `deadline` fails
 *   {@link DeadlineSchema}.
 * @example
 * ```ts
 * import { chinaOfficialCalendar, dueDate, explainDeadline } from 'renda';
 *
 * const deadline = dueDate(
 *   '2024-11-30',
 *   { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
 *   { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar },
 * );
 * console.log(explainDeadline(deadline).en);
 * // 3 calendar months from assignment on 2024-11-30 (Asia/Shanghai, calendar cn-official) → 2025-02-28
 * ```
 * @category Deadlines
 */
export function explainDeadline(deadline: Deadline): BilingualText {
  return orThrow(() => explain(readDeadline(deadline, 'deadline')));
}

/**
 * Explains how a due day was counted, without throwing: the checked twin of
 * {@link explainDeadline}.
 *
 * @param deadline - The deadline stored on the record.
 * @returns `{ ok: true, value: text }`, or `{ ok: false, error }` with a {@link DeadlineError}
 *   (`INVALID_DEADLINE` when `deadline` fails {@link DeadlineSchema}).
 * @example
 * ```ts
 * import { safeExplainDeadline } from 'renda';
 *
 * const result = safeExplainDeadline({ day: 'soon' } as never);
 * if (!result.ok) console.log(result.error.code); // 'INVALID_DEADLINE'
 * ```
 * @category Deadlines
 */
export function safeExplainDeadline(deadline: Deadline): DeadlineResult<BilingualText> {
  return asResult(() => explain(readDeadline(deadline, 'deadline')));
}

function explain(deadline: Deadline): BilingualText {
  const { rule, anchorDay, extension, timeZone, calendarId, day } = deadline;
  let zh: string;
  let en: string;
  if (rule.anchor === 'fixedDate') {
    zh = `固定日期 ${rule.fixedDate ?? ''}（起算日 ${anchorDay}）`;
    en = `fixed date ${rule.fixedDate ?? ''} (counted from ${anchorDay})`;
  } else {
    const unit = unitText(rule.amount, rule.unit);
    const anchor = ANCHOR_TEXT[rule.anchor];
    zh = `自 ${anchorDay} ${anchor.zh}起 ${unit['zh-Hans']}`;
    en = `${unit.en} from ${anchor.en} on ${anchorDay}`;
  }
  if (extension !== undefined) {
    zh += `，经批准延期 ${extension.months} 个月（原截止日期 ${extension.originalDay}）`;
    en += `, extended by ${extension.months} month${extension.months === 1 ? '' : 's'} (originally due ${extension.originalDay})`;
  }
  if (rule.rollToWorkingDay === true) {
    const before = dayBeforeRoll(deadline);
    if (before === undefined) {
      zh += '，遇非工作日顺延';
      en += ', moved to the next working day if needed';
    } else if (before !== day) {
      zh += `，${before} 非工作日，顺延`;
      en += `, ${before} is not a working day so moved to the next one`;
    }
  }
  return Object.freeze({
    'zh-Hans': `${zh}（${timeZone}，日历 ${calendarId}）→ ${day}`,
    en: `${en} (${timeZone}, calendar ${calendarId}) → ${day}`,
  });
}
