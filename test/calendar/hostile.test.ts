import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeAddCalendarDays } from '../../src/calendar/addCalendarDays.js';
import { safeAddCalendarMonths } from '../../src/calendar/addCalendarMonths.js';
import { safeAddWorkingDays } from '../../src/calendar/addWorkingDays.js';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { safeDeadlineStatus } from '../../src/calendar/deadlineStatus.js';
import { safeDefineHolidayCalendar } from '../../src/calendar/defineHolidayCalendar.js';
import { safeExplainDeadline } from '../../src/calendar/explainDeadline.js';
import { safeExtendDeadline } from '../../src/calendar/extendDeadline.js';
import { safeIsOnTime } from '../../src/calendar/isOnTime.js';
import { safeDueDate } from '../../src/calendar/safeDueDate.js';
import { safeToCalendarDay } from '../../src/calendar/toCalendarDay.js';
import { weekendsOnlyCalendar } from '../../src/calendar/weekendsOnlyCalendar.js';
import { defaultPolicy, safeDefinePolicy } from '../../src/suggestion/policy.js';
import { safeSuggestionDeadline } from '../../src/suggestion/suggestionDeadline.js';

// Every safeX of the calendar area (and the policy and suggestion deadline, which count with it)
// is given hostile values in every argument: it never throws, never mutates or freezes its
// input, never touches Object.prototype, and returns a deeply frozen, JSON-stringifiable result,
// in well under a second.

const throwingTraps = new Proxy(
  {},
  {
    get() {
      throw new Error('get trap');
    },
    has() {
      throw new Error('has trap');
    },
    ownKeys() {
      throw new Error('ownKeys trap');
    },
    getPrototypeOf() {
      throw new Error('getPrototypeOf trap');
    },
    getOwnPropertyDescriptor() {
      throw new Error('descriptor trap');
    },
  },
);
const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const throwingGetters = () =>
  Object.defineProperties(
    {},
    Object.fromEntries(
      ['day', 'timeZone', 'calendar', 'id', 'isWorkingDay', 'deadline', 'rule', 'policy'].map(
        (key) => [
          key,
          {
            enumerable: true,
            get() {
              throw new Error(`getter ${key}`);
            },
          },
        ],
      ),
    ),
  );
const cyclic = () => {
  const value: Record<string, unknown> = { day: '2025-01-01', timeZone: 'Asia/Shanghai' };
  value.self = value;
  value.deadline = value;
  return value;
};
const deep = () => {
  let value: unknown = {};
  for (let i = 0; i < 100_000; i++) value = { rule: value, deadline: value };
  return value;
};
const tenMegabytes = '2'.repeat(10 * 1024 * 1024);
const thrower = (error: unknown) => ({
  id: 'broken',
  isWorkingDay: () => {
    throw error;
  },
});

/** Values fast-check must not hold itself (it probes them with `in`): built inside the property. */
const SPECIAL: readonly (() => unknown)[] = [
  () => throwingTraps,
  () => revoked,
  throwingGetters,
  cyclic,
  deep,
  () =>
    Object.assign(Object.create(null), {
      day: '9999-12-31',
      anchorDay: '9999-12-01',
      rule: { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
      calendarId: 'cn-official',
      timeZone: 'Asia/Shanghai',
    }),
  () => thrower(new Error('calendar down')),
  () => thrower(throwingTraps),
  () => thrower(10n),
  () => ({ id: 'yes', isWorkingDay: () => 'yes' }),
  () => ({ id: 'never', isWorkingDay: () => false }),
  () => ({ id: 'x'.repeat(65), isWorkingDay: () => true }),
  () => ({ timeZone: 'Asia/Shanghai', calendar: thrower(new Error('down')) }),
  () => ({ timeZone: 'Asia/Shanghai', calendar: { id: 'never', isWorkingDay: () => false } }),
  () => ({ timeZone: 'America/New_York', calendar: throwingTraps }),
  () => ({ deadlineWarning: { dueSoonDays: 10n } }),
  () => ({ deadlineWarning: throwingTraps }),
  () => ({ policy: throwingTraps }),
  () => ({ policy: defaultPolicy }),
  () => Symbol('s'),
  () => () => 1,
];

/** An argument: a plain value fast-check may hold, or the index of a special one. */
const hostileArgument: fc.Arbitrary<{ plain: unknown } | { special: number }> = fc.oneof(
  fc
    .anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true })
    .map((plain) => ({ plain })),
  fc
    .constantFrom<unknown>(
      undefined,
      null,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      1e9,
      -1e9,
      Number.MAX_SAFE_INTEGER,
      2 ** 53,
      10n,
      '\uD800',
      '2025-01-0\uDC00',
      tenMegabytes,
      '0000-12-31',
      '0001-01-01',
      '9999-12-31',
      '10000-01-01',
      '0001-01-01T00:00:00Z',
      '0001-01-01T00:30:00+01:00',
      '9999-12-31T23:59:59.999Z',
      '9999-12-31T23:59:59-00:01',
      '9999-12-31T20:00:00Z',
      '2025-02-29T00:00:00Z',
      '2024-02-29T23:59:59+08:00',
      'Asia/Shanghai',
      'America/New_York',
      'Mars/Olympus',
      'x'.repeat(100_000),
      weekendsOnlyCalendar,
      chinaOfficialCalendar,
      defaultPolicy,
      { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
      { amount: 3660, unit: 'workingDays', anchor: 'receipt', rollToWorkingDay: true },
      { amount: 0, unit: 'calendarDays', anchor: 'fixedDate', fixedDate: '02-29' },
    )
    .map((plain) => ({ plain })),
  fc.integer({ min: 0, max: SPECIAL.length - 1 }).map((special) => ({ special })),
);

