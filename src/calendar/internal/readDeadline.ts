import { deepFreeze } from '../../internal/deepFreeze.js';
import { quote } from '../../internal/quote.js';
import type { Deadline } from '../../model/shared/deadline.js';
import { readDeadlineFields } from '../../model/shared/deadlineFields.js';
import { type DayParts, parseDay } from './days.js';
import { calendarFailure } from './errors.js';
import { readTimeZone } from './read.js';

function invalidDeadline(path: readonly (string | number)[], what: string): never {
  throw calendarFailure(
    'INVALID_DEADLINE',
    path,
    `期限不正确（${path.join('.')}）：${what}`,
    `the deadline is invalid (${path.join('.')}): ${what}`,
  );
}

/** The due day and zone of a deadline: all that judging an instant against it needs. */
export interface DeadlineDay {
  readonly day: string;
  readonly parts: DayParts;
  readonly timeZone: string;
}

/** Reads a deadline's `day` and `timeZone`, each once, and checks them. */
export function readDeadlineDay(value: unknown, name: string): DeadlineDay {
  if (typeof value !== 'object' || value === null) invalidDeadline([name], quote(value));
  const { day, timeZone } = value as { readonly day?: unknown; readonly timeZone?: unknown };
  const parts = parseDay(day);
  if (parts === undefined) invalidDeadline([name, 'day'], quote(day));
  return { day: day as string, parts, timeZone: readTimeZone(timeZone, [name, 'timeZone']) };
}

/**
 * A whole deadline, checked as `DeadlineSchema` checks it (both are built from one table) and
 * copied, so the result never shares, nor freezes, the caller's objects.
 */
export function readDeadline(value: unknown, name: string): Deadline {
  let reading: ReturnType<typeof readDeadlineFields>;
  try {
    reading = readDeadlineFields(value);
  } catch {
    // A Proxy or a getter that throws while it is read.
    throw calendarFailure(
      'INVALID_DEADLINE',
      [name],
      `期限无法读取（${name}）`,
      `the deadline cannot be read (${name})`,
    );
  }
  if (reading.ok) return deepFreeze(reading.value) as Deadline;
  const path = [name, ...reading.path];
  throw calendarFailure(
    'INVALID_DEADLINE',
    path,
    `期限不正确（${path.join('.')}）：${reading.zh}`,
    `the deadline is invalid (${path.join('.')}): ${reading.en}`,
  );
}
