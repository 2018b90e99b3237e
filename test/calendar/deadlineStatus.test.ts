import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  DEADLINE_STATUSES,
  type DeadlineStatus,
  type DeadlineStatusOptions,
  deadlineStatus,
} from '../../src/calendar/deadlineStatus.js';
import type { Deadline } from '../../src/model/shared/deadline.js';
import { thrownCode } from './thrownCode.js';

const deadline: Deadline = {
  day: '2025-02-28',
  anchorDay: '2024-11-30',
  rule: { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
  calendarId: 'cn-official',
  timeZone: 'Asia/Shanghai',
};
const subject = { deadline };

describe('deadlineStatus', () => {
  it('lists its statuses in order', () => {
    expect(DEADLINE_STATUSES).toEqual(['none', 'onTrack', 'dueSoon', 'overdue', 'veryOverdue']);
    expectTypeOf<DeadlineStatus>().toEqualTypeOf<
      'none' | 'onTrack' | 'dueSoon' | 'overdue' | 'veryOverdue'
    >();
  });

  it('is none without a deadline', () => {
    expect(deadlineStatus({}, '2025-02-28').status).toBe('none');
    expect(deadlineStatus({ deadline: undefined }, '2025-02-28')).toMatchObject({ status: 'none' });
    expect(deadlineStatus({}, '2025-02-28').dueDay).toBeUndefined();
  });

  it('is dueSoon with 0 days left on the due day', () => {
    const status = deadlineStatus(subject, '2025-02-28T23:59:00+08:00');
    expect(status).toMatchObject({ status: 'dueSoon', dueDay: '2025-02-28', daysLeft: 0 });
    expect(status.daysLate).toBeUndefined();
  });

  it('is dueSoon up to dueSoonDays left (default 10, as in the default policy), onTrack beyond', () => {
    expect(deadlineStatus(subject, '2025-02-18')).toMatchObject({
      status: 'dueSoon',
      daysLeft: 10,
    });
    expect(deadlineStatus(subject, '2025-02-17')).toMatchObject({
      status: 'onTrack',
      daysLeft: 11,
    });
    const week = { deadlineWarning: { dueSoonDays: 7 } };
    expect(deadlineStatus(subject, '2025-02-21', week).status).toBe('dueSoon');
    expect(deadlineStatus(subject, '2025-02-20', week).status).toBe('onTrack');
    expect(
      deadlineStatus(subject, '2025-02-27', { deadlineWarning: { dueSoonDays: 0 } }).status,
    ).toBe('onTrack');
  });

  it('is overdue by 1 day on the day after, judged in the deadline zone', () => {
    const status = deadlineStatus(subject, '2025-02-28T16:00:00Z'); // 00:00 on 1 March in Shanghai
    expect(status).toMatchObject({ status: 'overdue', dueDay: '2025-02-28', daysLate: 1 });
    expect(status.daysLeft).toBeUndefined();
  });

  it('is veryOverdue only past veryOverdueDays late', () => {
    expect(deadlineStatus(subject, '2025-03-30')).toMatchObject({
      status: 'overdue',
      daysLate: 30,
    });
    expect(deadlineStatus(subject, '2025-03-31')).toMatchObject({
      status: 'veryOverdue',
      daysLate: 31,
    });
    const nine = { deadlineWarning: { veryOverdueDays: 9 } };
    expect(deadlineStatus(subject, '2025-03-10', nine).status).toBe('veryOverdue');
    expect(deadlineStatus(subject, '2025-03-09', nine).status).toBe('overdue');
  });

  it('counts calendar days across a month end and a leap day', () => {
    const leap = { deadline: { ...deadline, day: '2024-03-01' } };
    expect(deadlineStatus(leap, '2024-02-28').daysLeft).toBe(2);
    expect(deadlineStatus(subject, '2025-01-31').daysLeft).toBe(28);
  });

  it('takes any record with a deadline and returns a frozen result', () => {
    const suggestion = { id: 'S-1', title: '关于加强农村道路养护的建议', deadline };
    const status = deadlineStatus(suggestion, '2025-01-01');
    expect(status.status).toBe('onTrack');
    expect(Object.isFrozen(status)).toBe(true);
    expect(Object.isFrozen(status.explanation)).toBe(true);
    expect(suggestion.deadline).toBe(deadline);
  });

  it('gives an explanation in both languages that names the due day', () => {
    for (const asOf of ['2025-02-01', '2025-02-28', '2025-03-05', '2025-06-01']) {
      const { explanation } = deadlineStatus(subject, asOf);
      expect(explanation['zh-Hans']).toContain('2025-02-28');
      expect(explanation.en).toContain('2025-02-28');
    }
  });

  it('rejects bad thresholds and a bad asOf', () => {
    const bad = (deadlineWarning: object) =>
      thrownCode(() => deadlineStatus(subject, '2025-02-01', { deadlineWarning }));
    expect(bad({ dueSoonDays: -1 })).toBe('INVALID_OPTIONS');
    expect(bad({ veryOverdueDays: 1.5 })).toBe('INVALID_OPTIONS');
    expect(bad({ veryOverdueDays: '9' })).toBe('INVALID_OPTIONS');
    // 0.1 took the thresholds at the top level: refused with a pointer, never silently ignored.
    const legacy = { dueSoonDays: 3 } as DeadlineStatusOptions;
    expect(thrownCode(() => deadlineStatus(subject, '2025-02-01', legacy))).toBe('INVALID_OPTIONS');
    expect(thrownCode(() => deadlineStatus(subject, '2025-02-01T10:00'))).toBe('INVALID_TIMESTAMP');
  });
});