function build(argument: { plain: unknown } | { special: number }): unknown {
  return 'plain' in argument ? argument.plain : SPECIAL[argument.special]?.();
}

type Safe = (...args: unknown[]) => { readonly ok: boolean };

const SAFE_FUNCTIONS: Record<string, { fn: Safe; arity: number }> = {
  safeAddCalendarDays: { fn: safeAddCalendarDays as Safe, arity: 2 },
  safeAddCalendarMonths: { fn: safeAddCalendarMonths as Safe, arity: 2 },
  safeAddWorkingDays: { fn: safeAddWorkingDays as Safe, arity: 3 },
  safeToCalendarDay: { fn: safeToCalendarDay as Safe, arity: 2 },
  safeIsOnTime: { fn: safeIsOnTime as Safe, arity: 2 },
  safeDeadlineStatus: { fn: safeDeadlineStatus as Safe, arity: 3 },
  safeDueDate: { fn: safeDueDate as Safe, arity: 3 },
  safeExtendDeadline: { fn: safeExtendDeadline as Safe, arity: 3 },
  safeExplainDeadline: { fn: safeExplainDeadline as Safe, arity: 1 },
  safeDefineHolidayCalendar: { fn: safeDefineHolidayCalendar as Safe, arity: 1 },
  safeSuggestionDeadline: { fn: safeSuggestionDeadline as Safe, arity: 3 },
  safeDefinePolicy: { fn: safeDefinePolicy as Safe, arity: 1 },
};

/** Deeply frozen: every object and array reachable from `value` (functions aside). */
function isDeeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((child) => isDeeplyFrozen(child, seen));
}

/** A fingerprint of what a caller could see change: JSON text and frozenness, where readable. */
function fingerprint(value: unknown): string {
  try {
    const frozen = typeof value === 'object' && value !== null ? Object.isFrozen(value) : 'n/a';
    const text = typeof value === 'string' ? `string:${value.length}` : JSON.stringify(value);
    return `${String(frozen)}|${text}`;
  } catch {
    return 'unreadable';
  }
}

describe('calendar safeX functions on hostile input', () => {
  for (const [name, { fn, arity }] of Object.entries(SAFE_FUNCTIONS)) {
    it(`${name} never throws, never mutates, and returns a frozen JSON result`, () => {
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).length;
      fc.assert(
        fc.property(fc.array(hostileArgument, { minLength: 0, maxLength: arity + 1 }), (specs) => {
          const args = specs.map(build);
          const before = args.map(fingerprint);
          const started = performance.now();
          const result = fn(...args);
          expect(performance.now() - started).toBeLessThan(1000);
          expect(typeof result.ok).toBe('boolean');
          expect(isDeeplyFrozen(result)).toBe(true);
          expect(() => JSON.stringify(result)).not.toThrow();
          if (!result.ok) {
            const { error } = result as unknown as {
              error: { code: string; message: Record<string, string> };
            };
            expect(typeof error.code).toBe('string');
            // A quoted bad value is cut to about 200 characters, whatever its size.
            for (const text of Object.values(error.message)) expect(text.length).toBeLessThan(1200);
          }
          expect(args.map(fingerprint)).toEqual(before);
          expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(prototypeKeys);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('survives a calendar whose isWorkingDay throws, with INVALID_CALENDAR naming it', () => {
    for (const calendar of [thrower(new Error('down')), thrower(throwingTraps), thrower(null)]) {
      const result = safeAddWorkingDays('2025-01-01', 3, calendar);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('INVALID_CALENDAR');
      expect(result.error.path).toEqual(['calendar', 'isWorkingDay']);
      const due = safeDueDate(
        '2025-01-01',
        { amount: 3, unit: 'workingDays', anchor: 'receipt' },
        { timeZone: 'Asia/Shanghai', calendar },
      );
      expect(due.ok).toBe(false);
    }
  });

  it('refuses unbounded work quickly: huge counts and calendars without working days', () => {
    const never = { id: 'never', isWorkingDay: () => false };
    const cases = [
      () => safeAddWorkingDays('2025-01-01', 1e9, chinaOfficialCalendar),
      () => safeAddWorkingDays('2025-01-01', 10_000, never),
      () => safeAddWorkingDays('2025-01-01', -10_001, weekendsOnlyCalendar),
      () => safeAddCalendarDays('2025-01-01', Number.MAX_SAFE_INTEGER),
      () => safeAddCalendarMonths('2025-01-01', -Number.MAX_SAFE_INTEGER),
    ];
    for (const run of cases) {
      const started = performance.now();
      expect(run().ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(1000);
    }
    // The largest count allowed, with the official calendar, stays well under a second.
    const started = performance.now();
    expect(safeAddWorkingDays('2025-01-01', -10_000, chinaOfficialCalendar).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
