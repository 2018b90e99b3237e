import { deepFreeze } from '../../internal/deepFreeze.js';
import { quote } from '../../internal/quote.js';
import { type Deadline, DeadlineSchema } from '../../model/shared/deadline.js';
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
 * A whole deadline, checked against {@link DeadlineSchema} and copied (so the result never
 * shares, nor freezes, the caller's objects).
 */
export function readDeadline(value: unknown, name: string): Deadline {
  let parsed: ReturnType<typeof DeadlineSchema.safeParse>;
  try {
    parsed = DeadlineSchema.safeParse(value);
  } catch {
    // A Proxy or a getter that throws while zod reads it.
    return invalidDeadline([name], 'unreadable');
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((key) => typeof key !== 'symbol') as (
      | string
      | number
    )[];
    return invalidDeadline([name, ...path], issue?.message ?? 'invalid');
  }
  return deepFreeze(parsed.data);
}
