import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import type { DeadlineContext } from '../../src/calendar/deadlineContext.js';
import { dueDate } from '../../src/calendar/dueDate.js';
import { explainDeadline } from '../../src/calendar/explainDeadline.js';
import { extendDeadline } from '../../src/calendar/extendDeadline.js';
import type { DeadlineRule } from '../../src/model/shared/deadline.js';

// The explanation is for people; these tests check that it carries the facts (days, zone,
// calendar, amounts), not its exact wording.
const shanghai: DeadlineContext = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };
const threeMonths: DeadlineRule = { amount: 3, unit: 'calendarMonths', anchor: 'assignment' };

function both(text: { 'zh-Hans': string; en: string }): string[] {
  return [text['zh-Hans'], text.en];
}

describe('explainDeadline', () => {
  it('names the anchor day, the amount, the zone, the calendar and the due day in both languages', () => {
    const text = explainDeadline(dueDate('2024-11-30', threeMonths, shanghai));
    for (const part of both(text)) {
      for (const fact of ['2024-11-30', '3', 'Asia/Shanghai', 'cn-official', '2025-02-28']) {
        expect(part).toContain(fact);
      }
      expect(part.endsWith('2025-02-28')).toBe(true);
    }
    expect(text['zh-Hans']).toContain('交办');
    expect(text['zh-Hans']).toContain('个月');
  });

  it('names the unit of working-day and calendar-day rules', () => {
    const working = explainDeadline(
      dueDate('2025-09-30', { amount: 5, unit: 'workingDays', anchor: 'receipt' }, shanghai),
    );
    expect(working['zh-Hans']).toContain('个工作日');
    expect(working.en).toContain('working day');
    const days = explainDeadline(
      dueDate('2025-09-30', { amount: 10, unit: 'calendarDays', anchor: 'sessionClose' }, shanghai),
    );
    expect(days['zh-Hans']).toContain('闭会');
    expect(days.en).toContain('calendar day');
  });

  it('names the fixed date', () => {
    const rule: DeadlineRule = {
      amount: 0,
      unit: 'calendarDays',
      anchor: 'fixedDate',
      fixedDate: '06-30',
    };
    for (const part of both(explainDeadline(dueDate('2025-03-10', rule, shanghai)))) {
      expect(part).toContain('06-30');
      expect(part).toContain('2025-03-10');
      expect(part).toContain('2025-06-30');
    }
  });

  it('names an extension and the original due day', () => {
    const extended = extendDeadline(dueDate('2024-11-30', threeMonths, shanghai), 3, shanghai);
    const text = explainDeadline(extended);
    for (const part of both(text)) {
      expect(part).toContain('2025-02-28');
      expect(part.endsWith('2025-05-30')).toBe(true);
    }
    expect(text['zh-Hans']).toContain('延期');
    expect(text.en).toContain('extended');
  });

  it('names a roll forward only when the day was moved', () => {
    const roll: DeadlineRule = { ...threeMonths, rollToWorkingDay: true };
    const moved = explainDeadline(dueDate('2025-02-01', roll, shanghai));
    expect(moved['zh-Hans']).toContain('顺延');
    expect(moved['zh-Hans']).toContain('2025-05-01');
    const kept = explainDeadline(dueDate('2024-11-30', roll, shanghai));
    expect(kept['zh-Hans']).not.toContain('顺延');
  });

  it('returns a frozen text', () => {
    expect(Object.isFrozen(explainDeadline(dueDate('2024-11-30', threeMonths, shanghai)))).toBe(
      true,
    );
  });
});
