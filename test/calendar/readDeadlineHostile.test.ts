import { expect, it } from 'vitest';
import { safeExplainDeadline } from '../../src/calendar/explainDeadline.js';

// Before 373012a an unreadable deadline (a getter or Proxy trap that throws) was
// INVALID_DEADLINE at ['deadline'] (readDeadline caught it); the table reader lets it escape,
// so the error is a generic INVALID_INPUT at [] that no longer names the argument.
it('an unreadable deadline is INVALID_DEADLINE naming the argument', () => {
  const deadline = {
    day: '2025-02-28',
    anchorDay: '2024-11-28',
    rule: new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    ),
    calendarId: 'cn',
    timeZone: 'Asia/Shanghai',
  };
  const result = safeExplainDeadline(deadline as never);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('INVALID_DEADLINE');
  expect(result.error.path?.[0]).toBe('deadline');
});
