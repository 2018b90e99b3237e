import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeadlineRuleSchema, DeadlineSchema } from '../../src/model/shared/deadline.js';
import {
  type FieldsReading,
  readDeadlineFields,
  readDeadlineRule,
} from '../../src/model/shared/deadlineFields.js';

// The calendar reads deadlines with the table reader; apps parse them with the zod schemas built
// from the same table. Both must say the same thing about any value.

const anything = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 4000 }),
  fc.double(),
  fc.constantFrom(-0, 0.5, 3660, 3661, 24, 25, Number.NaN, Number.POSITIVE_INFINITY),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'x', '0000-01-01', '2024-02-29', '2023-02-29', '9999-12-31', '2025-1-01'),
  fc.constantFrom('02-29', '06-30', '13-01', '00-10', '02-31', '6-30'),
  fc.constantFrom(...['calendarMonths', 'calendarDays', 'workingDays', 'months']),
  fc.constantFrom(...['assignment', 'receipt', 'sessionClose', 'fixedDate', 'close']),
  fc.constantFrom('Asia/Shanghai', 'a'.repeat(64), 'a'.repeat(65)),
  fc.array(fc.integer(), { maxLength: 2 }),
);

/** Valid four times in five, anything else otherwise. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: anything, weight: 1 });

const ruleLike = fc.record(
  {
    amount: mostly(fc.oneof(fc.integer({ min: 0, max: 3660 }), fc.constantFrom(0, 3660, -1, 3661))),
    unit: mostly(fc.constantFrom('calendarMonths', 'calendarDays', 'workingDays')),
    anchor: mostly(fc.constantFrom('assignment', 'receipt', 'sessionClose', 'fixedDate')),
    fixedDate: mostly(fc.constantFrom('06-30', '02-29', '12-31')),
    rollToWorkingDay: mostly(fc.boolean()),
    extra: anything,
  },
  { requiredKeys: [] },
);

const day = mostly(fc.constantFrom('2025-02-28', '2024-11-30', '0001-01-01'));
const deadlineLike = fc.record(
  {
    day,
    anchorDay: day,
    rule: mostly(ruleLike),
    calendarId: mostly(fc.constantFrom('cn-official', 'x', 'c'.repeat(64), 'c'.repeat(65), '')),
    timeZone: mostly(fc.constant('Asia/Shanghai')),
    extension: fc.oneof(
      fc.record({ originalDay: day, months: mostly(fc.constantFrom(0, 1, 12, 24, 25)) }),
      anything,
    ),
  },
  { requiredKeys: [] },
);

function agree(
  parsed:
    | { success: true; data: unknown }
    | { success: false; error: { issues: { path: PropertyKey[] }[] } },
  read: FieldsReading,
): void {
  expect(read.ok).toBe(parsed.success);
  if (parsed.success && read.ok) {
    expect(read.value).toStrictEqual(parsed.data);
  } else if (!parsed.success && !read.ok) {
    expect(read.path).toEqual(parsed.error.issues[0]?.path);
  }
}

describe('the deadline tables', () => {
  it('read a rule as DeadlineRuleSchema parses it: same verdict, same copy, same first path (property)', () => {
    fc.assert(
      fc.property(mostly(ruleLike), (value) => {
        agree(DeadlineRuleSchema.safeParse(value), readDeadlineRule(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('read a deadline as DeadlineSchema parses it (property)', () => {
    fc.assert(
      fc.property(fc.oneof(deadlineLike, anything), (value) => {
        agree(DeadlineSchema.safeParse(value), readDeadlineFields(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('find valid rules and deadlines often enough to compare their copies', () => {
    const samples = fc.sample(deadlineLike, { numRuns: 3000, seed: 1 });
    const valid = samples.filter((value) => readDeadlineFields(value).ok).length;
    expect(valid).toBeGreaterThan(10);
  });

  it('refuse a day in year 0000 and a fixed-date rule without its date, naming the field', () => {
    const rule = { amount: 0, unit: 'calendarDays', anchor: 'fixedDate' };
    expect(readDeadlineRule(rule)).toMatchObject({ ok: false, path: ['fixedDate'] });
    const deadline = {
      day: '0000-02-29',
      anchorDay: '2024-11-30',
      rule: { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
      calendarId: 'cn-official',
      timeZone: 'Asia/Shanghai',
    };
    expect(readDeadlineFields(deadline)).toMatchObject({ ok: false, path: ['day'] });
    expect(DeadlineSchema.safeParse(deadline).success).toBe(false);
  });
});
