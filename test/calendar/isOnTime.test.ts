import { describe, expect, it } from 'vitest';
import { isOnTime } from '../../src/calendar/isOnTime.js';
import type { Deadline } from '../../src/model/shared/deadline.js';
import { thrownCode } from './thrownCode.js';

const deadline: Deadline = {
  day: '2025-02-28',
  anchorDay: '2024-11-30',
  rule: { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
  calendarId: 'cn-official',
  timeZone: 'Asia/Shanghai',
};

describe('isOnTime', () => {
  it('counts the whole due day in the deadline zone as on time', () => {
    expect(isOnTime('2025-02-28T23:59:59+08:00', deadline)).toBe(true);
    expect(isOnTime('2025-02-28T15:59:59.999Z', deadline)).toBe(true);
    expect(isOnTime('2025-03-01T00:00:00+08:00', deadline)).toBe(false);
    expect(isOnTime('2025-02-28T16:00:00Z', deadline)).toBe(false);
  });

  it('judges in the deadline zone, not the offset the act was written in', () => {
    // 20:00 on 28 Feb in New York is 09:00 on 1 March in Shanghai: late.
    expect(isOnTime('2025-02-28T20:00:00-05:00', deadline)).toBe(false);
  });

  it('accepts a plain day', () => {
    expect(isOnTime('2025-02-28', deadline)).toBe(true);
    expect(isOnTime('2025-03-01', deadline)).toBe(false);
    expect(isOnTime('2024-12-01', deadline)).toBe(true);
  });

  it('rejects a timestamp without an offset', () => {
    expect(thrownCode(() => isOnTime('2025-02-28T10:00:00', deadline))).toBe('INVALID_TIMESTAMP');
  });
});
